/** Posting one override entry from a dev-only form, with a state the form shows in words. */
import { useCallback, useEffect, useState } from 'react';
import type { OverrideEntry } from '../../pipeline/stages/overrides.ts';
import { postOverride } from './editEntry.ts';
import { forgetReveal, rememberReveal, type RevealTarget } from './revealAfterRebuild.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unchanged' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export function useOverrideSaver() {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = useCallback(async (entry: OverrideEntry | null, reveal?: RevealTarget) => {
    if (!entry) { setState({ kind: 'unchanged' }); return; }
    setState({ kind: 'saving' });
    // Noted before posting: the dev server may reload the page before the response arrives.
    if (reveal) rememberReveal(reveal);
    try {
      await postOverride(entry);
      setState({ kind: 'saved' });
    } catch (error) {
      if (reveal) forgetReveal();
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, save, reset, saving: state.kind === 'saving' };
}

/**
 * A saved form is done once the new data shows it (npm run dev's hot data updates the panel in place): close it
 * and forget the saved state. `data` is what changes with new data (the event object); `saved` and `close` are
 * read when it changes, not watched.
 */
export function useDoneOnNewData(data: unknown, saved: boolean, close: () => void, reset: () => void): void {
  useEffect(() => {
    if (!saved) return;
    close();
    reset();
  }, [data]);
}
