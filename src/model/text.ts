/** Small string helpers written as loops where the obvious regex would backtrack quadratically on hostile input. */

/** Removes every leading and trailing `char` (`/^-+|-+$/g` backtracks quadratically on long runs). */
export function trimChar(s: string, char: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === char) start++;
  while (end > start && s[end - 1] === char) end--;
  return s.slice(start, end);
}

/** Drops `<…>` tags in one pass (`/<[^>]*>/g` rescans to the end from every unclosed `<`). */
export function stripTags(s: string): string {
  let out = '';
  let at = 0;
  while (at < s.length) {
    const open = s.indexOf('<', at);
    if (open < 0) break;
    const close = s.indexOf('>', open + 1);
    // An unclosed "<" is text, like everything after it.
    if (close < 0) break;
    out += s.slice(at, open);
    at = close + 1;
  }
  return out + s.slice(at);
}
