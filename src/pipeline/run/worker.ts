/**
 * The worker thread's side of the analysis pool (loaded by workerEntry.mjs). Resources load once per worker and
 * per sources folder (the folder may add a user gazetteer). Results travel as encoded analyses: the same bytes the
 * cache stores, so an analysis is serialised once.
 */
import { loadResources, type PipelineResources } from '../index.ts';
import { encodeAnalysis } from './analysisCache.ts';
import { analyseItem, type AnalysisItem, type BatchSettings } from './analyseItems.ts';

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

export function runTask(task: WorkerTask): Uint8Array[] {
  const resources = resourcesFor(task.sourcesDir);
  return task.items.map((item) => {
    const { analysed, encoded } = analyseItem(item, resources, task.settings);
    return encoded ?? encodeAnalysis(analysed);
  });
}
