import type { Span } from '../../types';

/**
 * Whether the German sentence around a quotation reports it in the pluperfect ("Noch im Winter
 * hatte sie gesagt, …", "Er hatte die Lage als „…“ bezeichnet"): German reporting's usual mark of
 * a statement made before the occasion the article reports, i.e. often not in the Russian text
 * the article draws on. A past form of haben or sein in the sentence outside the quotation, and
 * after it a past participle that closes a clause (before a comma, colon, full stop or an
 * opening quotation mark, or at the sentence's end). The decision weighs it against how well the
 * sentence translates the original (a translated sentence carries its own pluperfect).
 */
export function pluperfectFrame(text: string, frame: Span, quote: Span): boolean {
  const words: { lower: string; next: string }[] = [];
  const re = /[\p{L}\p{M}]+/gu;
  const slice = text.slice(frame.start, frame.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = frame.start + m.index;
    const e = s + m[0].length;
    if (e > quote.start && s < quote.end) continue;
    const after = text.slice(e, Math.min(frame.end, e + 3)).replace(/^[\s\u00a0]+/, '');
    words.push({ lower: m[0].toLowerCase(), next: e >= frame.end ? '' : (after[0] ?? '') });
  }
  const aux = words.findIndex((w) => AUXILIARIES.has(w.lower));
  if (aux < 0) return false;
  return words.slice(aux + 1).some((w) => PARTICIPLE.test(w.lower) && (w.next === '' || /[,:;.!?„“«»"]/.test(w.next)));
}

/** Past forms of haben and sein (the pluperfect's auxiliaries). */
const AUXILIARIES = new Set(['hatte', 'hatten', 'hattest', 'hattet', 'war', 'waren', 'warst', 'wart']);

/**
 * A past participle: ge- (also after a separable prefix: angekündigt, vorgeschlagen) or an
 * inseparable prefix, with -t or -en; or a verb in -ieren (kritisiert).
 */
const PARTICIPLE = /^(?:\p{L}{0,6}ge\p{L}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\p{L}{3,}(?:t|en)|\p{L}{3,}iert)$/u;
