/** What the mark styles mean: status by fill pattern (never colour alone), precision by shape, source counts. */
import { LEGEND, type StatusStyle } from './statusStyle.ts';

function Swatch({ style }: { style: StatusStyle }) {
  return (
    <svg className={`legend-swatch mark--${style}`} width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      <rect className="mark-shape" x="2" y="2" width="18" height="10" rx="3" />
      {style === 'crossed' && <line className="mark-cross" x1="2" y1="12" x2="20" y2="2" />}
    </svg>
  );
}

export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {LEGEND.map(({ style, label }) => (
        <li key={style}><Swatch style={style} />{label}</li>
      ))}
      <li>
        <svg className="legend-swatch mark--filled" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <circle className="mark-shape" cx="7" cy="7" r="5" />
        </svg>
        Exact day; bars span a week, month or year
      </li>
      <li><span className="legend-count" aria-hidden="true">(n sources, n languages)</span>Articles reporting it; bigger marks have more</li>
      <li>
        <svg className="legend-swatch" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
          <rect className="cluster-back" x="4" y="1" width="18" height="12" rx="4" />
          <rect className="cluster-shape" x="1" y="3" width="18" height="12" rx="4" />
        </svg>
        Several events close together: select to zoom in
      </li>
    </ul>
  );
}
