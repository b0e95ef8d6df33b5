import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../model/calendar.ts';
import { edgeOccurrences, hasEdges, parseOccurrence } from './newsEvents.ts';
import { dateOf, named } from './undatedText.testHelper.ts';

/**
 * `eventEdges` (lang/<iso>/temporal.json): a word beside the name of an event that lasts several days names its first
 * or its last day. COP28 ran from Thursday 30 November to Wednesday 13 December 2023; "opened on Thursday" is the
 * first day, not one of the fortnight's two Thursdays, so an undated report of it is dated that day. [lang, text, day].
 */
const openings: Array<[string, string, string]> = [
  ['en', 'COP28 opened in Dubai on Thursday with a deal on a loss and damage fund.', '2023-11-30'],
  ['de', 'Die COP28 wurde am Donnerstag in Dubai eröffnet, gleich zu Beginn gab es eine Einigung auf einen Fonds.', '2023-11-30'],
  ['fr', "La COP28 s'est ouverte jeudi à Dubaï avec un accord sur un fonds pour les pertes et dommages.", '2023-11-30'],
  ['es', 'La COP28 arrancó el jueves en Dubái con un acuerdo sobre un fondo de pérdidas y daños.', '2023-11-30'],
  ['it', 'La COP28 si è aperta giovedì a Dubai con un accordo sul fondo per perdite e danni.', '2023-11-30'],
  ['pt', 'A COP28 abriu na quinta-feira em Dubai com um acordo sobre um fundo de perdas e danos.', '2023-11-30'],
  ['pl', 'COP28 rozpoczął się w czwartek w Dubaju porozumieniem w sprawie funduszu strat i szkód.', '2023-11-30'],
  ['ru', 'COP28 открылась в четверг в Дубае соглашением о фонде потерь и ущерба.', '2023-11-30'],
  ['uk', 'COP28 відкрилася у четвер у Дубаї угодою про фонд втрат і збитків.', '2023-11-30'],
  ['nl', 'De COP28 opende donderdag in Dubai met een akkoord over een schadefonds.', '2023-11-30'],
  ['sq', 'COP28 u hap të enjten në Dubai me një marrëveshje për një fond dëmesh.', '2023-11-30'],
  ['ko', 'COP28이 30일 두바이에서 개막했다. 첫날 손실과 피해 기금에 합의했다.', '2023-11-30'],
  ['ja', 'COP28が30日、ドバイで開幕した。初日に損失と損害の基金で合意した。', '2023-11-30'],
  ['zh', '第28届联合国气候变化大会（COP28）30日在迪拜开幕，首日就损失与损害基金达成一致。', '2023-11-30'],
];

