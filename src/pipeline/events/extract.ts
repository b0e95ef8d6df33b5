/**
 * extractMentions: event mentions of one article, each with its sentence, trigger, participants, place, status
 * and date. Sentence by sentence, clause by clause; language knowledge comes only from the resources.
 */
import type { Article, DateInterval, EventStatus, EventType } from '../../model/timeline.ts';
import { documentDate, documentInterval, governingTimex, reportedWindow, sentenceTimexes, timexScore, type SentenceTimex } from './dateAttach.ts';
import { STATUS_PRIORITY, typeFamily, typeRank } from './families.ts';
import { analyseSentence, onDay, punctBetween, type EntityHit, type SentenceInfo, type TriggerHit } from './sentence.ts';
import { hasMatchAt } from './lexicon.ts';
import type { EventResources, GazetteerEntity, LanguageResources, MentionCandidate, StatusCue } from './types.ts';
import { timed } from '../run/stageTimings.ts';

const CUE_BEFORE = 8;
const CUE_AFTER = 2;
const NEGATION_BEFORE = 3;
const ANCHOR_GAP = 3;
const SPEAKER_BEFORE = 6;
const SPEAKER_AFTER = 2;
const INHERIT_SENTENCES = 2;
const PARTICIPANT_WINDOW = 15;
/** Sentences without final punctuation and shorter than this are headlines, link lists or page furniture. */
const HEADLINE_CHARS = 150;
const FINAL_PUNCT = /[.!?…。！？"”»’)\]]$/u;
/** Families whose actors are people: an anaphoric mention takes the people of the mention before. */
const PERSONAL = new Set(['encounter', 'letter', 'call', 'statement']);
/** Types that are too often background to be reported without their own date in the sentence. */
const NEEDS_OWN_DATE = new Set<EventType>(['arms_transfer', 'other']);
const AHEAD = new Set<EventStatus>(['planned', 'expected', 'possible']);

interface Recent {
  sentence: number;
  family: string;
  participants: GazetteerEntity[];
  date: Draft['chosen'];
}

interface Draft {
  type: EventType;
  trigger: { first: number; last: number };
  status: EventStatus;
  /** Status came from a cue (not the past-tense default). */
  cued: boolean;
  participants: GazetteerEntity[];
  /** Participants came from demonyms only ("the Russian side"): weaker than a named actor. */
  weakParticipants: boolean;
  place: GazetteerEntity | null;
  chosen: { date: DateInterval; timex: number | null; source: 'timex' | 'context' | 'document' } | null;
  clause: number;
  /** Entities this mention may take actors from. */
  usable: EntityHit[];
}

function cueStatus(cue: StatusCue): EventStatus {
  return cue === 'future' ? 'planned' : cue === 'past' ? 'occurred' : cue;
}

function strongest(statuses: EventStatus[]): EventStatus | null {
  let best: EventStatus | null = null;
  for (const st of statuses) if (!best || STATUS_PRIORITY.indexOf(st) < STATUS_PRIORITY.indexOf(best)) best = st;
  return best;
}

/** Status cues around a trigger: negation just before it, modal or tense words near it; null when none. */
function triggerStatus(s: SentenceInfo, t: TriggerHit): { status: EventStatus | null; past: boolean } {
  const found: EventStatus[] = [];
  let past = false;
  for (const n of s.negations) {
    if (n < t.first && t.first - n <= NEGATION_BEFORE && s.clause[n] === s.clause[t.first] && !punctBetween(s, n, t.first)) found.push('denied');
  }
  for (const c of s.cues) {
    const before = c.last < t.first && t.first - c.last <= CUE_BEFORE && (s.clause[c.last] === s.clause[t.first] || !punctBetween(s, c.last, t.first));
    const after = c.first > t.last && c.first - t.last <= CUE_AFTER && s.clause[c.first] === s.clause[t.last];
    const inside = c.first >= t.first && c.last <= t.last;
    if (!(before || after || inside)) continue;
    if (c.entry.value === 'past') past = true;
    else found.push(cueStatus(c.entry.value));
  }
  return { status: strongest(found), past };
}

/** "after the visit", "during a meeting": an event named right after such a word is a back-reference, not news. */
function isAnchored(s: SentenceInfo, t: TriggerHit): boolean {
  return s.anchors.some((a) => a.last < t.first && t.first - a.last - 1 <= ANCHOR_GAP && !punctBetween(s, a.last, t.first) &&
    s.clause[t.first] === s.clause[a.last] && !s.entities.some((e) => e.first > a.last && e.last < t.first));
}

/** People named right after a back-referenced event ("after the minister's visit to Kyiv") belong to it. */
function consumedBy(s: SentenceInfo, t: TriggerHit): EntityHit[] {
  return s.entities.filter((e) => e.first > t.last && e.first - t.last <= 5 && !punctBetween(s, t.last, e.first) && (e.entity.kind === 'person' || e.entity.kind === 'org'));
}

/** Entities inside an attribution ("according to South Korean assessments, ...") are sources, not actors. */
function attributed(s: SentenceInfo): EntityHit[] {
  return s.entities.filter((e) => s.attributions.some((a) => a <= e.first && e.first - a <= 4 && s.clause[a] === s.clause[e.first] && !punctBetween(s, a, e.first)));
}

/** The government a speaker stands for: a capital ("Washington said") speaks for its country. */
function speakerEntity(e: EntityHit, entities: ReadonlyMap<string, GazetteerEntity>): GazetteerEntity | null {
  if (e.demonym) return null;
  const k = e.entity.kind;
  if (k === 'person' || k === 'org' || k === 'country') return e.entity;
  if (k === 'site' && e.entity.actor) return e.entity;
  if (k === 'city' && e.entity.capitalOf) return entities.get(e.entity.capitalOf) ?? null;
  return null;
}

function speakerClass(e: GazetteerEntity): string {
  return e.kind === 'person' ? 'person' : e.kind === 'country' ? 'country' : 'org';
}

/** The speaker(s) of a statement trigger: the nearest actor (a title's organisation yields to the person), plus a coordinated list. */
function findSpeakers(s: SentenceInfo, t: TriggerHit, lr: LanguageResources, entities: ReadonlyMap<string, GazetteerEntity>): EntityHit[] {
  const clause = s.clause[t.first];
  // A relative clause right after a name ("the New York Times, which first reported") still has that name as subject.
  let clauseStart = t.first;
  while (clauseStart > 0 && s.clause[clauseStart - 1] === clause) clauseStart--;
  const reach = t.first - clauseStart <= 3 ? clause - 1 : clause;
  const candidates = s.entities.filter((e) => {
    if (!speakerEntity(e, entities)) return false;
    if (e.last < t.first) return t.first - e.last - 1 <= SPEAKER_BEFORE && s.clause[e.last] >= reach && s.clause[e.last] <= clause;
    if (e.first > t.last) return e.first - t.last - 1 <= SPEAKER_AFTER && s.clause[e.first] === clause;
    return false;
  });
  if (!candidates.length) return [];
  const dist = (e: EntityHit) => (e.last < t.first ? t.first - e.last : e.first - t.last + 0.5);
  let best = candidates[0];
  for (const e of candidates) if (dist(e) < dist(best)) best = e;
  if (best.entity.kind !== 'person') {
    // "the Kremlin spokesman Dmitry Peskov": the organisation qualifies the person who speaks.
    const person = s.entities.find((e) => e.entity.kind === 'person' && e.first > best.last && e.first - best.last <= 3 && s.clause[e.first] === s.clause[best.last]);
    if (person) best = person;
  }
  const cls = speakerClass(speakerEntity(best, entities)!);
  const run = [best];
  // Extend over "A, B and C said": neighbours of the same class joined only by commas and conjunctions.
  const joined = (a: EntityHit, b: EntityHit) => {
    for (let i = a.last + 1; i < b.first; i++) if (!hasMatchAt(lr.coordinators, s.words, i)) return false;
    return true;
  };
  const idx = s.entities.indexOf(best);
  for (let i = idx - 1; i >= 0; i--) {
    const e = s.entities[i], sp = speakerEntity(e, entities);
    if (!sp || speakerClass(sp) !== cls || !joined(e, run[0])) break;
    run.unshift(e);
  }
  for (let i = idx + 1; i < s.entities.length; i++) {
    const e = s.entities[i], sp = speakerEntity(e, entities);
    if (!sp || speakerClass(sp) !== cls || !joined(run[run.length - 1], e)) break;
    run.push(e);
  }
  return run;
}

function uniqueEntities(list: GazetteerEntity[]): GazetteerEntity[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

const isActor = (e: EntityHit) => (e.entity.kind === 'person' || (e.entity.kind === 'org' && !e.entity.media)) && !e.demonym;
const isState = (e: EntityHit) => e.entity.kind === 'country' && !e.locative;
const isPlace = (e: EntityHit) => !e.demonym && (e.entity.kind === 'city' || e.entity.kind === 'site' || e.entity.kind === 'region');

/** Actors near the trigger: its own clause first, then the words just before it (the subject of "X is likely to go"). */
function nearActors(s: SentenceInfo, usable: EntityHit[], g: { first: number; last: number }, clause: number, accept: (e: EntityHit) => boolean): EntityHit[] {
  const dist = (e: EntityHit) => (e.last < g.first ? g.first - e.last : e.first > g.last ? e.first - g.last : 0);
  const own = usable.filter((e) => accept(e) && s.clause[e.first] === clause && dist(e) <= PARTICIPANT_WINDOW);
  if (own.some((e) => e.last < g.first)) return own;
  // No subject in the trigger's own clause: take it from just before ("North Korea denied that it had supplied ...").
  return [...usable.filter((e) => accept(e) && e.last < g.first && g.first - e.last <= 8 && s.clause[e.last] === clause - 1), ...own];
}

/** The place nearest to the trigger, a locative one first, cities and sites before countries and regions. */
function findPlace(s: SentenceInfo, usable: EntityHit[], g: { first: number; last: number }, clause: number, participants: GazetteerEntity[], type: EventType): GazetteerEntity | null {
  const inClause = usable.filter((e) => s.clause[e.first] === clause && !e.demonym);
  // A region ("the Korean peninsula", "the Middle East") is rarely where a meeting is: Panmunjom in the same clause is.
  const score = (e: EntityHit) => Math.abs(e.first - g.first) - (e.entity.kind === 'city' || e.entity.kind === 'site' ? 2 : 0);
  const nearest = (list: EntityHit[]) => list.reduce<EntityHit | null>((b, e) => (!b || score(e) < score(b) ? e : b), null);
  const loc = nearest(inClause.filter((e) => e.locative && (isPlace(e) || e.entity.kind === 'country')));
  if (loc && loc.entity.kind === 'country') {
    // "met in Germany during a visit to Munich": the city inside the named country is the more precise place.
    const inside = nearest(inClause.filter((e) => isPlace(e) && e.entity.country === loc.entity.id));
    if (inside) return inside.entity;
  }
  if (loc) return loc.entity;
  const site = nearest(inClause.filter(isPlace));
  if (site) return site.entity;
  if (typeFamily(type) === 'encounter') {
    const country = nearest(inClause.filter((e) => e.entity.kind === 'country' && !participants.includes(e.entity)));
    if (country) return country.entity;
  }
  return null;
}

function placeCountry(place: GazetteerEntity | null): string | null {
  return place ? (place.kind === 'country' ? place.id : place.country) : null;
}

function isHeadline(text: string, s: SentenceInfo): boolean {
  return s.end - s.start < HEADLINE_CHARS && !FINAL_PUNCT.test(text.slice(s.start, s.end));
}

/** Event mentions of one article (contract Article with resolved timexes and document date). */
export const extractMentions = timed('events', (article: Article, resources: EventResources, texts?: readonly SentenceInfo[]): MentionCandidate[] => {
  // Without a document date, only mentions with a date of their own can be placed.
  const dct = documentInterval(article);
  const lr = resources.languages.get(article.lang) ?? resources.fallback;
  const entities = resources.gazetteer.entities;
  // `texts`: the sentences as their text alone analyses them (see analyseArticleSentences), made for this article.
  const sentences = texts
    ? texts.map((s) => onDay(s, resources.gazetteer, dct?.start ?? null))
    : article.sentences.map((span, i) => analyseSentence(article.text, i, span, article.lang, lr, resources.gazetteer, dct?.start ?? null));
  // Short aliases ("Kim") count only where the article also names the person in full.
  const fullNamed = new Set<string>();
  for (const s of sentences) for (const e of s.entities) if (!e.short) fullNamed.add(e.entity.id);
  for (const s of sentences) s.entities = s.entities.filter((e) => !e.short || fullNamed.has(e.entity.id));
  // Only sentences with triggers read their timexes.
  const timexCache: Array<SentenceTimex[] | undefined> = [];
  const timexesOf = (si: number) => (timexCache[si] ??= sentenceTimexes(article, sentences[si], dct));
  const out: MentionCandidate[] = [];
  const recent: Recent[] = [];

  sentences.forEach((s, si) => {
    // A sentence makes mentions only from its triggers.
    if (!s.triggers.length || isHeadline(article.text, s)) return;
    const excluded = new Set<EntityHit>(attributed(s));
    // analyseSentence kept only triggers that have their companion words.
    const triggers = s.triggers;
    for (const t of triggers) if (isAnchored(s, t)) for (const e of consumedBy(s, t)) excluded.add(e);
    const live = triggers.filter((t) => !isAnchored(s, t));
    if (!live.length) return;
    // The trigger nearest to a timex owns it: a lone date far from its lone event still dates it.
    const owner = new Map<number, TriggerHit>();
    for (const tx of timexesOf(si)) {
      let best: TriggerHit | null = null;
      for (const t of live) if (!best || timexScore(s, t, tx) < timexScore(s, best, tx)) best = t;
      if (best) owner.set(tx.index, best);
    }

    // One statement per sentence: the one a date governs, else the first strong one with a named speaker.
    let statement: Draft | null = null;
    let statementTrigger: TriggerHit | null = null;
    const reporters: Array<{ t: TriggerHit; hits: EntityHit[] }> = [];
    let bestScore = Infinity;
    for (const t of live.filter((x) => x.value.type === 'statement')) {
      if (s.attributions.some((a) => a < t.first && t.first - a <= 4 && s.clause[a] === s.clause[t.first])) continue;
      const speakers = findSpeakers(s, t, lr, entities);
      if (!speakers.length) continue;
      // Whoever reports something (and the title phrase before the verb) is not an actor of what is reported.
      const subject = s.entities.filter((e) => e.last < t.first && s.clause[e.last] === s.clause[t.first] && isActor(e));
      reporters.push({ t, hits: [...new Set([...speakers, ...subject])] });
      const { status: cued, past } = triggerStatus(s, t);
      const status: EventStatus = cued === 'denied' ? 'denied' : 'occurred';
      const gov = governingTimex(s, t, timexesOf(si), 'occurred', dct, (tx) => owner.get(tx.index) === t);
      const precise = gov && gov.t.date.precision !== 'vague' ? gov : null;
      if (!precise && !dct) continue;
      // "said" needs its own date to be news, unless an official spokesperson says it on the record;
      // "already warned" without a date is background.
      const onRecord = speakers.some((e) => e.entity.kind === 'person' && s.roles.some((r) => r.entry.value === 'spokesperson' && r.last < e.first && e.first - r.last <= 10 && s.clause[r.last] === s.clause[e.first]));
      if (((t.value.weak && !onRecord) || past) && !precise) continue;
      const score = precise ? precise.score : 1000;
      if (statement && score >= bestScore) continue;
      bestScore = score;
      statementTrigger = t;
      statement = {
        type: 'statement', trigger: t, status, cued: true, weakParticipants: false,
        participants: uniqueEntities(speakers.map((e) => speakerEntity(e, entities)!)),
        place: null, clause: s.clause[t.first], usable: [],
        chosen: precise ? { date: precise.t.date, timex: precise.t.index, source: 'timex' } : { date: documentDate(dct!, status, true), timex: null, source: 'document' },
      };
    }
    const claimed = statement?.chosen?.timex ?? null;
    const drafts: Draft[] = statement ? [statement] : [];

    // Other events: same-family triggers of one clause are one mention ("travel to France to meet Macron").
    const groups: TriggerHit[][] = [];
    for (const t of live) {
      if (t.value.type === 'statement') continue;
      const g = groups.find((x) => s.clause[x[0].first] === s.clause[t.first] && typeFamily(x[0].value.type) === typeFamily(t.value.type));
      if (g) g.push(t);
      else groups.push([t]);
    }
    let sentenceModality: EventStatus | null = null;
    for (const g of groups) {
      // A reporter is left out of a reported event in another clause ("X said that Y met Z") or before an inverted
      // "..., said X"; in its own clause it may be an actor ("X confirmed support at a meeting").
      const gClause = s.clause[g[0].first];
      const usable = s.entities.filter((e) => !excluded.has(e) && !reporters.some((r) => r.hits.includes(e) &&
        (s.clause[r.t.first] !== gClause || (e.first > r.t.last && g[0].last < r.t.first))));
      const lead = g.reduce((a, t) => (typeRank(t.value.type) > typeRank(a.value.type) ? t : a), g[0]);
      const type = lead.value.type;
      const family = typeFamily(type);
      const cues = g.map((t) => triggerStatus(s, t));
      let status = strongest(cues.map((c) => c.status).filter((x): x is EventStatus => x !== null));
      // "Scholz is likely to leave ... to meet Macron": an uncued event shares the modality of the one before it.
      if (!status && sentenceModality) status = sentenceModality;
      if (status && AHEAD.has(status)) sentenceModality = status;
      let gov: { t: SentenceTimex; score: number } | null = null;
      let reported = false;
      for (const t of g) {
        const cand = governingTimex(s, t, timexesOf(si), status, dct, (tx) => owner.get(tx.index) === t);
        const isClaimed = !!cand && cand.t.index === claimed && !!statementTrigger && timexScore(s, statementTrigger, cand.t) <= cand.score;
        // "announced on Monday that Kim will visit": the statement's date is not the visit's.
        if (isClaimed && status && AHEAD.has(status)) continue;
        if (cand && (!gov || cand.score < gov.score)) { gov = cand; reported = isClaimed; }
      }
      if (!gov && claimed !== null && !(status && AHEAD.has(status))) {
        // "said last year that the North supplies shells": a reported past event is dated by its report.
        const tx = timexesOf(si).find((x) => x.index === claimed);
        if (tx) { gov = { t: tx, score: 0 }; reported = true; }
      }
      if (NEEDS_OWN_DATE.has(type) && (!gov || gov.t.date.precision === 'vague')) continue;
      const cued = status !== null;
      if (!status) status = gov && dct && gov.t.date.start > dct.end ? 'planned' : 'occurred';
      // "In the coming days, the meeting with journalists is awaited": dated only as still to come, it has not happened.
      if (status === 'occurred' && gov?.t.date.value === 'FUTURE_REF') status = 'planned';
      const clause = s.clause[g[0].first];
      const span = { first: g[0].first, last: g[g.length - 1].last };
      let found = nearActors(s, usable, span, clause, isActor);
      if (!found.length && !PERSONAL.has(family)) found = nearActors(s, usable, span, clause, isState);
      const participants = uniqueEntities(found.map((e) => e.entity));
      const weakParticipants = found.length > 0 && found.every((e) => e.demonym);
      drafts.push({
        type, trigger: { first: lead.first, last: lead.last }, status, cued, participants, weakParticipants,
        place: findPlace(s, usable, span, clause, participants, type), clause, usable,
        // "said on Tuesday that they had met": dated by the report, so on that day or shortly before.
        chosen: gov ? (reported ? { date: reportedWindow(gov.t.date), timex: gov.t.index, source: 'context' } : { date: gov.t.date, timex: gov.t.index, source: 'timex' }) : null,
      });
    }

    const made: Array<{ d: Draft; m: MentionCandidate }> = [];
    for (const d of drafts) {
      const family = typeFamily(d.type);
      const near = recent.filter((r) => si - r.sentence <= INHERIT_SENTENCES && r.family !== 'statement');
      if (d.type !== 'statement' && (!d.participants.length || d.weakParticipants)) {
        // "The leader could make the trip this month": the actors, and if undated the date, of the mention before.
        const prev = [...recent].reverse().find((r) => r.family === family && !PERSONAL.has(family)) ?? near[near.length - 1];
        if (prev) {
          d.participants = prev.participants;
          if (!d.chosen && prev.date && prev.date.source !== 'document') d.chosen = { ...prev.date, source: 'context' };
        } else if (!d.participants.length) {
          // Only the trigger's own clause: "the scheduled trip ... Russia proposed" does not make Russia travel.
          const states = d.usable.filter((e) => isState(e) && s.clause[e.first] === d.clause).map((e) => e.entity);
          const actors = d.usable.filter(isActor).map((e) => e.entity);
          d.participants = uniqueEntities((PERSONAL.has(family) ? (actors.length ? actors : states) : (states.length ? states : actors)));
          if (!d.participants.length && si > 0) d.participants = uniqueEntities(sentences[si - 1].entities.filter(isActor).map((e) => e.entity));
        }
      } else if (d.type === 'meeting' && d.participants.length === 1) {
        // A meeting has two sides; "There he would meet Macron" takes the other side from the mention just before.
        const otherPeople = s.entities.some((e) => e.entity.kind === 'person' && !d.participants.includes(e.entity));
        const prev = otherPeople ? undefined : [...near].reverse().find((r) => r.family === family && si - r.sentence <= 1);
        if (prev) d.participants = uniqueEntities([...prev.participants, ...d.participants]);
      }
      if (!d.participants.length) continue;
      if (!d.chosen) {
        if (!dct) continue;
        d.chosen = { date: documentDate(dct, d.status, d.type === 'statement'), timex: null, source: 'document' };
      }
      if (!d.cued && dct && d.chosen.date.start > dct.end) d.status = 'planned';
      const firstTok = s.words[d.trigger.first], lastTok = s.words[d.trigger.last];
      const pc = placeCountry(d.place);
      const affiliations = new Set<string>();
      // A newspaper reporting is not its country's government.
      for (const p of d.participants) if (p.country && !p.media) affiliations.add(p.country);
      if (family === 'encounter' && pc) affiliations.add(pc);
      const m: MentionCandidate = {
        article: article.id, sentence: s.index, start: s.start, end: s.end,
        quote: article.text.slice(s.start, s.end),
        timex: d.chosen.timex, status: d.status, date: d.chosen.date,
        trigger: { start: firstTok.start, end: lastTok.end },
        dateSource: d.chosen.source,
        type: d.type,
        participants: d.participants.map((p) => p.name),
        place: d.place?.name ?? null,
        lang: article.lang,
        participantIds: d.participants.map((p) => p.id).sort(),
        people: d.participants.filter((p) => p.kind === 'person').map((p) => p.id).sort(),
        affiliations: [...affiliations].sort(),
        placeId: d.place?.id ?? null,
        placeDefinite: d.place?.definite ?? false,
        placeCountry: pc,
        published: dct?.start ?? null,
      };
      // Two clauses of one sentence about the same event ("Scholz is likely to leave ... to meet Macron") are one mention.
      const twin = made.find(({ m: o }) => typeFamily(o.type) === family && family !== 'statement' &&
        (o.participantIds.some((p) => m.participantIds.includes(p)) || o.participantIds.length === 1 || m.participantIds.length === 1) &&
        o.date.start <= m.date.end && m.date.start <= o.date.end);
      if (twin) {
        const o = twin.m;
        const better = (o.dateSource === 'document' && m.dateSource !== 'document') ? m : o;
        const ids = new Set(o.participantIds);
        d.participants.forEach((p) => {
          if (ids.has(p.id)) return;
          o.participants.push(p.name); o.participantIds.push(p.id);
          if (p.kind === 'person') o.people.push(p.id);
        });
        o.people.sort();
        o.participantIds.sort();
        o.affiliations = [...new Set([...o.affiliations, ...m.affiliations])].sort();
        if (typeRank(m.type) > typeRank(o.type)) o.type = m.type;
        if (better === m) Object.assign(o, { date: m.date, timex: m.timex, dateSource: m.dateSource });
        o.place ??= m.place; o.placeId ??= m.placeId; o.placeCountry ??= m.placeCountry;
        continue;
      }
      made.push({ d, m });
      out.push(m);
      recent.push({ sentence: si, family, participants: d.participants, date: d.chosen });
    }
  });
  return out;
});
