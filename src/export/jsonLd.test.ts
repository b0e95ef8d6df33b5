import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/timeline.ts';
import { SAMPLE_TIMELINE, sampleEvent } from './__fixtures__/sample.ts';
import { toJsonLd } from './jsonLd.ts';

const text = toJsonLd(SAMPLE_TIMELINE, { siteTitle: 'Dateline </script><script>alert(1)</script>' });
const data = JSON.parse(text);
const item = (id: string) => data.itemListElement.find((el: { item: { identifier: string } }) => el.item.identifier === id).item;

describe('toJsonLd', () => {
  it('parses as JSON and contains no raw <, > or &', () => {
    expect(text).not.toMatch(/[<>&]/);
    expect(data.name).toBe('Dateline </script><script>alert(1)</script>');
  });

  it('is a schema.org ItemList of Events in timeline order', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('ItemList');
    expect(data.numberOfItems).toBe(SAMPLE_TIMELINE.events.length);
    data.itemListElement.forEach((el: { '@type': string; position: number; item: Record<string, unknown> }, i: number) => {
      expect(el['@type']).toBe('ListItem');
      expect(el.position).toBe(i + 1);
      expect(el.item['@type']).toBe('Event');
      expect(el.item.identifier).toBe(SAMPLE_TIMELINE.events[i].id);
    });
  });

  it('writes ISO dates at the event precision', () => {
    expect(item('kim-jong-un--vladimir-putin--meeting--2023-09-13')).toMatchObject({ startDate: '2023-09-13', endDate: '2023-09-13' });
    expect(item('kim-jong-un--vladimir-putin--summit--2023-09')).toMatchObject({ startDate: '2023-09', endDate: '2023-09' });
    expect(item('kim-jong-un--letter--2019')).toMatchObject({ startDate: '2019', endDate: '2019' });
    expect(item('drill--2023-WI')).toMatchObject({ startDate: '2023-12', endDate: '2024-02' });
    expect(item('statement--2023-W35')).toMatchObject({ startDate: '2023-08-28', endDate: '2023-09-03' });
  });

  it('maps statuses to schema.org EventStatusType, leaving unconfirmed ones out', () => {
    expect(item('kim-jong-un--vladimir-putin--meeting--2023-09-13').eventStatus).toBe('https://schema.org/EventScheduled');
    expect(item('drill--2023-WI').eventStatus).toBe('https://schema.org/EventScheduled');
    expect(item('arms-transfer--2023-10').eventStatus).toBe('https://schema.org/EventCancelled');
    expect(item('talks--2023-Q4')).not.toHaveProperty('eventStatus');
    expect(item('kim-jong-un--letter--2019')).not.toHaveProperty('eventStatus');
  });

  it('has the place as a Place and only generated English text', () => {
    expect(item('kim-jong-un--vladimir-putin--summit--2023-09').location).toEqual({ '@type': 'Place', name: 'Vladivostok' });
    for (const article of SAMPLE_TIMELINE.articles) {
      for (const [start, end] of article.sentences) expect(text).not.toContain(JSON.stringify(article.text.slice(start, end)).slice(1, -1));
      expect(text).not.toContain(article.title);
      if (article.url) expect(text).not.toContain(article.url);
    }
  });

  it('escapes markup in generated fields too', () => {
    const timeline: Timeline = { ...SAMPLE_TIMELINE, events: [{ ...sampleEvent('talks--2023-Q4'), title: '</script><!--' }] };
    const out = toJsonLd(timeline, { siteTitle: 'x' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out).itemListElement[0].item.name).toBe('</script><!--');
  });
});
