/**
 * Loads the event stage's data: per-language trigger/status lexicons (src/resources/lang/<iso>/events.json) and the
 * gazetteer (src/resources/gazetteer/*.json plus optional user files). The only file-system code of the stage; every
 * lexicon is compiled here once so that per-sentence matching is map look-ups.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { daysInMonth, isValidDay } from '../../model/calendar.ts';
import { EVENT_TYPES, type EventType, type IsoDay } from '../../model/timeline.ts';
import { addPattern, buildIndex, emptyIndex } from './lexicon.ts';
import { tokenize } from './normalize.ts';
import { intlCountryNames } from './countryNames.ts';
import type {
  EntityKind, EntityRef, EventResources, Gazetteer, GazetteerEntity, KnownEvent, LanguageResources, PatternIndex, StatusCue, TriggerValue,
} from './types.ts';
import { typeFamily } from './families.ts';
import { timed } from '../run/stageTimings.ts';

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
  /**
   * Words before a title (or between a Korean name and its title) that make it an office the person does not hold
   * at the time: "former", "ex", "then", "late", "vice", "deputy", "acting"; ko "전" (former).
   */
  titleQualifiers?: string[];
  /** Common nouns are written with a capital (German), so a capital mid-sentence does not mark a name. */
  capitalisedNouns?: boolean;
  /** Words of this language that fold like a gazetteer name but are not one (pt "irão" = they will go); documentation for the data test. */
  homographs?: string[];
  source?: string;
}

/** The JSON shape of one entry of a gazetteer file's `events` table (documented in src/resources/README.md). */
export interface KnownEventData {
  id: string;
  name: string;
  type: EventType;
  /** Gazetteer ids (people, countries, organisations) or names. */
  participants?: string[];
  /** A gazetteer place, country or region id, or a name. */
  place?: string | null;
  /** Host countries (ISO 3166 alpha-2), when the place does not say them all (a trip to several countries). */
  countries?: string[];
  /** World region of the place, when the gazetteer does not know the place. */
  region?: string | null;
  /** YYYY-MM-DD, or YYYY-MM for a month span when the day is not known. */
  start: string;
  end?: string;
  /** Only entries whose dates are certain are used. */
  sure?: boolean;
}

/** The JSON shape of a gazetteer file: entities and, optionally, known events (a file of events only may omit entities). */
export interface GazetteerData {
  events?: KnownEventData[];
  entities: Array<{
    id: string;
    name: string;
    kind: EntityKind;
    country?: string | null;
    roles?: Array<{ role: string; country?: string | null; from: string; to?: string | null }>;
    actor?: boolean;
    capitalOf?: string | null;
    definite?: boolean;
    media?: boolean;
    aliases?: string[];
    shortAliases?: string[];
    demonyms?: string[];
    region?: string | null;
    /** Countries: names Intl.DisplayNames gives that must not be aliases (ordinary words, first names). */
    notAliases?: string[];
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
    titleQualifiers: buildIndex(data.titleQualifiers, lang, true, 'lower'),
    capitalisedNouns: data.capitalisedNouns === true,
  };
}

/** Positions of the words after the first that `alias` writes with a capital ("Islamic State" → [1]). */
function laterCapitals(alias: string): number[] {
  return tokenize(alias, 0, alias.length, 'und').filter((t) => t.word).flatMap((t, i) => (i > 0 && t.cap && !t.uncased ? [i] : []));
}

/** An acronym in capitals ("PAP", "NATO", "ООН"): matched whole, since "PAP" + three letters is "Papua". */
const ACRONYM = /^[\p{Lu}.]{2,6}$/u;
const inflects = (alias: string): boolean => !ACRONYM.test(alias);

/**
 * Adds one gazetteer file's entities; a later file's entity with the same id adds aliases and overrides fields. A
 * country (ISO alpha-2 id) also gets its names in `intlLanguages` from Intl.DisplayNames (countryNames.ts).
 */
export function addGazetteer(g: Gazetteer, data: GazetteerData, source: string, intlLanguages: readonly string[] = []): void {
  if (!data || !(Array.isArray(data.entities) || Array.isArray(data.events))) throw new Error(`${source}: expected { "entities": [...] } or { "events": [...] }`);
  for (const e of data.entities ?? []) {
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
      definite: e.definite ?? prev?.definite ?? false,
      media: e.media ?? prev?.media ?? false,
      region: e.region ?? prev?.region ?? (e.kind === 'region' ? e.id : null),
    };
    g.entities.set(e.id, entity);
    for (const r of entity.roles) {
      const key = `${r.role}|${r.country ?? ''}`;
      const list = (g.byRole.get(key) ?? []).filter((x) => x.id !== entity.id);
      g.byRole.set(key, [...list, entity]);
    }
    const ref = (alias: string, short: boolean, demonym: boolean): EntityRef => {
      const capitalWords = demonym ? [] : laterCapitals(alias);
      return { entity, short, demonym, lower: /^\p{Ll}/u.test(alias), ...(capitalWords.length ? { capitalWords } : {}) };
    };
    // The canonical name is always an alias, so users can add an entity with just id, name and kind.
    const generated = e.kind === 'country' ? intlCountryNames(e.id, intlLanguages, e.notAliases) : [];
    // notAliases also keep the English name from matching ("Jordan" is a first name; "Jordanien", "Иордания" match).
    const not = new Set(e.notAliases ?? []);
    for (const a of new Set([e.name, ...(e.aliases ?? []), ...generated])) if (!not.has(a)) addPattern(g.aliases, a, 'und', ref(a, false, false), inflects(a));
    for (const a of e.shortAliases ?? []) addPattern(g.aliases, a, 'und', ref(a, true, false), inflects(a));
    for (const a of e.demonyms ?? []) addPattern(g.aliases, a, 'und', ref(a, false, true), true);
  }
  // Entities replaced above keep their old alias entries pointing at the old object; repoint them.
  for (const map of [g.aliases.exact, g.aliases.prefix]) {
    for (const list of map.values()) for (const entry of list) entry.value = { ...entry.value, entity: g.entities.get(entry.value.entity.id)! };
  }
}

