/** The sentences of an article as choices for "Add an event from this sentence": short labels, event ones marked. */

export interface SentenceChoice {
  index: number;
  label: string;
  reportsEvent: boolean;
}

const MAX_LABEL = 110;

export function sentenceChoices(text: string, sentences: ReadonlyArray<readonly [number, number]>, eventSentences: ReadonlySet<number>): SentenceChoice[] {
  return sentences
    .map(([start, end], index) => ({ index, words: text.slice(start, end).replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.words !== '')
    .map(({ index, words }) => {
      const short = words.length > MAX_LABEL ? `${words.slice(0, MAX_LABEL - 1)}…` : words;
      const reportsEvent = eventSentences.has(index);
      return { index, reportsEvent, label: `${index + 1}. ${short}${reportsEvent ? ' (reports an event)' : ''}` };
    });
}

/** The sentence a form starts on: the one asked for, else the first that reports no event, else the first. */
export function initialSentence(choices: readonly SentenceChoice[], wanted?: number): number {
  if (wanted !== undefined && choices.some((c) => c.index === wanted)) return wanted;
  return (choices.find((c) => !c.reportsEvent) ?? choices[0])?.index ?? 0;
}
