/**
 * The worker thread's side of the analysis pool (loaded by workerEntry.mjs). Resources load once per worker and
 * per sources folder (the folder may add a user gazetteer). Results travel as encoded analyses: the same bytes the
 * cache stores, so an analysis is serialised once.
 */
import { loadResources, type PipelineResources } from '../index.ts';
import { encodeAnalysis } from './analysisCache.ts';
import { analyseItem, type AnalysisItem, type BatchSettings } from './analyseItems.ts';
import { TIMINGS_ON, takeTimes, timed, type StageTimes } from './stageTimings.ts';
import { signature } from '../stages/duplicates.ts';

/** When this thread's code was loaded (worker threads share the process's time origin: counted from its start). */
const startedIn = performance.now();

export interface WorkerTask {
  sourcesDir: string;
  settings: BatchSettings;
  /** No items: only load the resources, so that the pool knows when this worker is ready. */
  items: AnalysisItem[];
}

const loaded = new Map<string, PipelineResources>();

function resourcesFor(dir: string): PipelineResources {
  let resources = loaded.get(dir);
  if (!resources) {
    resources = loadResources(dir);
    loaded.clear();
    loaded.set(dir, resources);
  }
  return resources;
}

export interface WorkerResult {
  /** One encoded analysis per item, in order. */
  encoded: Uint8Array[];
  /** Each article's duplicate-detection signature, worked out here while every core is busy. */
  signatures: Array<Uint32Array | null>;
  /** This thread's stage times since its last task, when DATELINE_TIMINGS is on. */
  times: StageTimes | null;
}

let reportedStart = false;

const duplicateSignature = timed('duplicate signatures', signature);

const analyseBatch = timed('pass 1', (items: AnalysisItem[], resources: PipelineResources, settings: BatchSettings): Omit<WorkerResult, 'times'> => {
  const encoded: Uint8Array[] = [];
  const signatures: Array<Uint32Array | null> = [];
  for (const item of items) {
    const { analysed, encoded: bytes } = analyseItem(item, resources, settings);
    encoded.push(bytes ?? encodeAnalysis(analysed));
    signatures.push(analysed.signature !== undefined ? analysed.signature : duplicateSignature(analysed.article.text));
  }
  return { encoded, signatures };
});

export function runTask(task: WorkerTask): WorkerResult {
  const resources = resourcesFor(task.sourcesDir);
  const result = analyseBatch(task.items, resources, task.settings);
  if (!TIMINGS_ON) return { ...result, times: null };
  const times = takeTimes();
  if (!reportedStart) {
    reportedStart = true;
    return { ...result, times: { 'code loaded, since process start (pool started, thread, modules)': { ms: startedIn, calls: 1 }, ...times } };
  }
  return { ...result, times };
}