describe('an opening word makes a several-day event its first day', () => {
  it.each(openings)('%s: %s', (lang, text, day) => {
    // (zh names the conference series, "联合国气候变化大会", with COP28 in brackets: its opening day is as good.)
    expect(named(text, lang).filter((h) => h.edge === 'start').map((h) => h.id)).toEqual([expect.stringMatching(/^(cop28|un-climate-conference)/)]);
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('a closing word makes it its last day', () => {
  it.each([
    ['en', 'COP28 ended in Dubai on Wednesday with a deal to transition away from fossil fuels.', '2023-12-13'],
    ['de', 'Die COP28 endete am Mittwoch in Dubai mit einem Beschluss zur Abkehr von fossilen Brennstoffen.', '2023-12-13'],
    ['fr', "La COP28 s'est achevée mercredi à Dubaï sur un accord de transition hors des énergies fossiles.", '2023-12-13'],
    ['ru', 'COP28 завершилась в среду в Дубае решением об отказе от ископаемого топлива.', '2023-12-13'],
    // "yesterday" and the closing day: the day after it.
    ['en', 'The Paris Olympics closed yesterday with a ceremony at the Stade de France.', '2024-08-12'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

/**
 * An election of two rounds is one occurrence from the first polling day to the runoff (2022 French presidential:
 * 10 and 24 April): "second tour", "Stichwahl", "segundo turno" name its last day, "first round" its first.
 */
describe('a runoff is the last day of a two-round election, the first round its first', () => {
  it.each([
    ['fr', "Emmanuel Macron a été réélu dimanche au second tour de l'élection présidentielle française de 2022.", '2022-04-24'],
    ['fr', "Le premier tour de l'élection présidentielle française de 2022 a eu lieu dimanche.", '2022-04-10'],
    ['en', 'Macron won the runoff of the 2022 French presidential election on Sunday.', '2022-04-24'],
    ['de', 'In der Stichwahl am Sonntag hat Macron die französische Präsidentschaftswahl 2022 gewonnen.', '2022-04-24'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('rounds a series lists as days of their own are one election', () => {
  const occ = ['2017-04-23', '2017-05-07', '2022-04-10', '2022-04-24', '2023-06-01'].map((w) => parseOccurrence(w)!);
  const days = (list: ReturnType<typeof edgeOccurrences>) => list.map((o) => (o.from === o.to ? o.from : [o.from, o.to]));
  it('the runoff is the later day of each pair, the first round the earlier; a lone day stays', () => {
    expect(hasEdges(occ, 'election')).toBe(true);
    // Launches or test flights weeks apart are separate events.
    expect(hasEdges(occ, 'space')).toBe(false);
    // One entry per occurrence (cue counts are per occurrence): both rounds become the runoff, or the first round.
    expect(days(edgeOccurrences(occ, 'end', 'election'))).toEqual(['2017-05-07', '2017-05-07', '2022-04-24', '2022-04-24', '2023-06-01'].map(dayNumber));
    expect(days(edgeOccurrences(occ, 'start', 'election'))).toEqual(['2017-04-23', '2017-04-23', '2022-04-10', '2022-04-10', '2023-06-01'].map(dayNumber));
  });

  it('yearly days are no rounds', () => {
    expect(hasEdges(['2021-06-01', '2022-06-01', '2023-06-01'].map((w) => parseOccurrence(w)!), 'election')).toBe(false);
  });
});

describe('without such a word the event keeps all its days', () => {
  it('"on Thursday" at COP28 is one of its two Thursdays: no single day', () => {
    const text = 'Delegates met in Dubai on Thursday at COP28 to discuss a loss and damage fund.';
    expect(named(text, 'en').find((h) => h.id.startsWith('cop28'))?.edge).toBeUndefined();
    expect(dateOf(text, 'en')?.precision).not.toBe('day');
  });

  it('a long event (a pandemic, a war) has no edges: "closed schools" is what it did', () => {
    expect(named('The COVID-19 pandemic closed schools across the country.', 'en').map((h) => h.edge)).toEqual([undefined]);
  });

  it('an event known only by its month is not narrowed to the 1st', () => {
    // The 2003 European heatwave is dated "2003-08" in the data: its "start" is not 1 August.
    const hit = named("La canicule de 2003 a commencé au début du mois d'août.", 'fr').find((h) => h.id === 'european-heatwave-2003');
    expect(hit?.occurrences.map((o) => [o.from, o.to].join('..'))).toEqual([expect.stringMatching(/^\d+\.\.\d+$/)]);
    expect(hit!.occurrences[0].to - hit!.occurrences[0].from).toBe(30);
  });
});

describe('who was elected or won names the round that decided an election, its last', () => {
  it.each([
    ['fr', "Emmanuel Macron réélu : au lendemain de la présidentielle, le chef de l'État a réuni ses proches lundi.", 'french-presidential-election-2022', '2022-04-25'],
    ['pl', 'Andrzej Duda wygrał w niedzielę wybory prezydenckie, pokonując Rafała Trzaskowskiego.', 'polish-presidential-election-2020', '2020-07-12'],
  ])('%s: %s', (lang, text, id, day) => {
    expect(named(text, lang).filter((h) => h.edge === 'end').map((h) => h.id)).toEqual([id]);
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });

  it('only elections have such rounds: a medal won at the Games is no day of them', () => {
    expect(named('Spain won a gold medal at the Paris Olympics on Thursday.', 'en').map((h) => h.edge)).toEqual([undefined]);
  });
});

describe('a conclave is an election: the pope is elected on its last day, the white smoke\'s', () => {
  it.each([
    ['it', 'La fumata bianca di ieri ha dato alla Chiesa il suo primo papa americano, Leone XIV.'],
    ['en', 'White smoke rose over the Sistine Chapel yesterday, and Leo XIV appeared on the balcony.'],
    ['de', 'Das Konklave hat gestern Kardinal Prevost zum Papst gewählt; er nennt sich Leo XIV.'],
    ['pl', 'Konklawe wybrało wczoraj kardynała Prevosta, który przyjął imię Leon XIV.'],
  ])('%s: %s', (lang, text) => {
    expect(dateOf(text, lang)).toEqual({ value: '2025-05-09', precision: 'day' });
  });
});
