/**
 * TimelineJS 3 export (https://timeline.knightlab.com/docs/json-format.html): one slide per event.
 *
 * TimelineJS puts headline, text, caption and credit into innerHTML, so every string that reaches those fields
 * is HTML-escaped here; article text is never passed through as markup. Dates use TimelineJS's own precision
 * rule (a date object without `day` is a month, without `month` a year), so a month-precision event is
 * `{ year: 2023, month: 9 }`, not a false 1 September.
 */
import { formatDateInterval } from '../model/dateLabels.ts';
import type { Article, Timeline, TimelineEvent } from '../model/timeline.ts';
import { intervalEnds } from './dateParts.ts';
import { escapeHtml } from './html.ts';
import { articlesById, eventSources, firstSourceUrl, oneLine } from './sources.ts';

export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJSText {
  headline?: string;
  /** HTML. */
  text?: string;
}

export interface TimelineJSMedia {
  url: string;
  caption?: string;
  credit?: string;
}

export interface TimelineJSSlide {
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text?: TimelineJSText;
  media?: TimelineJSMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
  /** TimelineJS turns URLs in text into links unless false; quotes are untrusted article text, so we say false. */
  autolink?: boolean;
}

/** The title slide: like an event slide but without dates (TimelineJS3 `title` is a slide object, not a string). */
export interface TimelineJSTitleSlide {
  text?: TimelineJSText;
  media?: TimelineJSMedia;
}

export interface TimelineJSDocument {
  title?: TimelineJSTitleSlide;
  events: TimelineJSSlide[];
}

export interface TimelineJSOptions {
  /** Headline of the title slide; no title slide when absent. */
  title?: string;
}

/** First line of every slide text: the import reads it back, and readers see forecasts are not facts. */
export const STATUS_LINE_PREFIX = 'Status: ';

/** TimelineJS reads `month` / `day` as present-or-absent precision markers. */
function dateObject(isoPrefix: string): TimelineJSDate {
  const [year, month, day] = isoPrefix.split('-').map(Number);
  const date: TimelineJSDate = { year };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return date;
}

/** TimelineJS formats day / month / year itself; other precisions need words ("autumn 2024", "week of …"). */
function needsDisplayDate(event: TimelineEvent): boolean {
  return !['day', 'month', 'year'].includes(event.date.precision) || event.date.value.includes('/');
}

/** A BCP 47 primary tag, or null: `lang` comes from front matter and goes into an attribute. */
function langAttribute(article: Article | undefined): string {
  const lang = article?.lang;
  return lang && /^[a-z]{2,3}$/.test(lang) ? ` lang="${lang}"` : '';
}

function slideText(event: TimelineEvent, articles: Map<string, Article>): string {
  const lines = [`<p><em>${escapeHtml(STATUS_LINE_PREFIX + event.status)}</em></p>`];
  for (const { mention, article } of eventSources(event, articles)) {
    const quote = `<span${langAttribute(article)} dir="auto">“${escapeHtml(oneLine(mention.quote))}”</span>`;
    const cite = article?.title ? ` — <cite dir="auto">${escapeHtml(oneLine(article.title))}</cite>` : '';
    lines.push(`<p>${quote}${cite}</p>`);
  }
  return lines.join('');
}

function slideMedia(event: TimelineEvent, articles: Map<string, Article>): TimelineJSMedia | undefined {
  const url = firstSourceUrl(event, articles);
  if (!url) return undefined;
  const article = eventSources(event, articles).find(({ article }) => article?.url?.trim() === url)?.article;
  return { url, caption: escapeHtml(oneLine(article?.title ?? '')), credit: escapeHtml(new URL(url).hostname) };
}

export function eventToSlide(event: TimelineEvent, articles: Map<string, Article>): TimelineJSSlide {
  const { start, end } = intervalEnds(event.date);
  const slide: TimelineJSSlide = { start_date: dateObject(start) };
  if (end !== start) slide.end_date = dateObject(end);
  slide.text = { headline: escapeHtml(event.title), text: slideText(event, articles) };
  const media = slideMedia(event, articles);
  if (media) slide.media = media;
  slide.group = event.type.replace(/_/g, ' ');
  if (needsDisplayDate(event)) slide.display_date = escapeHtml(formatDateInterval(event.date));
  slide.unique_id = event.id;
  slide.autolink = false;
  return slide;
}

export function toTimelineJS(timeline: Timeline, options: TimelineJSOptions = {}): TimelineJSDocument {
  const articles = articlesById(timeline);
  const doc: TimelineJSDocument = { events: timeline.events.map((event) => eventToSlide(event, articles)) };
  if (options.title) return { title: { text: { headline: escapeHtml(options.title) } }, ...doc };
  return doc;
}
