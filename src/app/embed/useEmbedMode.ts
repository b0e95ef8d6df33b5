/**
 * Turns embed mode on for the page when it was asked for (see embedMode.ts): marks <html data-embed> for
 * embed.css, reports the content height to the parent window and sends page-leaving links to a new tab.
 */
import { useEffect, useState } from 'react';
import { isEmbedRequested, leavesPage, startHeightReporter } from './embedMode.ts';
import './embed.css';

/** Capture-phase click handler: a link that would navigate the iframe away opens in a new tab instead. */
function linksToNewTab(doc: Document): () => void {
  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || !leavesPage(anchor.href, doc.location.href)) return;
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}

/** Read once, on first render: later hash rewrites (deep links) may drop a `#embed` flag. */
export function useEmbedMode(): boolean {
  const [embedded] = useState(() => typeof window !== 'undefined' && isEmbedRequested(window.location));
  useEffect(() => {
    if (!embedded) return;
    const root = document.documentElement;
    root.setAttribute('data-embed', '');
    const stopLinks = linksToNewTab(document);
    // Only a framed page has someone to tell; '*' because the height is not a secret and the host's origin
    // is unknown. The host's snippet checks that the message comes from its own iframe.
    const framed = window.parent !== window;
    const stopHeight = framed && typeof ResizeObserver !== 'undefined'
      ? startHeightReporter(document.body, (message) => window.parent.postMessage(message, '*'))
      : () => {};
    return () => {
      root.removeAttribute('data-embed');
      stopLinks();
      stopHeight();
    };
  }, [embedded]);
  return embedded;
}
