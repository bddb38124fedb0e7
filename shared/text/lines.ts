import type { Segment } from '../types';

/** Characters a line's segment is trimmed of (JavaScript's white space, a BOM, a zero-width space). */
const EDGE = /[\s\ufeff\u200b]/;

/**
 * Pre-segmented input as the command-line contract reads it (`align --segmented`, and the
 * scorers, which split at LF only): every line holding more than white space is one segment,
 * trimmed of surrounding white space, a trailing CR and a BOM, with offsets into `text`.
 * The app's own line reading (`segment(text, lang, { mode: 'lines' })`) also breaks at a lone
 * CR and U+2028/U+2029 and groups lines into paragraphs; this one keeps the line numbers the
 * scorers count.
 */
export function lineSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && EDGE.test(text[a] as string)) a++;
    while (b > a && EDGE.test(text[b - 1] as string)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    start = end + 1;
  }
  return out;
}
