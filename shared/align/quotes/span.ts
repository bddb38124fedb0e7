import type { Span } from '../../types';
import type { QuoteSpan } from './marks';

/**
 * Inside the Russian segment that renders the German sentence, the span that renders the
 * German quotation: the Russian quotation that corresponds best by relative position and
 * length, else the whole segment.
 */
export function chooseSourceSpan(
  ruText: string,
  ruSeg: Span,
  ruQuotes: readonly QuoteSpan[],
  deText: string,
  deSeg: Span,
  q: Span,
): Span {
  const inside = ruQuotes.filter((r) => r.start >= ruSeg.start && r.end <= ruSeg.end && r.depth === 0);
  if (!inside.length) return trimSpan(ruText, ruSeg);
  const deLen = Math.max(1, deSeg.end - deSeg.start);
  const ruLen = Math.max(1, ruSeg.end - ruSeg.start);
  const qMid = ((q.start + q.end) / 2 - deSeg.start) / deLen;
  const qFrac = (q.end - q.start) / deLen;
  let best: Span = inside[0] ?? ruSeg;
  let bestCost = Infinity;
  for (const r of inside) {
    const mid = ((r.start + r.end) / 2 - ruSeg.start) / ruLen;
    const frac = (r.end - r.start) / ruLen;
    const cost = Math.abs(mid - qMid) + Math.abs(frac - qFrac);
    if (cost < bestCost) {
      bestCost = cost;
      best = r;
    }
  }
  void deText;
  return best;
}

function trimSpan(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}
