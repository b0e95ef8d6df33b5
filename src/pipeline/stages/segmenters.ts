/** One Intl.Segmenter per language and granularity, built once: construction is far dearer than segmenting a sentence. */

const cache = new Map<string, Intl.Segmenter>();

/** A segmenter for `lang`, or the root locale when ICU does not know the language. */
export function segmenterFor(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}|${lang}`;
  let segmenter = cache.get(key);
  if (!segmenter) {
    const known = lang !== 'und' && Intl.Segmenter.supportedLocalesOf([lang]).length > 0;
    segmenter = new Intl.Segmenter(known ? lang : 'und', { granularity });
    cache.set(key, segmenter);
  }
  return segmenter;
}
