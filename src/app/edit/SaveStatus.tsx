/** What happened to an editor's entry: progress as a polite status, failure as an alert. */
import type { SaveState } from './useOverrideSaver.ts';

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <>
      <p role="status" className="muted edit-status" data-testid="edit-saved">
        {state.kind === 'unchanged' && 'Nothing changed: there is nothing to save.'}
        {state.kind === 'saving' && 'Saving…'}
        {state.kind === 'saved' && 'Saved to dateline.overrides.json. The timeline is being rebuilt; the change shows when the data reloads.'}
      </p>
      {state.kind === 'failed' && <p role="alert" className="edit-error" data-testid="edit-error">Not saved: {state.message}</p>}
    </>
  );
}
