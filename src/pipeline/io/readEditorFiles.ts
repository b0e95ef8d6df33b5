/**
 * Reads the editor's files from a sources folder: `dateline.overrides.json` (corrections) and
 * `dateline.settings.json` (site settings). A missing file is fine; an unreadable or invalid one becomes warnings,
 * never an exception. Also the dev server's writer: `upsertOverride` adds or updates one entry of the overrides file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteSettings, Warning } from '../../model/timeline.ts';
import { OVERRIDES_FILE, overrideProblemWarnings, validateOverrides, type OverrideEntry, type Overrides } from '../stages/overrides.ts';
import { SETTINGS_FILE, validateSettings } from '../stages/settings.ts';

function readJson(path: string, file: string, code: string): { json: unknown; warnings: Warning[] } | null {
  if (!existsSync(path)) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { json: undefined, warnings: [{ article: null, file, code, message: `The file could not be read (${(error as Error).message}); it was ignored.` }] };
  }
  try {
    return { json: JSON.parse(text), warnings: [] };
  } catch (error) {
    return { json: undefined, warnings: [{ article: null, file, code, message: `The file is not valid JSON (${(error as Error).message}); it was ignored.` }] };
  }
}

export interface EditorFiles {
  overrides: Overrides | null;
  settings: SiteSettings | null;
  warnings: Warning[];
}

export function readEditorFiles(dir: string): EditorFiles {
  const warnings: Warning[] = [];
  let overrides: Overrides | null = null;
  let settings: SiteSettings | null = null;
  const o = readJson(join(dir, OVERRIDES_FILE), OVERRIDES_FILE, 'override-invalid');
  if (o) {
    warnings.push(...o.warnings);
    if (o.json !== undefined) {
      const checked = validateOverrides(o.json);
      overrides = checked.overrides;
      warnings.push(...overrideProblemWarnings(checked.problems));
    }
  }
  const s = readJson(join(dir, SETTINGS_FILE), SETTINGS_FILE, 'settings-invalid');
  if (s) {
    warnings.push(...s.warnings);
    if (s.json !== undefined) {
      const checked = validateSettings(s.json);
      settings = checked.settings;
      warnings.push(...checked.warnings);
    }
  }
  return { overrides, settings, warnings };
}

/**
 * The key an entry is updated by: one edit or hide per event, one add per sentence, one split per sentence and
 * event it is taken from, one merge per set.
 */
function entryKey(o: OverrideEntry): string {
  switch (o.action) {
    case 'hide': case 'edit': return `${o.action}|${o.event}`;
    case 'merge': return `merge|${[...o.events].sort().join('|')}`;
    case 'split': return `split|${o.event ?? ''}|${o.article}|${o.quote}`;
    case 'add': return `add|${o.article}|${o.quote}`;
  }
}

/**
 * Adds one (valid) entry to the overrides file, or updates the entry for the same target: an edit's fields are
 * merged into the earlier edit of that event. Other entries and their order are kept. Returns the written file.
 */
export function upsertOverride(dir: string, entry: OverrideEntry): Overrides {
  const path = join(dir, OVERRIDES_FILE);
  let raw: Record<string, unknown> = { overrides: [] };
  if (existsSync(path)) {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    if (Array.isArray(parsed)) raw = { overrides: parsed };
    else if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { overrides?: unknown }).overrides)) raw = parsed as Record<string, unknown>;
    else throw new Error(`${OVERRIDES_FILE} has no "overrides" list; fix it by hand first`);
  }
  const list = raw.overrides as unknown[];
  const key = entryKey(entry);
  const at = list.findIndex((o) => {
    const checked = validateOverrides({ overrides: [o] }).overrides.overrides[0];
    return checked !== undefined && entryKey(checked) === key;
  });
  if (at < 0) list.push(entry);
  else if (entry.action === 'edit') {
    const old = list[at] as { set?: object; note?: string };
    list[at] = { ...entry, set: { ...(old.set ?? {}), ...entry.set }, ...(entry.note ?? old.note ? { note: entry.note ?? old.note } : {}) };
  } else list[at] = entry;
  writeFileSync(path, `${JSON.stringify(raw, null, 2)}\n`);
  return validateOverrides(raw).overrides;
}
