/**
 * What the download menu offers and how each file is made. Loaded with a dynamic import when the menu opens,
 * so the renderers (papaparse and all) stay out of the main bundle.
 */
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, type ExportFormatId } from '../../export/index.ts';
import type { Timeline } from '../../model/timeline.ts';
import { serialiseTimeline } from '../../pipeline/timelineFile.ts';

/** `timeline` is the raw timeline.json; the rest are the export formats. */
export type DownloadId = 'timeline' | ExportFormatId;

export interface DownloadChoice {
  id: DownloadId;
  label: string;
  fileName: string;
  mime: string;
}

export interface DownloadFile {
  fileName: string;
  mime: string;
  content: string;
}

/** dateline.ics, dateline-events.csv, dateline-mentions.csv, dateline-timelinejs.json, dateline.jsonld. */
export function exportFileName(id: ExportFormatId, extension: string): string {
  const stem = id === extension ? '' : id.endsWith(`-${extension}`) ? id.slice(0, -extension.length - 1) : id;
  return `dateline${stem ? `-${stem}` : ''}.${extension}`;
}

/** Every entry of EXPORT_FORMATS, plus timeline.json first (the contract data the others are made from). */
export function downloadChoices(): DownloadChoice[] {
  return [
    { id: 'timeline', label: 'Timeline data (timeline.json)', fileName: 'timeline.json', mime: 'application/json' },
    ...EXPORT_FORMAT_IDS.map((id) => {
      const format = EXPORT_FORMATS[id];
      return { id, label: format.label, fileName: exportFileName(id, format.extension), mime: format.mime };
    }),
  ];
}

export function buildDownload(id: DownloadId, timeline: Timeline): DownloadFile {
  const choice = downloadChoices().find((c) => c.id === id);
  if (!choice) throw new Error(`Unknown download ${id}`);
  const content = id === 'timeline' ? serialiseTimeline(timeline) : EXPORT_FORMATS[id].render(timeline);
  return { fileName: choice.fileName, mime: choice.mime, content };
}
