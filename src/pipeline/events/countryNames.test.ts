import { describe, expect, it } from 'vitest';
import { intlCountryNames, pressName } from './countryNames.ts';
import { analyseArticle, loadResources } from '../index.ts';
import { analyseSentence } from './sentence.ts';

const resources = loadResources();

describe('country names from Intl.DisplayNames', () => {
  it('gives the long and short names in each language', () => {
    const names = intlCountryNames('US', ['de', 'pl', 'ko', 'zh']);
    expect(names).toEqual(expect.arrayContaining(['Vereinigte Staaten', 'USA', 'Stany Zjednoczone', '미국', '美国']));
  });

  it('keeps press spellings only', () => {
    expect(pressName('Myanmar (Burma)')).toBe('Myanmar');
    expect(pressName('Congo - Kinshasa')).toBeNull();
    expect(pressName('Bosnia & Herzegovina')).toBeNull();
    expect(pressName('MB')).toBeNull();
    expect(pressName('UK')).toBeNull();
    expect(pressName('미국')).toBe('미국');
  });

  it('leaves out the names the data lists as notAliases, and ids that are no ISO region', () => {
    expect(intlCountryNames('JO', ['en', 'de'], ['Jordan'])).toEqual(['Jordanien']);
    expect(intlCountryNames('kim-jong-un', ['en'])).toEqual([]);
  });

  it('a country spelled as Intl spells it, and not in its data file, is an actor (sq "Kore e Jugut", ru "Республика Корея")', () => {
    for (const [lang, text, id] of [
      ['sq', 'Presidenti i Mongolisë dhe Kore e Jugut nënshkruan një traktat më 13 shtator 2023.', 'KR'],
      ['ru', 'Республика Корея подписала договор с Японией 13 сентября 2023 года.', 'KR'],
    ] as const) {
      const a = analyseArticle({ id: lang, file: `${lang}.txt`, text, title: null, url: null, published: { value: '2023-09-14', precision: 'day' }, lang, meta: {}, warnings: [] }, resources);
      expect(a.mentions.flatMap((m) => m.participantIds), lang).toContain(id);
    }
  });
});

describe('capitals in multi-word names', () => {
  const events = resources.events;
  const entitiesOf = (text: string, lang = 'en') =>
    analyseSentence(text, 0, [0, text.length], lang, events.languages.get(lang) ?? events.fallback, events.gazetteer).entities.map((e) => e.entity.id);

  it('a later word the data capitalises must be capitalised in the text too', () => {
    expect(entitiesOf('The White House said it would reply.')).toContain('white-house');
    expect(entitiesOf('White house paint was sold out.')).not.toContain('white-house');
  });

  it('a word hyphened to the one before keeps the press case ("Kim Jong-un")', () => {
    expect(entitiesOf('Kim Jong-un arrived by train.')).toContain('kim-jong-un');
  });
});
