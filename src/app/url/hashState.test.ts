import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters/filterEvents.ts';
import { EMPTY_HASH_STATE, formatHash, parseHash, type HashState } from './hashState.ts';

const full: HashState = {
  event: 'kim-jong-un--vladimir-putin--meeting--2023-09',
  range: ['2023-01-01', '2023-12-31'],
  view: 'list',
  filters: { ...NO_FILTERS, q: 'w zeszłym tygodniu & co', types: ['meeting', 'visit'], statuses: ['occurred'], langs: ['pl', 'pt'],
    articles: ['26-name with spaces ü', 'a,b'], participants: ['Kim Jong Un'] },
};

describe('hash state', () => {
  it('round-trips every field, including awkward characters', () => {
    expect(parseHash(formatHash(full))).toEqual(full);
  });
  it('formats a readable hash in a fixed key order', () => {
    expect(formatHash({ ...EMPTY_HASH_STATE, event: 'e1', range: ['2023-01-01', '2023-12-31'], filters: { ...NO_FILTERS, types: ['meeting', 'visit'] } }))
      .toBe('#event=e1&from=2023-01-01&to=2023-12-31&type=meeting,visit');
  });
  it('the empty state is the empty hash, and back', () => {
    expect(formatHash(EMPTY_HASH_STATE)).toBe('');
    expect(parseHash('')).toEqual(EMPTY_HASH_STATE);
    expect(parseHash('#')).toEqual(EMPTY_HASH_STATE);
  });
  it('drops malformed parts instead of failing', () => {
    const parsed = parseHash('#event=&from=2023-13-01&to=2023-12-31&q=%E0%A4%A&type=,meeting,,meeting&junk&=x&lang=%ZZ,pl');
    expect(parsed.event).toBeNull();
    expect(parsed.range).toBeNull();
    expect(parsed.filters.q).toBe('');
    expect(parsed.filters.types).toEqual(['meeting']);
    expect(parsed.filters.langs).toEqual(['pl']);
  });
  it('a reversed range is ignored; + is a space in hand-written queries', () => {
    expect(parseHash('#from=2024-01-01&to=2023-01-01').range).toBeNull();
    expect(parseHash('#q=kim+putin').filters.q).toBe('kim putin');
  });
  it('knows the sources view; an unknown view is the timeline', () => {
    expect(formatHash({ ...EMPTY_HASH_STATE, view: 'sources' })).toBe('#view=sources');
    expect(parseHash('#view=sources').view).toBe('sources');
    expect(parseHash('#view=Sources').view).toBe('timeline');
    expect(parseHash('#view=constructor').view).toBe('timeline');
  });
});
