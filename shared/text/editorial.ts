/**
 * Editorial marks an editor puts into a quotation: an omission "[…]" (German and Russian
 * newspapers), "(...)", the Russian "<…>" and "/…/", and an insertion note in square brackets
 * that is only an ellipsis. A document keeps them; a translation memory stores the sentence
 * as a translator would want to reuse it, without them.
 */
const OMISSION = /\s*(?:\[\s*(?:…|\.{2,4})\s*\]|\(\s*(?:…|\.{2,4})\s*\)|<\s*(?:…|\.{2,4})\s*>|\/\s*(?:…|\.{2,4})\s*\/)\s*/gu;

/**
 * The text without editorial omission marks; the words on either side are joined by one space
 * (none before closing punctuation), and the ends are trimmed of what the marks left.
 */
export function stripEditorialMarks(text: string): string {
  if (!/[[(<\/]/.test(text)) return text;
  const out = text
    .replace(OMISSION, ' ')
    .replace(/ +([,.;:!?»“”"')\]])/gu, '$1')
    .replace(/([«„“"'(\[]) +/gu, '$1')
    .replace(/ {2,}/g, ' ');
  return out === text ? text : out.trim();
}