/** YYYY-MM-DD as is; YYYY-MM as its first (or last) day. Null when malformed. */
function tableDay(v: unknown, last: boolean): IsoDay | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]);
  const d = m[3] !== undefined ? Number(m[3]) : last ? (mo >= 1 && mo <= 12 ? daysInMonth(y, mo) : 0) : 1;
  return isValidDay(y, mo, d) ? `${m[1]}-${m[2]}-${String(d).padStart(2, '0')}` : null;
}

/**
 * Compiles the known-event table against the gazetteer: participants split into people and other entities, the
 * place into its host countries and regions. Throws with the source named on malformed entries; entries not marked
 * `sure` are skipped. A later entry with the same id replaces an earlier one (user files load last).
 */
export function compileKnownEvents(g: Gazetteer, tables: ReadonlyArray<{ data: KnownEventData[]; source: string }>): KnownEvent[] {
  const byId = new Map<string, KnownEvent>();
  const byName = new Map<string, GazetteerEntity>();
  for (const e of g.entities.values()) byName.set(e.name.toLowerCase(), e);
  const entity = (ref: string) => g.entities.get(ref) ?? byName.get(ref.toLowerCase()) ?? null;
  for (const { data, source } of tables) {
    for (const x of data) {
      const what = `${source}: event ${JSON.stringify(x?.id ?? x?.name)}`;
      if (!x || typeof x.id !== 'string' || !x.id || typeof x.name !== 'string' || !x.name) throw new Error(`${what} needs an id and a name`);
      if (!EVENT_TYPES.includes(x.type)) throw new Error(`${what}: unknown event type "${String(x.type)}"`);
      const start = tableDay(x.start, false);
      const end = tableDay(x.end ?? x.start, true);
      if (!start || !end || end < start) throw new Error(`${what}: start/end must be YYYY-MM-DD or YYYY-MM, start first`);
      if (x.sure !== true) continue;
      const people = new Set<string>(), others = new Set<string>(), countries = new Set<string>(), hosts = new Set<string>(), regions = new Set<string>();
      for (const p of x.participants ?? []) {
        const e = entity(p);
        if (!e) continue;
        (e.kind === 'person' ? people : others).add(e.id);
        if (e.country) countries.add(e.country);
      }
      const place = x.place ? entity(x.place) : null;
      if (place?.country) hosts.add(place.country);
      if (place?.region) regions.add(place.region);
      if (x.region) regions.add(x.region);
      for (const c of x.countries ?? []) hosts.add(c);
      for (const h of hosts) {
        countries.add(h);
        const e = g.entities.get(h);
        if (e?.region) regions.add(e.region);
      }
      byId.set(x.id, {
        id: x.id, name: x.name, type: x.type, participants: [...(x.participants ?? [])],
        people: [...people].sort(), others: [...others].sort(), countries: [...countries].sort(), hosts: [...hosts].sort(), regions: [...regions].sort(),
        place: place ? place.id : x.place ?? null, placeKind: place?.kind ?? null,
        date: { value: start === end ? start : `${start}/${end}`, precision: 'day', start, end },
      });
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Known events of one family that name a participant id: the blocking index for matching mentions. */
export function knownEventKeys(e: KnownEvent): string[] {
  const fam = typeFamily(e.type);
  return [...e.people, ...e.others].map((p) => `${fam}|${p}`);
}

export interface LoadOptions {
  /** Extra gazetteer files (same format), e.g. a `dateline.gazetteer.json` next to the articles. */
  extraGazetteerFiles?: string[];
  /** Resource root; defaults to src/resources. */
  resourceDir?: string;
}

/** Reads and compiles all event resources. Synchronous; throws with the offending file name on bad data. */
export const loadEventResources = timed('resources: events', (options: LoadOptions = {}): EventResources => {
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
  const tables: Array<{ data: KnownEventData[]; source: string }> = [];
  for (const file of [...files, ...(options.extraGazetteerFiles ?? [])]) {
    const data = readJson<GazetteerData>(file);
    addGazetteer(gazetteer, data, file, [...languages.keys()]);
    if (Array.isArray(data.events)) tables.push({ data: data.events, source: file });
  }
  const fallback = languages.get('en') ?? compileLanguage({ lang: 'und', triggers: {} });
  return { languages, fallback, gazetteer, knownEvents: compileKnownEvents(gazetteer, tables) };
});

/** The user gazetteer file name looked for next to the articles. */
export const USER_GAZETTEER = 'dateline.gazetteer.json';

/** `[<dir>/dateline.gazetteer.json]` when that file exists, else `[]`: pass it as `extraGazetteerFiles`. */
export function userGazetteerFiles(articleDir: string): string[] {
  const file = join(articleDir, USER_GAZETTEER);
  return existsSync(file) ? [file] : [];
}

export type { PatternIndex };
