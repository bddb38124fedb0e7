/**
 * Checking a stored link against the documents as they are now: the spans recorded at link
 * time may have moved (text inserted before them), or been edited away ("source changed").
 * A changed link gets a clear state and no flags, never stale ones.
 */
import { checkQuote, type CheckOptions } from './check';
import type { FidelityContext, FidelityResult, GermanFrame, WordRef } from './types';

/** A span as recorded when the link was made. */
export interface RecordedSpan {
  start: number;
  end: number;
  /** The text of the span at link time. */
  text: string;
}

/** Where a recorded span is in the current document. */
export type SpanLocation =
  | { state: 'ok'; start: number; end: number }
  | { state: 'moved'; start: number; end: number }
  | { state: 'changed' };

/**
 * Finds a recorded span in the current document: at its offsets, else the occurrence of its
 * text nearest to them, else 'changed'. Bad offsets (negative, reversed, past the end, not
 * numbers) are treated as "look for the text".
 */
export function locateSpan(doc: string, span: RecordedSpan): SpanLocation {
  if (typeof doc !== 'string' || !span || typeof span.text !== 'string' || span.text.length === 0) return { state: 'changed' };
  const { start, end } = span;
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= doc.length;
  if (valid && doc.slice(start, end) === span.text) return { state: 'ok', start, end };
  const anchor = Number.isFinite(start) ? start : 0;
  let best = -1;
  for (let k = doc.indexOf(span.text); k >= 0; k = doc.indexOf(span.text, k + 1)) {
    if (best < 0 || Math.abs(k - anchor) < Math.abs(best - anchor)) best = k;
    if (k > anchor) break;
  }
  return best < 0 ? { state: 'changed' } : { state: 'moved', start: best, end: best + span.text.length };
}

/** A stored quotation link and the documents it points into. */
export interface LinkedQuote {
  /** The current Russian document and the source span recorded at link time. */
  sourceDoc: string;
  source: RecordedSpan;
  /** The current German document and the quotation span recorded at link time. */
  targetDoc: string;
  target: RecordedSpan;
  announcedOmission?: boolean;
}

/** The result of a linked check, with where the spans are now. */
export interface LinkedResult extends FidelityResult {
  source?: { start: number; end: number };
  target?: { start: number; end: number };
}

/** Paragraph around a span: the context the engine uses for words just outside it. */
function paragraphAround(doc: string, start: number, end: number): { sentence: string; spanStart: number } {
  const from = Math.max(0, doc.lastIndexOf('\n', start - 1) + 1, start - 600);
  const nl = doc.indexOf('\n', end);
  const to = Math.min(nl < 0 ? doc.length : nl, end + 600);
  return { sentence: doc.slice(from, to), spanStart: start - from };
}

/** Quotation marks: a frame stops at another quotation. */
const QUOTE_MARK = /["„“”«»‚‘’‹›]/u;
/** Longest stretch of a frame on either side of the quotation (UTF-16 units). */
const FRAME_REACH = 400;

/**
 * The German sentence around a quotation at [start, end) of a document (the quotation without
 * its marks): the words before it back to the sentence start, and after it to the sentence end
 * when the sentence goes on past the marks („…“, sagte er; er will nicht „…“ setzen). It stops
 * at a paragraph break, at another quotation and after FRAME_REACH characters; a quotation that
 * ends its own sentence („Wir gehen.“ Er lachte.) has nothing after it.
 */
export function reportingFrame(doc: string, start: number, end: number): GermanFrame {
  let from = start;
  while (from > 0 && QUOTE_MARK.test(doc[from - 1]!)) from--;
  const min = Math.max(0, start - FRAME_REACH);
  while (from > min) {
    const ch = doc[from - 1]!;
    if (ch === '\n' || QUOTE_MARK.test(ch) || (/[.!?]/.test(ch) && /\s/.test(doc[from] ?? ' '))) break;
    from--;
  }
  while (from < start && /\s/.test(doc[from]!)) from++;
  let to = end;
  while (to < doc.length && QUOTE_MARK.test(doc[to]!)) to++;
  const closed = /[.!?…]\s*$/.test(doc.slice(start, end));
  const next = /^\s*(\S?)/.exec(doc.slice(to, to + 40))?.[1] ?? '';
  if (closed && !/[,;–—-]/.test(next)) to = end;
  else {
    const max = Math.min(doc.length, end + FRAME_REACH);
    while (to < max) {
      const ch = doc[to]!;
      if (ch === '\n' || QUOTE_MARK.test(ch)) break;
      to++;
      if (/[.!?]/.test(ch) && /\s/.test(doc[to] ?? ' ')) break;
    }
  }
  return { sentence: doc.slice(from, to), quoteStart: start - from };
}

/**
 * Checks a stored link. Offsets in the result are document offsets (shifted from the spans),
 * so they go straight to editor decorations.
 */
export function checkLinkedQuote(link: LinkedQuote, options: CheckOptions = {}): LinkedResult {
  const src = locateSpan(link.sourceDoc, link.source);
  if (src.state === 'changed')
    return { state: 'source-changed', message: 'The Russian source of this quotation was edited since the link was made; link it again to check it.', links: [], flags: [], unmatched: { german: [], russian: [] } };
  const tgt = locateSpan(link.targetDoc, link.target);
  if (tgt.state === 'changed')
    return { state: 'target-changed', message: 'The German quotation was edited since the link was made; link it again to check it.', links: [], flags: [], unmatched: { german: [], russian: [] } };
  const context: FidelityContext = { ...paragraphAround(link.sourceDoc, src.start, src.end), announcedOmission: link.announcedOmission === true };
  const frame = reportingFrame(link.targetDoc, tgt.start, tgt.end);
  const r = checkQuote({ german: link.targetDoc.slice(tgt.start, tgt.end), russian: link.sourceDoc.slice(src.start, src.end), context, frame }, options);
  return { ...shiftResult(r, tgt.start, src.start), source: { start: src.start, end: src.end }, target: { start: tgt.start, end: tgt.end } };
}

/** Moves a result's offsets by the spans' document offsets. */
export function shiftResult(r: FidelityResult, germanOffset: number, russianOffset: number): FidelityResult {
  const g = (w: WordRef): WordRef => ({ ...w, start: w.start + germanOffset, end: w.end + germanOffset });
  const s = (w: WordRef): WordRef => ({ ...w, start: w.start + russianOffset, end: w.end + russianOffset });
  return {
    ...r,
    links: r.links.map((l) => ({ ...l, german: g(l.german), russian: l.russian.map(s) })),
    flags: r.flags.map((f) => ({ ...f, german: f.german.map(g), russian: f.russian.map(s) })),
    unmatched: { german: r.unmatched.german.map(g), russian: r.unmatched.russian.map(s) },
  };
}
