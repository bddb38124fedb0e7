/*
 * How plausible a decoded text is as Russian, German or English prose: the measure that picks
 * a single-byte encoding for documents (electron/services/import/decode.ts), for memory files
 * in CSV/TSV (electron/services/tm/decode.ts) and for the import dialog's preview
 * (renderer/features/import/detect.ts).
 */

const LATIN_LETTERS = new Set('äöüßÄÖÜéèàâçëïîôûœÉÈÀ');
const TYPOGRAPHY = new Set('„“”‚‘’–—…«»€°§©®·•\u00A0');

/** Plausibility of a decoded sample as running Russian or German/English text (higher is better). */
export function plausibility(text: string): number {
  let score = 0;
  let letters = 0;
  let cyrLower = 0;
  let cyrUpper = 0;
  let odd = 0;
  // A word that switches between Latin and Cyrillic letters ("Prдsident": German read as
  // Windows-1251) is no word of either language.
  let mixed = 0;
  let prev: 'lat' | 'cyr' | null = null;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    let script: 'lat' | 'cyr' | null = null;
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        script = 'lat';
      }
    } else if (c >= 0x430 && c <= 0x44f) {
      cyrLower++;
      letters++;
      script = 'cyr';
    } else if (c >= 0x410 && c <= 0x42f) {
      cyrUpper++;
      letters++;
      script = 'cyr';
    } else if (c === 0x451 || c === 0x401) {
      letters++;
      script = 'cyr';
    } else if (LATIN_LETTERS.has(ch)) {
      score += 2;
      letters++;
      script = 'lat';
    } else if (TYPOGRAPHY.has(ch)) score += 1;
    else odd++;
    if (script !== null && prev !== null && script !== prev) mixed++;
    prev = script;
  }
  // Russian prose is mostly lowercase; KOI8-R read as Windows-1251 (and vice versa) inverts case.
  score += cyrLower * 2 - cyrUpper;
  return score - odd * 3 - mixed * 3 + letters * 0.01;
}
