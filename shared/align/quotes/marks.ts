/**
 * The quotation facts the aligner needs from a text. Until the text engine's `findQuotes`
 * is available this is a small pairing of the usual German and Russian marks.
 */

/** One quotation (inside the marks) with its nesting. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  kind: 'quotation' | 'title' | 'term';
  depth: number;
  parent: number | null;
}

const OPENERS_FOR_CLOSE: Record<string, string[]> = {
  '»': ['«'],
  '«': ['»'],
  '“': ['„'],
  '”': ['“', '„'],
  '"': ['"', '„', '“'],
};

/** Quotations of `text`, outer ones first in document order; unpaired marks are ignored. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: { ch: string; pos: number; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    // A paragraph break ends every open quotation: marks never pair across paragraphs.
    if (ch === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 8))) stack.length = 0;
    if (!'«»„“”"'.includes(ch)) continue;
    const top = stack[stack.length - 1];
    const closers = OPENERS_FOR_CLOSE[ch];
    if (top && closers?.includes(top.ch) && !(ch === '»' && top.ch === '»')) {
      stack.pop();
      const q = out[top.index];
      if (q) {
        q.end = i;
        q.text = text.slice(q.start, i);
      }
      continue;
    }
    if (ch === '”') continue;
    const parent = stack.length ? (stack[stack.length - 1]?.index ?? null) : null;
    out.push({ start: i + 1, end: -1, text: '', kind: 'quotation', depth: stack.length, parent });
    stack.push({ ch, pos: i, index: out.length - 1 });
  }
  // Drop quotations that never closed (and re-point children of dropped ones).
  const keep = out.map((q) => q.end >= 0 && q.text.trim().length > 0);
  const newIndex: number[] = [];
  const res: QuoteSpan[] = [];
  out.forEach((q, k) => {
    if (!keep[k]) {
      newIndex.push(-1);
      return;
    }
    newIndex.push(res.length);
    let p = q.parent;
    while (p !== null && !keep[p]) p = out[p]?.parent ?? null;
    res.push({ ...q, parent: p === null ? null : (newIndex[p] ?? null) });
  });
  let depthFix = res.map((q) => q);
  depthFix = depthFix.map((q) => {
    let d = 0;
    let p = q.parent;
    while (p !== null) {
      d++;
      p = res[p]?.parent ?? null;
    }
    return { ...q, depth: d };
  });
  return depthFix;
}
