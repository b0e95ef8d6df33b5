/**
 * extractMentions: event mentions of one article, each with its sentence, trigger, participants, place, status
 * and date. Sentence by sentence, clause by clause; language knowledge comes only from the resources.
 */
import type { Article, DateInterval, EventStatus, EventType } from '../../model/timeline.ts';
import { contextTimex, documentDate, documentInterval, governingTimex, sentenceTimexes, type SentenceTimex } from './dateAttach.ts';
import { STATUS_PRIORITY, typeFamily, typeRank } from './families.ts';
import { analyseSentence, hasCompanion, punctBetween, type EntityHit, type SentenceInfo, type TriggerHit } from './sentence.ts';
import { hasMatchAt } from './lexicon.ts';
import type { EventResources, GazetteerEntity, LanguageResources, MentionCandidate, StatusCue } from './types.ts';

const CUE_BEFORE = 6;
const CUE_AFTER = 2;
const NEGATION_BEFORE = 3;
const ANCHOR_GAP = 2;
const SPEAKER_BEFORE = 6;
const SPEAKER_AFTER = 4;
const INHERIT_SENTENCES = 2;
/** Penalty for a timex that already dates the sentence's statement ("said on Monday that X visited in July"). */
const CLAIMED_PENALTY = 4;

interface Participant {
  entity: GazetteerEntity;
}

interface Recent {
  sentence: number;
  family: string;
  participants: GazetteerEntity[];
}

function cueStatus(cue: StatusCue): EventStatus {
  return cue === 'future' ? 'planned' : cue === 'past' ? 'occurred' : cue;
}

function strongest(statuses: EventStatus[]): EventStatus {
  let best: EventStatus = 'occurred';
  for (const st of statuses) if (STATUS_PRIORITY.indexOf(st) < STATUS_PRIORITY.indexOf(best)) best = st;
  return best;
}

/** Status of a trigger from the cues of its clause: negation just before it, modal or tense words around it. */
function triggerStatus(s: SentenceInfo, t: TriggerHit): EventStatus {
  const found: EventStatus[] = [];
  for (const n of s.negations) {
    if (n < t.first && t.first - n <= NEGATION_BEFORE && s.clause[n] === s.clause[t.first] && !punctBetween(s, n, t.first)) found.push('denied');
  }
  for (const c of s.cues) {
    if (s.clause[c.last] !== s.clause[t.first] && s.clause[c.first] !== s.clause[t.first]) continue;
    const before = c.last < t.first && t.first - c.last <= CUE_BEFORE;
    const after = c.first > t.last && c.first - t.last <= CUE_AFTER;
    const inside = c.first >= t.first && c.last <= t.last;
    if (before || after || inside) found.push(cueStatus(c.entry.value));
  }
  return strongest(found);
}

function isAnchored(s: SentenceInfo, t: TriggerHit): boolean {
  return s.anchors.some((a) => a.last < t.first && t.first - a.last - 1 <= ANCHOR_GAP && !punctBetween(s, a.last, t.first));
}

/** Entities named right after a back-referenced event ("after Shoigu's visit to Pyongyang") belong to it. */
function consumedBy(s: SentenceInfo, t: TriggerHit): EntityHit[] {
  return s.entities.filter((e) => e.first > t.last && e.first - t.last <= 5 && !punctBetween(s, t.last, e.first));
}

/** The government a speaker stands for: a capital ("Washington said") speaks for its country. */
function speakerEntity(e: EntityHit, entities: ReadonlyMap<string, GazetteerEntity>): GazetteerEntity | null {
  const k = e.entity.kind;
  if (k === 'person' || k === 'org' || k === 'country') return e.entity;
  if (k === 'site' && e.entity.actor) return e.entity;
  if (k === 'city' && e.entity.capitalOf) return entities.get(e.entity.capitalOf) ?? null;
  return null;
}

function speakerClass(e: GazetteerEntity): string {
  return e.kind === 'person' ? 'person' : e.kind === 'country' ? 'country' : 'org';
}

