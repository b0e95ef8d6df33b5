/**
 * Loads the event stage's data: per-language trigger/status lexicons (src/resources/lang/<iso>/events.json) and the
 * gazetteer (src/resources/gazetteer/*.json plus optional user files). The only file-system code of the stage; every
 * lexicon is compiled here once so that per-sentence matching is map look-ups.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPES, type EventType } from '../../model/timeline.ts';
import { addPattern, buildIndex, emptyIndex } from './lexicon.ts';
import type {
  EntityKind, EntityRef, EventResources, Gazetteer, GazetteerEntity, LanguageResources, PatternIndex, StatusCue, TriggerValue,
} from './types.ts';

/** The JSON shape of `lang/<iso>/events.json` (documented in src/resources/README.md). */
export interface LanguageEventData {
  lang: string;
  triggers: Partial<Record<EventType, string[]>>;
  weakStatements?: string[];
  compound?: Array<{ type: EventType; forms: string[]; with: string[] }>;
  status?: Partial<Record<StatusCue, string[]>>;
  negation?: string[];
  clauseBreaks?: string[];
  anchors?: string[];
  locatives?: string[];
  coordinators?: string[];
  attributions?: string[];
  roles?: Record<string, string[]>;
  /** Words of this language that fold like a gazetteer name but are not one (pt "irão" = they will go); documentation for the data test. */
  homographs?: string[];
  source?: string;
}

/** The JSON shape of a gazetteer file. */
export interface GazetteerData {
  entities: Array<{
    id: string;
    name: string;
    kind: EntityKind;
    country?: string | null;
    roles?: Array<{ role: string; country?: string | null; from: string; to?: string | null }>;
    actor?: boolean;
    capitalOf?: string | null;
    media?: boolean;
    aliases?: string[];
    shortAliases?: string[];
    demonyms?: string[];
  }>;
}

const RESOURCES = fileURLToPath(new URL('../../resources/', import.meta.url));
const STATUS_CUES: StatusCue[] = ['planned', 'expected', 'possible', 'alleged', 'denied', 'ongoing', 'future', 'past'];
const KINDS: EntityKind[] = ['person', 'org', 'country', 'city', 'site', 'region'];

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

/** Compiles one language's data; throws with the language named when the data is malformed. */
export function compileLanguage(data: LanguageEventData): LanguageResources {
  const lang = data.lang;
  const triggers = emptyIndex<TriggerValue>();
  for (const [type, forms] of Object.entries(data.triggers ?? {})) {
    if (!EVENT_TYPES.includes(type as EventType)) throw new Error(`events.json (${lang}): unknown event type "${type}"`);
    for (const f of forms ?? []) addPattern(triggers, f, lang, { type: type as EventType });
  }
  for (const f of data.weakStatements ?? []) addPattern(triggers, f, lang, { type: 'statement', weak: true });
  for (const c of data.compound ?? []) {
    if (!EVENT_TYPES.includes(c.type)) throw new Error(`events.json (${lang}): unknown event type "${c.type}"`);
    const withIndex = buildIndex<true>(c.with, lang, true);
    for (const f of c.forms) addPattern(triggers, f, lang, { type: c.type, with: withIndex });
  }
  const status = emptyIndex<StatusCue>();
  for (const [cue, forms] of Object.entries(data.status ?? {})) {
    if (!STATUS_CUES.includes(cue as StatusCue)) throw new Error(`events.json (${lang}): unknown status cue "${cue}"`);
    for (const f of forms ?? []) addPattern(status, f, lang, cue as StatusCue);
  }
  const roles = emptyIndex<string>();
  for (const [role, forms] of Object.entries(data.roles ?? {})) for (const f of forms) addPattern(roles, f, lang, role);
  return {
    lang,
    triggers,
    status,
    // Short function words keep their diacritics: pt "à" is not the article "a", sq "se" is not "së".
    negation: buildIndex(data.negation, lang, true, 'lower'),
    clauseBreaks: buildIndex(data.clauseBreaks, lang, true, 'lower'),
    anchors: buildIndex(data.anchors, lang, true, 'lower'),
    locatives: buildIndex(data.locatives, lang, true, 'lower'),
    coordinators: buildIndex(data.coordinators, lang, true, 'lower'),
    attributions: buildIndex(data.attributions, lang, true, 'lower'),
    roles,
  };
}

