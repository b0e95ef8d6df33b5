/**
 * Synthetic news corpus for the pipeline benchmark: deterministic from a seed, ~3 kB articles in nine languages,
 * written from the repo's own data (gazetteer names, event triggers, temporal phrases, Intl month names) and the
 * sentence frames of syntheticCorpus.languages.json. Articles report a shared pool of "stories" (who met whom, where,
 * when), so the folder-level stages (clustering, joint dating, duplicates) see the cross-article overlap of a real
 * news folder; about one article in fifty is a near copy of an earlier one (a wire story run twice).
 *
 * Every article is a pure function of (seed, index, corpus size): the writer streams them to disk one at a time.
 *
 *   npx tsx scripts/bench/syntheticCorpus.ts --articles 1000 [--seed 1] --out DIR
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from './random.ts';

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export interface SyntheticArticle {
  file: string;
  lang: string;
  content: string;
}

export interface WrittenCorpus {
  dir: string;
  articles: number;
  bytes: number;
}

interface FrameSpec {
  type: string;
  frame: string;
}

interface LanguageSpec {
  wildcardEnding: string;
  dayDate: string;
  monthDate: string;
  events: FrameSpec[];
  fillers: string[];
}

interface Entity {
  name: string;
  kind: string;
  aliases?: string[];
}

/** One language's ready-to-use vocabulary. */
interface Vocabulary {
  lang: string;
  spec: LanguageSpec;
  people: string[][];
  places: string[][];
  countries: string[][];
  orgs: string[][];
  triggers: Map<string, string[]>;
  relatives: string[];
  monthLocatives: string[] | null;
  longDate: Intl.DateTimeFormat;
  monthYear: Intl.DateTimeFormat;
}

