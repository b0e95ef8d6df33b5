/**
 * "Download" menu button in the header: timeline.json and every export format. A menu button in the WAI-ARIA
 * pattern: Enter/Space/ArrowDown open it on the first item, arrows/Home/End move, Escape closes it and returns
 * focus, Tab or a click outside closes it. The format code is a dynamic import, fetched when the menu is first
 * opened (or hovered), so it costs the main bundle nothing; the full timeline (all text chunks) is loaded only
 * when a file is asked for.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineIndex } from '../../model/timelineIndex.ts';
import type { TimelineSource } from '../data/timelineSource.ts';
import { loadFullTimeline } from './assembleTimeline.ts';
import type { DownloadChoice, DownloadId } from './exportFile.ts';
import { saveFile } from './saveFile.ts';
import './download.css';

type ExportModule = typeof import('./exportFile.ts');
let exportModule: Promise<ExportModule> | null = null;
/** One import for the page; a failed one (offline) may be retried. */
function loadExportModule(): Promise<ExportModule> {
  exportModule ??= import('./exportFile.ts').catch((error: unknown) => { exportModule = null; throw error; });
  return exportModule;
}

type PictureModule = typeof import('./picture.ts');
let pictureModule: Promise<PictureModule> | null = null;
/** The picture code (SVG/PNG of the view) is fetched only when a picture is asked for. */
function loadPictureModule(): Promise<PictureModule> {
  pictureModule ??= import('./picture.ts').catch((error: unknown) => { pictureModule = null; throw error; });
  return pictureModule;
}

const PICTURES = [
  { kind: 'svg', label: 'Picture of this view (SVG)', fileName: 'timeline.svg' },
  { kind: 'png', label: 'Picture of this view (PNG)', fileName: 'timeline.png' },
] as const;

type Status = { kind: 'idle' } | { kind: 'busy'; label: string } | { kind: 'done'; fileName: string } | { kind: 'error'; message: string };

export function DownloadMenu({ index, source }: { index: TimelineIndex; source: TimelineSource }) {
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<DownloadChoice[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusItem = (at: number) => {
    const list = items();
    if (list.length) list[(at + list.length) % list.length].focus();
  };

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  const openMenu = () => {
    setOpen(true);
    if (!choices) {
      loadExportModule().then(
        (module) => setChoices(module.downloadChoices()),
        (error: unknown) => setStatus({ kind: 'error', message: `The download formats could not be loaded: ${String(error)}` }),
      );
    }
  };

  // Focus the first item once the menu is open and its items exist.
  useEffect(() => {
    if (open && choices) focusItem(0);
  }, [open, choices]);

  // A click anywhere else closes the menu (without stealing focus from what was clicked).
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const download = async (id: DownloadId, label: string) => {
    close(true);
    setStatus({ kind: 'busy', label });
    try {
      const [module, timeline] = await Promise.all([loadExportModule(), loadFullTimeline(index, source)]);
      const file = module.buildDownload(id, timeline);
      saveFile(file);
      setStatus({ kind: 'done', fileName: file.fileName });
    } catch (error) {
      setStatus({ kind: 'error', message: `The download failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const picture = async (kind: 'svg' | 'png', label: string) => {
    close(true);
    setStatus({ kind: 'busy', label });
    try {
      const module = await loadPictureModule();
      const n = index.events.length, m = index.articles.length;
      const page = typeof location !== 'undefined' ? `${location.origin === 'null' ? '' : location.origin}${location.pathname}` : '';
      const fileName = await module.downloadPicture(kind, {
        title: index.settings?.title ?? 'Dateline',
        source: `Source: ${n} ${n === 1 ? 'event' : 'events'} from ${m} ${m === 1 ? 'article' : 'articles'}, made with Dateline${page ? ` · ${page}` : ''}`,
      });
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      setStatus({ kind: 'error', message: `The picture failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu();
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(list.length - 1),
      Escape: () => close(true),
    };
    if (event.key === 'Tab') { close(false); return; }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault(); // also tells the app's Escape handler that this Escape is taken
    event.stopPropagation();
    move();
  };

  return (
    <div className="download" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="download-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu())}
        onKeyDown={onButtonKeyDown}
        onPointerEnter={() => { void loadExportModule().catch(() => {}); }}
        disabled={status.kind === 'busy'}
      >
        {status.kind === 'busy' ? 'Preparing…' : 'Download'} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={menuId} ref={menuRef} className="download-menu" role="menu" aria-label="Download the timeline" onKeyDown={onMenuKeyDown}>
          {choices
            ? choices.map((choice) => (
              <li key={choice.id} role="none">
                <button type="button" role="menuitem" tabIndex={-1} data-download={choice.id} onClick={() => void download(choice.id, choice.label)}>
                  {choice.label}
                  <span className="download-file">{choice.fileName}</span>
                </button>
              </li>
            ))
            : <li role="none" className="download-loading">Loading formats…</li>}
          {choices && PICTURES.map((p) => (
            <li key={p.kind} role="none">
              <button type="button" role="menuitem" tabIndex={-1} data-download={`picture-${p.kind}`} onClick={() => void picture(p.kind, p.label)}>
                {p.label}
                <span className="download-file">{p.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="download-status" role="status">
        {status.kind === 'done' ? `Downloaded ${status.fileName}` : status.kind === 'busy' ? `Preparing ${status.label}…` : ''}
      </span>
      {status.kind === 'error' && <span className="download-error" role="alert">{status.message}</span>}
    </div>
  );
}
