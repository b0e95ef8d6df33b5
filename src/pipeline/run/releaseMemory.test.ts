/** The full collection between folder stages reaches V8's collector without Node's --expose-gc flag. */
import { describe, expect, it } from 'vitest';
import { releaseMemory, RELEASE_FROM } from './releaseMemory.ts';

describe('releaseMemory', () => {
  it('collects what nothing holds any more, for a folder of RELEASE_FROM articles', async () => {
    const ref = (() => new WeakRef({ rows: Array.from({ length: 1000 }, (_, i) => ({ i })) }))();
    // A WeakRef's target lives at least until the end of the job that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    releaseMemory(RELEASE_FROM);
    expect(ref.deref()).toBeUndefined();
  });
});