/** The speaker(s) of a statement trigger: the nearest person, else organisation or government, plus a coordinated list. */
function findSpeakers(s: SentenceInfo, t: TriggerHit, lr: LanguageResources, entities: ReadonlyMap<string, GazetteerEntity>): EntityHit[] {
  const clause = s.clause[t.first];
  // A relative clause right after a name ("the New York Times, which first reported") still has that name as subject.
  let clauseStart = t.first;
  while (clauseStart > 0 && s.clause[clauseStart - 1] === clause) clauseStart--;
  const reach = t.first - clauseStart <= 3 ? clause - 1 : clause;
  const candidates = s.entities.filter((e) => {
    if (e.demonym || !speakerEntity(e, entities)) return false;
    if (e.last < t.first) return t.first - e.last - 1 <= SPEAKER_BEFORE && s.clause[e.last] >= reach && s.clause[e.last] <= clause;
    if (e.first > t.last) return e.first - t.last - 1 <= SPEAKER_AFTER && s.clause[e.first] === clause;
    return false;
  });
  if (!candidates.length) return [];
  const dist = (e: EntityHit) => (e.last < t.first ? t.first - e.last : e.first - t.last + 0.5);
  const persons = candidates.filter((e) => e.entity.kind === 'person');
  const pool = persons.length ? persons : candidates;
  let best = pool[0];
  for (const e of pool) if (dist(e) < dist(best)) best = e;
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
    if (!sp || e.demonym || speakerClass(sp) !== cls || !joined(e, run[0])) break;
    run.unshift(e);
  }
  for (let i = idx + 1; i < s.entities.length; i++) {
    const e = s.entities[i], sp = speakerEntity(e, entities);
    if (!sp || e.demonym || speakerClass(sp) !== cls || !joined(run[run.length - 1], e)) break;
    run.push(e);
  }
  return run;
}

