/**
 * Cuts a stretch of article text into plain and highlighted pieces by offset spans, for rendering as React text
 * nodes and <mark> elements (article text is untrusted: it is never parsed as HTML). Spans may overlap; a piece
 * carries every kind that covers it.
 */

export interface HighlightSpan {
  start: number;
  end: number;
  kind: string;
}

export interface TextPiece {
  start: number;
  end: number;
  text: string;
  kinds: string[];
}

/** Pieces of `text` (which starts at article offset `base`) split at every span edge inside it. */
export function segmentText(text: string, base: number, spans: readonly HighlightSpan[]): TextPiece[] {
  const end = base + text.length;
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(s.start, base), end: Math.min(s.end, end) }))
    .filter((s) => s.start < s.end);
  const cuts = [...new Set([base, end, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const kinds = [...new Set(inside.filter((s) => s.start <= from && s.end >= to).map((s) => s.kind))];
    const previous = pieces.at(-1);
    // Merge neighbours with the same kinds so the DOM stays small.
    if (previous && previous.kinds.join() === kinds.join()) {
      previous.end = to;
      previous.text = text.slice(previous.start - base, to - base);
    } else {
      pieces.push({ start: from, end: to, text: text.slice(from - base, to - base), kinds });
    }
  }
  return pieces;
}
