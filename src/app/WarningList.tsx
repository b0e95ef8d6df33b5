/** Files the pipeline skipped or could only partly read, in plain words. */
import type { Warning } from '../model/timeline.ts';

export function WarningList({ warnings }: { warnings: readonly Warning[] }) {
  return (
    <details className="warnings">
      <summary>{warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}</summary>
      <ul aria-label="Warnings">
        {warnings.map((w, i) => (
          <li key={`${w.file}-${w.code}-${i}`}>
            <strong>{w.file}</strong>: {w.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
