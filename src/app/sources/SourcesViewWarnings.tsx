/** An article's warnings in the Sources view and its reader. */
import type { Warning } from '../../model/timeline.ts';
import { countInWords } from './sourcesViewRows.ts';

/** A flag (icon and words, never colour alone) and the messages, in plain words. */
export function WarningCell({ warnings }: { warnings: readonly Warning[] }) {
  if (warnings.length === 0) return <span className="muted">None</span>;
  return (
    <>
      <span className="source-flag"><span aria-hidden="true">⚠ </span>{countInWords(warnings.length, 'warning', 'warnings')}</span>
      <ul className="source-warnings">
        {warnings.map((w, i) => <li key={`${w.code}-${i}`} data-code={w.code}>{w.message}</li>)}
      </ul>
    </>
  );
}
