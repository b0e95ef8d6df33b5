// @vitest-environment jsdom
/** The picture of the view is a standalone SVG that parses, with the plot, a legend and a source line. */
import { describe, expect, it } from 'vitest';
import { LEGEND } from '../timeline/statusStyle.ts';
import { pictureFileName, pictureOf, svgDataUrl } from './picture.ts';

describe('pictureOf', () => {
  it('makes a standalone SVG that DOMParser reads back', () => {
    document.body.innerHTML = `<section class="timeline"><svg class="plot-svg" width="600" height="200" data-visible-start="2023-01-01" data-visible-end="2023-12-31">
      <g class="marks"><rect class="mark-shape" x="10" y="50" width="40" height="12" tabindex="0"></rect><text x="60" y="60">Kim &amp; Putin meet</text></g></svg></section>`;
    const plot = document.querySelector<SVGSVGElement>('.plot-svg')!;
    const picture = pictureOf(plot, { title: 'Kim <and> Putin', source: 'Source: 3 events from 2 articles' });
    expect(picture.width).toBe(600);
    expect(picture.height).toBeGreaterThan(200);
    const parsed = new DOMParser().parseFromString(picture.svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    const root = parsed.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 600 ${picture.height}`);
    expect(root.textContent).toContain('Kim <and> Putin');
    expect(root.textContent).toContain('Kim & Putin meet');
    expect(root.textContent).toContain('Source: 3 events from 2 articles');
    for (const { label } of LEGEND) expect(root.textContent).toContain(label);
    expect(parsed.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(svgDataUrl(picture.svg)).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(pictureFileName('png', '2023-01-01--2023-12-31')).toBe('timeline-2023-01-01--2023-12-31.png');
  });
});
