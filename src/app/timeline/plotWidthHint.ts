/**
 * How wide the timeline's plot will be, measured before the app's first render on a stand-in with the same
 * classes (the page's shell, main area, timeline box and plot), so that the first render can lay the events out
 * at once. Without it the first render has no width: the timeline is rendered and committed once empty, the page
 * laid out in the middle of that commit to measure the plot, and the timeline rendered again (at 10,000 events a
 * good part of the time before the first mark). A wrong hint costs nothing more than no hint: the plot's
 * ResizeObserver reports the real width before the first paint and the timeline renders again.
 */
let hint: number | null = null;

/** Measures the plot's width in `root` as the app will draw it (`embedded`: with the embed mode's styles). */
export function measurePlotWidthHint(root: HTMLElement, embedded: boolean): number | null {
  const html = document.documentElement;
  const addEmbed = embedded && !html.hasAttribute('data-embed');
  if (addEmbed) html.setAttribute('data-embed', '');
  const app = document.createElement('div');
  app.className = 'app';
  app.setAttribute('aria-hidden', 'true');
  app.style.visibility = 'hidden';
  const main = app.appendChild(document.createElement('main'));
  main.className = 'app-main';
  const section = main.appendChild(document.createElement('section'));
  section.className = 'timeline';
  const plot = section.appendChild(document.createElement('div'));
  plot.className = 'plot';
  root.appendChild(app);
  const width = Math.floor(plot.getBoundingClientRect().width);
  app.remove();
  if (addEmbed) html.removeAttribute('data-embed');
  hint = width > 0 ? width : null;
  return hint;
}

/** The measured width, or null when none was measured (tests, or a page without layout). */
export function plotWidthHint(): number | null {
  return hint;
}