function uniqueEntities(list: GazetteerEntity[]): GazetteerEntity[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** Participants and place of a non-statement mention from the entities of its clause (else its sentence). */
function participantsAndPlace(s: SentenceInfo, clause: number, excluded: ReadonlySet<EntityHit>, type: EventType): { participants: GazetteerEntity[]; place: GazetteerEntity | null } {
  const usable = s.entities.filter((e) => !excluded.has(e));
  const inClause = usable.filter((e) => s.clause[e.first] === clause);
  const pick = (list: EntityHit[]) => {
    const people = list.filter((e) => e.entity.kind === 'person' || e.entity.kind === 'org');
    if (people.length) return people.map((e) => e.entity);
    return list.filter((e) => e.entity.kind === 'country' && !e.locative).map((e) => e.entity);
  };
  let participants = pick(inClause);
  if (!participants.length) participants = pick(usable);
  const isPlace = (e: EntityHit) => !e.demonym && (e.entity.kind === 'city' || e.entity.kind === 'site' || e.entity.kind === 'region');
  const place =
    inClause.find((e) => e.locative && isPlace(e)) ??
    inClause.find((e) => e.locative && e.entity.kind === 'country' && !e.demonym) ??
    inClause.find(isPlace) ??
    (typeFamily(type) === 'encounter' ? inClause.find((e) => e.entity.kind === 'country' && !e.demonym && !participants.includes(e.entity)) : undefined);
  return { participants: uniqueEntities(participants), place: place?.entity ?? null };
}

function placeCountry(place: GazetteerEntity | null): string | null {
  return place ? (place.kind === 'country' ? place.id : place.country) : null;
}

interface Draft {
  type: EventType;
  trigger: { first: number; last: number };
  status: EventStatus;
  participants: GazetteerEntity[];
  place: GazetteerEntity | null;
  chosen: { date: DateInterval; timex: number | null; source: 'timex' | 'context' | 'document' } | null;
}

/** Event mentions of one article (contract Article with resolved timexes and document date). */
export function extractMentions(article: Article, resources: EventResources): MentionCandidate[] {
  const dct = documentInterval(article);
  if (!dct) return [];
  const lr = resources.languages.get(article.lang) ?? resources.fallback;
  const entities = resources.gazetteer.entities;
  const sentences = article.sentences.map((span, i) => analyseSentence(article.text, i, span, article.lang, lr, resources.gazetteer));
  // Short aliases ("Kim") count only where the article also names the person in full.
  const fullNamed = new Set<string>();
  for (const s of sentences) for (const e of s.entities) if (!e.short) fullNamed.add(e.entity.id);
  for (const s of sentences) s.entities = s.entities.filter((e) => !e.short || fullNamed.has(e.entity.id));
  const timexes = sentences.map((s) => sentenceTimexes(article, s, dct));
  const out: MentionCandidate[] = [];
  const recent: Recent[] = [];

  sentences.forEach((s, si) => {
    const drafts: Draft[] = [];
    const excluded = new Set<EntityHit>();
    const triggers = s.triggers.filter((t) => hasCompanion(s, t));
    for (const t of triggers) if (isAnchored(s, t)) for (const e of consumedBy(s, t)) excluded.add(e);
    const live = triggers.filter((t) => !isAnchored(s, t));

    // One statement per sentence: the one a date governs, else the first strong one with a named speaker.
    let claimed: number | null = null;
    let statement: Draft | null = null;
    let bestScore = Infinity;
    for (const t of live.filter((x) => x.value.type === 'statement')) {
      if (s.attributions.some((a) => a < t.first && t.first - a <= 4 && s.clause[a] === s.clause[t.first])) continue;
      const speakers = findSpeakers(s, t, lr, entities);
      if (!speakers.length) continue;
      const status = triggerStatus(s, t) === 'denied' ? 'denied' : 'occurred';
      const gov = governingTimex(s, t, timexes[si], 'occurred', dct);
      const precise = gov && gov.t.date.precision !== 'vague' ? gov : null;
      if (t.value.weak && !precise) continue;
      const score = precise ? precise.score : 1000;
      if (statement && score >= bestScore) continue;
      bestScore = score;
      for (const e of speakers) excluded.add(e);
      statement = {
        type: 'statement', trigger: t, status,
        participants: uniqueEntities(speakers.map((e) => speakerEntity(e, entities)!)),
        place: null,
        chosen: precise ? { date: precise.t.date, timex: precise.t.index, source: 'timex' } : { date: documentDate(dct, status), timex: null, source: 'document' },
      };
      claimed = precise ? precise.t.index : null;
    }
    if (statement) drafts.push(statement);

    // Other events: same-family triggers of one clause are one mention ("travel to Russia to meet Putin").
    const groups: TriggerHit[][] = [];
    for (const t of live) {
      if (t.value.type === 'statement') continue;
      const g = groups.find((x) => s.clause[x[0].first] === s.clause[t.first] && typeFamily(x[0].value.type) === typeFamily(t.value.type));
      if (g) g.push(t);
      else groups.push([t]);
    }
    for (const g of groups) {
      const type = g.reduce((a, t) => (typeRank(t.value.type) > typeRank(a) ? t.value.type : a), g[0].value.type);
      const status = strongest(g.map((t) => triggerStatus(s, t)));
      let gov: { t: SentenceTimex; score: number } | null = null;
      for (const t of g) {
        const cand = governingTimex(s, t, timexes[si].map((x) => x), status, dct);
        if (cand && cand.t.index === claimed) cand.score += CLAIMED_PENALTY;
        if (cand && (!gov || cand.score < gov.score)) gov = cand;
      }
      let chosen: Draft['chosen'];
      if (gov) chosen = { date: gov.t.date, timex: gov.t.index, source: 'timex' };
      else {
        const ctx = contextTimex(timexes[si - 1] ?? [], timexes[si + 1] ?? [], status, dct);
        chosen = ctx ? { date: ctx.date, timex: ctx.index, source: 'context' } : { date: documentDate(dct, status), timex: null, source: 'document' };
      }
      const { participants, place } = participantsAndPlace(s, s.clause[g[0].first], excluded, type);
      drafts.push({ type, trigger: { first: g[0].first, last: g[g.length - 1].last }, status, participants, place, chosen });
    }

    for (const d of drafts) {
      const family = typeFamily(d.type);
      const near = recent.filter((r) => si - r.sentence <= INHERIT_SENTENCES);
      if (!d.participants.length) {
        // "The leader could make the trip this month": the actors are those of the sentence before.
        const prev = near[near.length - 1];
        d.participants = prev ? prev.participants : [];
        if (!d.participants.length && si > 0) d.participants = uniqueEntities(sentences[si - 1].entities.filter((e) => e.entity.kind === 'person').map((e) => e.entity));
      } else if (family === 'encounter' && d.type === 'meeting' && d.participants.length === 1) {
        // A meeting has two sides; "There he would meet Putin" takes the other side from the sentence before.
        const prev = [...near].reverse().find((r) => r.family === family);
        if (prev) d.participants = uniqueEntities([...prev.participants, ...d.participants]);
      }
      if (!d.participants.length || !d.chosen) continue;
      if (d.status === 'occurred' && d.chosen.date.start > dct.end) d.status = 'planned';
      const firstTok = s.words[d.trigger.first], lastTok = s.words[d.trigger.last];
      const pc = placeCountry(d.place);
      const affiliations = new Set<string>();
      for (const p of d.participants) if (p.country) affiliations.add(p.country);
      if (family === 'encounter' && pc) affiliations.add(pc);
      out.push({
        article: article.id,
        sentence: s.index,
        start: s.start,
        end: s.end,
        quote: article.text.slice(s.start, s.end),
        timex: d.chosen.timex,
        status: d.status,
        date: d.chosen.date,
        trigger: { start: firstTok.start, end: lastTok.end },
        dateSource: d.chosen.source,
        type: d.type,
        participants: d.participants.map((p) => p.name),
        place: d.place?.name ?? null,
        lang: article.lang,
        participantIds: d.participants.map((p) => p.id).sort(),
        affiliations: [...affiliations].sort(),
        placeId: d.place?.id ?? null,
        placeCountry: pc,
        published: dct.start,
      });
      recent.push({ sentence: si, family, participants: d.participants });
    }
  });
  return out;
}

export type { Participant };