interface Story {
  type: string;
  person: number;
  person2: number;
  place: number;
  country: number;
  country2: number;
  /** Days since FIRST_DAY. */
  day: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const RESOURCES = resolve(HERE, '../../src/resources');
const FIRST_DAY = Date.UTC(2018, 0, 1);
const DAY_MS = 86_400_000;
const SPAN_DAYS = 8 * 365;
const TARGET_CHARS = [2300, 3100] as const;
const STORIES_PER_ARTICLE = 1 / 6;
const COPY_SHARE = 0.02;
const FRONT_MATTER_SHARE = 0.25;
const MONTH_FRONT_MATTER_SHARE = 0.05;
const EVENT_SENTENCE_SHARE = 0.3;
const CANONICAL_NAME_SHARE = 0.6;
/** Written corpus files are named like this, so that a rewrite only ever deletes what an earlier one wrote. */
const FILE_NAME = /^\d{6,}_[0-9a-f]{8}\.txt$/;


/** Combines two integers into a well-spread 32-bit seed (murmur3's finaliser). */
function mix(a: number, b: number): number {
  let h = Math.imul((a ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ (b >>> 0);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Random = () => number;
const pick = <T>(rng: Random, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{M}]+$/u;

/** The names an article in this script would use: the canonical name first (Latin script), then same-script aliases. */
function namesFor(entity: Entity, lang: string): string[] {
  const all = [entity.name, ...(entity.aliases ?? [])].filter((n) => !n.includes('*') && !/['’]s$/.test(n));
  const names = lang === 'ru' ? all.filter((n) => CYRILLIC.test(n)) : all.filter((n) => LATIN_ONLY.test(n));
  return [...new Set(names)];
}

function entitiesFor(file: string, lang: string, kinds: readonly string[] | null): string[][] {
  const entities: Entity[] = readJson(join(RESOURCES, 'gazetteer', file)).entities;
  // Same entities in the same order in every language (a story names the same people everywhere); a name with no
  // alias in the language's script keeps its canonical spelling.
  return entities.filter((e) => !kinds || kinds.includes(e.kind)).map((e) => { const names = namesFor(e, lang); return names.length ? names : [e.name]; });
}

let vocabularies: Vocabulary[] | null = null;

/** Reads the data files once per process. */
export function loadVocabularies(): Vocabulary[] {
  if (vocabularies) return vocabularies;
  const specs: Record<string, LanguageSpec> = readJson(join(HERE, 'syntheticCorpus.languages.json')).languages;
  vocabularies = Object.entries(specs).map(([lang, spec]) => {
    const events = readJson(join(RESOURCES, 'lang', lang, 'events.json'));
    const temporal = readJson(join(RESOURCES, 'lang', lang, 'temporal.json'));
    const triggers = new Map<string, string[]>();
    for (const frame of spec.events) {
      const forms: string[] | undefined = events.triggers[frame.type];
      if (!forms?.length) throw new Error(`syntheticCorpus: ${lang} frame uses event type ${frame.type}, which lang/${lang}/events.json has no triggers for`);
      triggers.set(frame.type, forms.map((f) => f.split(' ').map((w) => (w.endsWith('*') ? w.slice(0, -1) + spec.wildcardEnding : w)).join(' ')));
    }
    const months: Record<string, string[]> | undefined = temporal.months;
    return {
      lang,
      spec,
      people: entitiesFor('people.json', lang, null),
      places: entitiesFor('places.json', lang, ['city', 'site']),
      countries: entitiesFor('countries.json', lang, null),
      orgs: entitiesFor('organisations.json', lang, null),
      triggers,
      relatives: Object.keys(temporal.phrases ?? {}),
      monthLocatives: months ? Array.from({ length: 12 }, (_, m) => months[String(m + 1)][0]) : null,
      longDate: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      monthYear: new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
  });
  return vocabularies;
}

/** Languages the generator writes, in data order. */
export function corpusLanguages(): string[] {
  return loadVocabularies().map((v) => v.lang);
}

const STORY_SALT = 0x5107;
const ARTICLE_SALT = 0xa271;

function storyCount(articles: number): number {
  return Math.max(8, Math.ceil(articles * STORIES_PER_ARTICLE));
}

function storyAt(seed: number, index: number, types: readonly string[], sizes: { people: number; places: number; countries: number }): Story {
  const rng = mulberry32(mix(mix(seed, STORY_SALT), index));
  const person = Math.floor(rng() * sizes.people);
  const person2 = (person + 1 + Math.floor(rng() * (sizes.people - 1))) % sizes.people;
  const country = Math.floor(rng() * sizes.countries);
  const country2 = (country + 1 + Math.floor(rng() * (sizes.countries - 1))) % sizes.countries;
  return { type: pick(rng, types), person, person2, place: Math.floor(rng() * sizes.places), country, country2, day: Math.floor(rng() * SPAN_DAYS) };
}

const isoDay = (day: number): string => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);

function nameOf(rng: Random, names: readonly string[]): string {
  return rng() < CANONICAL_NAME_SHARE ? names[0] : pick(rng, names);
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? whole);
}

function datePhrase(rng: Random, v: Vocabulary, day: number, precision: 'day' | 'month'): string {
  const date = new Date(FIRST_DAY + day * DAY_MS);
  if (precision === 'day') return fill(v.spec.dayDate, { longDate: v.longDate.format(date) });
  return fill(v.spec.monthDate, {
    monthYear: v.monthYear.format(date),
    monthLocative: v.monthLocatives?.[date.getUTCMonth()] ?? '',
    year: String(date.getUTCFullYear()),
  });
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** One sentence that reports a story, in the article's language. */
function eventSentence(rng: Random, v: Vocabulary, story: Story, precision: 'day' | 'month'): string {
  const frames = v.spec.events.filter((f) => f.type === story.type);
  const frame = frames.length ? pick(rng, frames) : pick(rng, v.spec.events);
  const n = (list: string[][], i: number) => nameOf(rng, list[i]);
  return upperFirst(fill(frame.frame, {
    person: n(v.people, story.person),
    person2: n(v.people, story.person2),
    place: n(v.places, story.place),
    country: n(v.countries, story.country),
    country2: n(v.countries, story.country2),
    trigger: pick(rng, v.triggers.get(frame.type)!),
    date: datePhrase(rng, v, story.day, precision),
  }));
}

function fillerSentence(rng: Random, v: Vocabulary, year: number): string {
  return upperFirst(fill(pick(rng, v.spec.fillers), {
    person: nameOf(rng, pick(rng, v.people)),
    place: nameOf(rng, pick(rng, v.places)),
    country: nameOf(rng, pick(rng, v.countries)),
    org: nameOf(rng, pick(rng, v.orgs)),
    relative: v.relatives.length ? pick(rng, v.relatives) : '',
    year: String(year - 1 - Math.floor(rng() * 5)),
  }));
}

interface Body {
  lang: string;
  lead: string;
  text: string;
  published: string;
}

/** The article text (no front matter) of article `index`. */
function bodyAt(index: number, options: CorpusOptions): Body {
  const vocab = loadVocabularies();
  const rng = mulberry32(mix(mix(options.seed, ARTICLE_SALT), index));
  const v = pick(rng, vocab);
  const types = [...new Set(vocab.flatMap((x) => x.spec.events.map((f) => f.type)))].sort();
  const sizes = { people: v.people.length, places: v.places.length, countries: v.countries.length }; // equal in every language
  const stories = storyCount(options.articles);
  const story = (i: number) => storyAt(options.seed, i, types, sizes);
  const main = story(Math.floor(rng() * stories));
  const publishedDay = main.day + Math.floor(rng() * 3);
  const year = Number(isoDay(publishedDay).slice(0, 4));
  const target = TARGET_CHARS[0] + Math.floor(rng() * (TARGET_CHARS[1] - TARGET_CHARS[0]));
  const lead = eventSentence(rng, v, main, 'day');
  const sentences = [lead];
  let length = lead.length;
  while (length < target) {
    const s = rng() < EVENT_SENTENCE_SHARE
      ? eventSentence(rng, v, story(Math.floor(rng() * stories)), rng() < 0.6 ? 'day' : 'month')
      : fillerSentence(rng, v, year);
    sentences.push(s);
    length += s.length + 1;
  }
  sentences.splice(sentences.length - 1, 0, eventSentence(rng, v, main, 'month'));
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3 + (i % 2)) paragraphs.push(sentences.slice(i, i + 3 + (i % 2)).join(' '));
  return { lang: v.lang, lead, text: `${paragraphs.join('\n\n')}\n`, published: isoDay(publishedDay) };
}

function shortTitle(lead: string): string {
  if (lead.length <= 90) return lead;
  const cut = lead.lastIndexOf(' ', 90);
  return lead.slice(0, cut > 40 ? cut : 90);
}

/** Article `index` of the corpus (pure: same seed, index and size, same article). */
export function syntheticArticle(index: number, options: CorpusOptions): SyntheticArticle {
  const rng = mulberry32(mix(mix(options.seed, ARTICLE_SALT ^ 0xffff), index));
  const hash = Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
  const file = `${String(index).padStart(6, '0')}_${hash}.txt`;
  const copyOf = index > 0 && rng() < COPY_SHARE ? Math.floor(rng() * index) : null;
  const body = bodyAt(copyOf ?? index, options);
  // A near copy gets one extra closing line, as when a site appends its own note to a wire story.
  const text = copyOf === null ? body.text : `${body.text}\n${fillerSentence(rng, loadVocabularies().find((v) => v.lang === body.lang)!, Number(body.published.slice(0, 4)))}\n`;
  const roll = rng();
  let front = '';
  if (roll < FRONT_MATTER_SHARE) front = `---\ntitle: ${shortTitle(body.lead)}\npublished: ${body.published}\n---\n`;
  else if (roll < FRONT_MATTER_SHARE + MONTH_FRONT_MATTER_SHARE) front = `---\npublished: ${body.published.slice(0, 7)}\n---\n`;
  return { file, lang: body.lang, content: front + text };
}

/** Refuses to delete anything but an earlier synthetic corpus: the folder must be missing, empty or hold only our files. */
function prepareFolder(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  const entries = readdirSync(dir);
  const foreign = entries.filter((name) => !FILE_NAME.test(name));
  if (foreign.length) throw new Error(`syntheticCorpus: ${dir} holds other files (${foreign.slice(0, 3).join(', ')}); give an empty or new folder`);
  for (const name of entries) rmSync(join(dir, name));
}

/** Writes the corpus as `.txt` files into `dir` (created if missing; an earlier synthetic corpus there is replaced). */
export function writeSyntheticCorpus(dir: string, options: CorpusOptions): WrittenCorpus {
  if (!(Number.isInteger(options.articles) && options.articles >= 0)) throw new Error('syntheticCorpus: articles must be a whole number');
  prepareFolder(dir);
  let bytes = 0;
  for (let i = 0; i < options.articles; i++) {
    const { file, content } = syntheticArticle(i, options);
    const data = Buffer.from(content, 'utf8');
    writeFileSync(join(dir, file), data);
    bytes += data.length;
  }
  return { dir, articles: options.articles, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  if (!values.out) {
    process.stderr.write('usage: npx tsx scripts/bench/syntheticCorpus.ts --articles N [--seed S] --out DIR\n');
    process.exit(2);
  }
  const started = performance.now();
  const written = writeSyntheticCorpus(resolve(values.out), { articles: Number(values.articles), seed: Number(values.seed) });
  process.stderr.write(`syntheticCorpus: ${written.articles} articles, ${(written.bytes / 1e6).toFixed(1)} MB in ${written.dir} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
