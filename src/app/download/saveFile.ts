/**
 * Hands a generated file to the browser as a download: a Blob behind an object URL and a temporary
 * <a download>. Works offline, from file:// and under a strict CSP (no data: navigation, no server round trip).
 */
export interface SaveDeps {
  document: Document;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
  /** Defers the revoke: revoking at once can cancel the download in some browsers. */
  later: (fn: () => void) => void;
}

const browserDeps = (): SaveDeps => ({
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  later: (fn) => { setTimeout(fn, 10_000); },
});

export function saveFile(file: { fileName: string; mime: string; content: string }, deps: SaveDeps = browserDeps()): void {
  const url = deps.createObjectURL(new Blob([file.content], { type: file.mime }));
  const link = deps.document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  deps.document.body.append(link);
  link.click();
  link.remove();
  deps.later(() => deps.revokeObjectURL(url));
}
