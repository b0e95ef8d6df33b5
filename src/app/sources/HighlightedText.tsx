/** Article text as React text nodes, with <mark> elements for highlighted spans. Never parsed as HTML. */
import type { Ref } from 'react';
import { segmentText, type HighlightSpan } from './segmentText.ts';

interface HighlightedTextProps {
  text: string;
  /** Article offset of `text[0]`. */
  base: number;
  spans: readonly HighlightSpan[];
  /** Receives the first <mark> of this kind (to scroll it into view). */
  firstOfKind?: { kind: string; ref: Ref<HTMLElement> };
}

export function HighlightedText({ text, base, spans, firstOfKind }: HighlightedTextProps) {
  let refGiven = false;
  return (
    <>
      {segmentText(text, base, spans).map((piece) => {
        if (piece.kinds.length === 0) return piece.text;
        const wantsRef = !refGiven && firstOfKind && piece.kinds.includes(firstOfKind.kind);
        if (wantsRef) refGiven = true;
        return (
          <mark key={piece.start} className={piece.kinds.map((k) => `hl-${k}`).join(' ')} ref={wantsRef ? firstOfKind.ref : undefined}>
            {piece.text}
          </mark>
        );
      })}
    </>
  );
}
