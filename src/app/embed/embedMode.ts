/**
 * Embed mode, pure parts. A page that shows the timeline in an <iframe> asks for it with `?embed` in the iframe's
 * src (or `#embed` where only the hash can be set). The query is preferred: the hash belongs to deep links
 * (`#event=…&from=…`), which the app rewrites as the view changes, so a flag kept there could be dropped.
 * Embedded, the app hides the page chrome, reports its height to the parent page (see public/embed.js) and opens
 * every link that leaves the page in a new tab, so a click never navigates the host's iframe away.
 */

/** The message the app posts to its parent window; the README's snippet listens for it. */
export const HEIGHT_MESSAGE = 'dateline:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** CSS pixels, rounded up, of the app's content. */
  height: number;
}

const OFF = new Set(['0', 'false', 'no', 'off']);

/** True for `?embed`, `?embed=1`, `#embed` or `#…&embed&…`; false for `?embed=0` / `false` / `no` / `off`. */
export function isEmbedRequested(location: Pick<Location, 'search' | 'hash'>): boolean {
  const query = new URLSearchParams(location.search);
  if (query.has('embed')) return !OFF.has((query.get('embed') ?? '').toLowerCase());
  return location.hash.replace(/^#/, '').split('&').some((part) => part === 'embed' || part === 'embed=1');
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.max(0, Math.ceil(height)) };
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<HeightMessage>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0;
}

/**
 * Whether following `href` would leave the current document (another page or site), rather than move within it
 * (`#…` links). Such links must open in a new tab when embedded.
 */
export function leavesPage(href: string, pageHref: string): boolean {
  let target: URL, page: URL;
  try {
    target = new URL(href, pageHref);
    page = new URL(pageHref);
  } catch {
    return false; // not a URL the browser would follow either
  }
  if (!/^(https?|file):$/.test(target.protocol)) return target.protocol !== 'javascript:' && target.protocol !== 'blob:';
  return target.origin !== page.origin || target.pathname !== page.pathname || target.search !== page.search;
}

type ObserverClass = new (callback: () => void) => Pick<ResizeObserver, 'observe' | 'disconnect'>;

/**
 * Calls `post` with the element's height now and whenever it changes (ResizeObserver), skipping repeats.
 * Returns the function that stops it. The element should be sized by its content, not by the viewport: a
 * `min-height: 100vh` would only ever let the iframe grow (embed.css removes it).
 */
export function startHeightReporter(
  element: Element,
  post: (message: HeightMessage) => void,
  Observer: ObserverClass = ResizeObserver,
): () => void {
  let last = -1;
  const report = () => {
    const message = heightMessage(Math.max(element.getBoundingClientRect().height, element.scrollHeight));
    if (message.height === last) return;
    last = message.height;
    post(message);
  };
  const observer = new Observer(report);
  observer.observe(element);
  report();
  return () => observer.disconnect();
}