/** Adds one gazetteer file's entities; a later file's entity with the same id adds aliases and overrides fields. */
export function addGazetteer(g: Gazetteer, data: GazetteerData, source: string): void {
  if (!data || !Array.isArray(data.entities)) throw new Error(`${source}: expected { "entities": [...] }`);
  for (const e of data.entities) {
    if (!e.id || !e.name || !KINDS.includes(e.kind)) throw new Error(`${source}: entity ${JSON.stringify(e.id ?? e.name)} needs id, name and a kind (${KINDS.join(', ')})`);
    const prev = g.entities.get(e.id);
    const entity: GazetteerEntity = {
      id: e.id,
      name: e.name,
      kind: e.kind,
      country: e.country ?? (e.kind === 'country' ? e.id : prev?.country ?? null),
      roles: (e.roles ?? []).map((r) => ({ role: r.role, country: r.country ?? e.country ?? null, from: r.from, to: r.to ?? null })).concat(prev?.roles ?? []),
      actor: e.actor ?? prev?.actor ?? false,
      capitalOf: e.capitalOf ?? prev?.capitalOf ?? null,
      media: e.media ?? prev?.media ?? false,
    };
    g.entities.set(e.id, entity);
    for (const r of entity.roles) {
      const key = `${r.role}|${r.country ?? ''}`;
      const list = (g.byRole.get(key) ?? []).filter((x) => x.id !== entity.id);
      g.byRole.set(key, [...list, entity]);
    }
    const ref = (alias: string, short: boolean, demonym: boolean): EntityRef => ({ entity, short, demonym, lower: /^\p{Ll}/u.test(alias) });
    // The canonical name is always an alias, so users can add an entity with just id, name and kind.
    for (const a of new Set([e.name, ...(e.aliases ?? [])])) addPattern(g.aliases, a, 'und', ref(a, false, false), true);
    for (const a of e.shortAliases ?? []) addPattern(g.aliases, a, 'und', ref(a, true, false), true);
    for (const a of e.demonyms ?? []) addPattern(g.aliases, a, 'und', ref(a, false, true), true);
  }
  // Entities replaced above keep their old alias entries pointing at the old object; repoint them.
  for (const map of [g.aliases.exact, g.aliases.prefix]) {
    for (const list of map.values()) for (const entry of list) entry.value = { ...entry.value, entity: g.entities.get(entry.value.entity.id)! };
  }
}

export interface LoadOptions {
  /** Extra gazetteer files (same format), e.g. a `dateline.gazetteer.json` next to the articles. */
  extraGazetteerFiles?: string[];
  /** Resource root; defaults to src/resources. */
  resourceDir?: string;
}

/** Reads and compiles all event resources. Synchronous; throws with the offending file name on bad data. */
export function loadEventResources(options: LoadOptions = {}): EventResources {
  const root = options.resourceDir ?? RESOURCES;
  const languages = new Map<string, LanguageResources>();
  const langDir = join(root, 'lang');
  for (const iso of existsSync(langDir) ? readdirSync(langDir).sort() : []) {
    const file = join(langDir, iso, 'events.json');
    if (!existsSync(file)) continue;
    const data = readJson<LanguageEventData>(file);
    if (data.lang !== iso) throw new Error(`${file}: "lang" must be "${iso}"`);
    languages.set(iso, compileLanguage(data));
  }
  const gazetteer: Gazetteer = { entities: new Map(), aliases: emptyIndex<EntityRef>(), byRole: new Map() };
  const gazDir = join(root, 'gazetteer');
  const files = existsSync(gazDir) ? readdirSync(gazDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(gazDir, f)) : [];
  for (const file of [...files, ...(options.extraGazetteerFiles ?? [])]) addGazetteer(gazetteer, readJson<GazetteerData>(file), file);
  const fallback = languages.get('en') ?? compileLanguage({ lang: 'und', triggers: {} });
  return { languages, fallback, gazetteer };
}

/** The user gazetteer file name looked for next to the articles. */
export const USER_GAZETTEER = 'dateline.gazetteer.json';

/** `[<dir>/dateline.gazetteer.json]` when that file exists, else `[]`: pass it as `extraGazetteerFiles`. */
export function userGazetteerFiles(articleDir: string): string[] {
  const file = join(articleDir, USER_GAZETTEER);
  return existsSync(file) ? [file] : [];
}

export type { PatternIndex };
