// @vitest-environment jsdom
/** public/embed.js, the host-page snippet, run as a host page would run it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { heightMessage } from './embedMode.ts';

const SNIPPET = readFileSync(resolve(import.meta.dirname, '../../../public/embed.js'), 'utf8');
const ORIGIN = 'https://timeline.example';

function frame(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('data-dateline', '');
  iframe.src = src;
  document.body.append(iframe);
  return iframe;
}

function send(data: unknown, source: Window | null, origin: string) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

describe('public/embed.js', () => {
  beforeAll(() => {
    new Function(SNIPPET)(); // the file is plain browser JS, tested as shipped
    new Function(SNIPPET)(); // a second copy must not add a second listener
  });

  it('sizes the iframe the message came from', () => {
    const a = frame(`${ORIGIN}/dateline/?embed`), b = frame(`${ORIGIN}/other/?embed`);
    send(heightMessage(612.3), a.contentWindow, ORIGIN);
    expect(a.style.height).toBe('613px');
    expect(b.style.height).toBe('');
  });

  it('ignores messages from another origin, from other windows, or of another shape', () => {
    const a = frame(`${ORIGIN}/dateline/?embed#event=x`);
    send(heightMessage(400), a.contentWindow, 'https://evil.example');
    send(heightMessage(400), window, ORIGIN);
    send({ type: 'dateline:height', height: '400' }, a.contentWindow, ORIGIN);
    send({ type: 'other', height: 400 }, a.contentWindow, ORIGIN);
    expect(a.style.height).toBe('');
  });

  it('ignores iframes without data-dateline and caps absurd heights', () => {
    const plain = document.createElement('iframe');
    plain.src = `${ORIGIN}/dateline/`;
    document.body.append(plain);
    send(heightMessage(300), plain.contentWindow, ORIGIN);
    expect(plain.style.height).toBe('');
    const a = frame(`${ORIGIN}/dateline/`);
    send(heightMessage(1e9), a.contentWindow, ORIGIN);
    expect(a.style.height).toBe('100000px');
  });
});
