/**
 * A small hand-made contract timeline for the export tests: every precision (day, week, month, season across a
 * year end, quarter, year, range, vague), every status, non-Latin and right-to-left text, and the hostile cells
 * exporters must survive (a `<script>` quote, commas, quotes, a line break, a leading `=`, `javascript:` URL).
 * Articles are built from sentences so that `quote === text.slice(start, end)` holds by construction.
 */
import { timexInterval, timexRangeInterval } from '../../model/timexValue.ts';
import type { Article, DateInterval, EventStatus, EventType, Mention, Timeline, TimelineEvent } from '../../model/timeline.ts';

interface ArticleSpec {
  id: string;
  lang: string;
  title: string;
  url: string | null;
  published: string | null;
  sentences: string[];
}

function article(spec: ArticleSpec): Article {
  let text = '';
  const sentences: Array<[number, number]> = [];
  spec.sentences.forEach((sentence, i) => {
    if (i > 0) text += ' ';
    sentences.push([text.length, text.length + sentence.length]);
    text += sentence;
  });
  const published = spec.published ? timexInterval(spec.published)! : null;
  return {
    id: spec.id, file: `${spec.id}.txt`, lang: spec.lang, title: spec.title, url: spec.url,
    published: published && {
      value: spec.published!, precision: published.precision as 'day' | 'month' | 'year', source: 'metadata',
      window: [published.start, published.end], evidence: ['front matter'],
    },
    text, sentences, timexes: [],
  };
}

export const ARTICLES: Article[] = [
  article({
    id: '000_en', lang: 'en', title: 'Kim arrives, Putin waits: "a new era"', url: 'https://example.org/news/kim?x=1&y=2',
    published: '2023-09-13',
    sentences: [
      'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday, 13 September.',
      'An aide said <script>alert("x")</script> & "nothing else", then left.',
      'The talks,\nofficials said, "could last days".',
      '=HYPERLINK("http://evil.example","click")',
    ],
  }),
  article({
    id: '001_ko', lang: 'ko', title: '김정은 위원장, 블라디보스토크 도착', url: null, published: '2023-09',
    sentences: [
      '김정은 국무위원장과 블라디미르 푸틴 대통령은 9월 중 러시아 블라디보스토크에서 정상회담을 가질 것으로 예상된다고 외교 소식통이 전했다.',
      '북한은 올해 가을 대규모 군사 훈련을 실시할 가능성이 있다.',
    ],
  }),
  article({
    id: '002_ru', lang: 'ru', title: 'Поставки оружия опровергнуты', url: 'javascript:alert(1)', published: '2023-10-02',
    sentences: [
      'Москва опровергла сообщения о поставках оружия в октябре.',
      'Поезд Ким Чен Ына находился в пути с 10 по 13 сентября.',
    ],
  }),
  article({
    id: '003_ar', lang: 'ar', title: 'رسائل بين الزعيمين', url: 'http://example.net/ar/1', published: '2019',
    sentences: [
      'تبادل الزعيمان رسائل خلال عام 2019 بحسب مزاعم لم يتم التحقق منها.',
      '-1 يوم قبل القمة، أعلنت الوزارة عن بيان.',
    ],
  }),
  article({
    id: '004_nodate', lang: 'en', title: '@channel briefing', url: 'https://example.com/briefing', published: null,
    sentences: [
      'A joint statement is expected in the last week of August.',
      'A winter drill is planned for December through February.',
      'Officials hinted at talks at some point in the fourth quarter.',
      'Contacts continued at some point earlier this year.',
    ],
  }),
];

const byId = new Map(ARTICLES.map((a) => [a.id, a]));

function mention(articleId: string, sentence: number, status: EventStatus, date: DateInterval): Mention {
  const a = byId.get(articleId)!;
  const [start, end] = a.sentences[sentence];
  return { article: articleId, sentence, start, end, quote: a.text.slice(start, end), timex: null, status, date };
}

const date = (value: string, endValue?: string): DateInterval => timexRangeInterval(value, endValue)!;

function event(
  id: string, type: EventType, title: string, status: EventStatus, when: DateInterval,
  mentions: Array<[string, number]>, extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id, type, title, participants: [], place: null, date: when, status,
    mentions: mentions.map(([a, s]) => mention(a, s, status, when)), conflicts: [], ...extra,
  };
}

const VAGUE: DateInterval = { value: 'PAST_REF', precision: 'vague', start: '2023-01-01', end: '2023-06-30' };

export const EVENTS: TimelineEvent[] = [
  event('kim-jong-un--letter--2019', 'letter', 'Kim Jong Un and Donald Trump exchange letters', 'alleged', date('2019'),
    [['003_ar', 0]], { participants: ['Kim Jong Un', 'Donald Trump'] }),
  event('contacts--vague', 'other', 'Contacts continue', 'occurred', VAGUE, [['004_nodate', 3]]),
  event('statement--2023-W35', 'statement', 'Joint statement expected', 'expected', date('2023-W35'),
    [['004_nodate', 0], ['003_ar', 1]]),
  event('kim-jong-un--vladimir-putin--summit--2023-09', 'summit', 'Kim Jong Un and Vladimir Putin, "summit" in Russia', 'expected',
    date('2023-09'), [['001_ko', 0], ['000_en', 2]],
    { participants: ['Kim Jong Un', 'Vladimir Putin'], place: 'Vladivostok' }),
  event('kim-jong-un--visit--2023-09-10', 'visit', 'Kim Jong Un travels by train', 'ongoing',
    date('2023-09-10', '2023-09-13'), [['002_ru', 1]], { participants: ['Kim Jong Un'] }),
  event('kim-jong-un--vladimir-putin--meeting--2023-09-13', 'meeting', 'Kim Jong Un and Vladimir Putin meet', 'occurred',
    date('2023-09-13'), [['000_en', 0], ['000_en', 1], ['000_en', 3]],
    { participants: ['Kim Jong Un', 'Vladimir Putin'], place: 'Vostochny Cosmodrome' }),
  event('arms-transfer--2023-10', 'arms_transfer', '=Arms transfer to Russia', 'denied', date('2023-10'),
    [['002_ru', 0]], { participants: ['North Korea', 'Russia'] }),
  event('talks--2023-Q4', 'meeting', 'Talks in the fourth quarter', 'possible', date('2023-Q4'), [['004_nodate', 2]]),
  event('drill--2023-WI', 'military_exercise', 'Winter drill', 'planned', date('2023-WI'), [['004_nodate', 1]]),
  event('exercise--2024-FA', 'military_exercise', 'North Korea holds large military exercise', 'possible', date('2024-FA'),
    [['001_ko', 1]], { participants: ['North Korea'] }),
];

export const SAMPLE_TIMELINE: Timeline = {
  schema: 'dateline/1',
  articles: ARTICLES,
  events: EVENTS,
  warnings: [],
};

export function sampleEvent(id: string): TimelineEvent {
  const found = EVENTS.find((e) => e.id === id);
  if (!found) throw new Error(`no fixture event ${id}`);
  return found;
}
