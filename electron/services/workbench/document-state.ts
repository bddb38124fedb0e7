import type { QuoteView, TextRange, WorkbenchView } from '../../../shared/ipc/channels/workbench';
import { findQuotes } from '../../../shared/text/quotes';
import { segment, type SegmentResult } from '../../../shared/text/segment';
import type { Segment } from '../../../shared/types';
import type { SegmentRow, WorkbenchDocument, WorkbenchRepository } from '../../db/repositories/workbench';
import { contentHash } from '../projects';

/** One side of a project: its document (if any) and its segmentation. */
export interface Side {
  doc: WorkbenchDocument | null;
  text: string;
  lang: string;
  seg: SegmentResult;
  /** The stored segmentation no longer matches the text (the document changed since alignment). */
  stale: boolean;
  /** Segments (and quotations) come from the last alignment rather than computed now. */
  stored: boolean;
}

/** Texts whose segmentation and quotations stay in memory: the open project's two and a few more. */
const CACHE_SIZE = 6;

/**
 * What the workbench knows about a project's documents: which texts the stored segments were
 * made from, the segmentation of each side (stored, or computed and cached), and the
 * quotations of a German text not aligned yet.
 */
export class DocumentState {
  private readonly segCache = new Map<string, SegmentResult>();
  private readonly quoteCache = new Map<string, QuoteView[]>();

  constructor(private readonly repo: WorkbenchRepository) {}

  /**
   * Both sides with their segmentation: the stored one when it still matches the text,
   * else computed now (and, when `fresh`, always computed now for storing).
   */
  sides(projectId: number, langs: { sourceLang: string; targetLang: string }, fresh: boolean): { source: Side; target: Side } {
    const docs = this.repo.documents(projectId);
    const aligned = docs.some((d) => d.segmentsHash !== null);
    const side = (role: 'source' | 'target'): Side => {
      const doc = docs.find((d) => d.role === role) ?? null;
      const lang = doc?.lang ?? (role === 'source' ? langs.sourceLang : langs.targetLang);
      if (!doc) return { doc: null, text: '', lang, seg: { segments: [], paragraphs: [] }, stale: false, stored: false };
      if (!fresh && doc.segmentsHash === doc.contentHash) {
        const rows = this.repo.segments(doc.id);
        const seg = fromRows(doc.text, rows);
        if (seg) {
          return { doc, text: doc.text, lang, seg: { segments: seg, paragraphs: paragraphsOf(rows) }, stale: false, stored: true };
        }
      }
      return { doc, text: doc.text, lang, seg: this.segmentCached(doc.text, doc.contentHash, lang), stale: !fresh && aligned, stored: false };
    };
    return { source: side('source'), target: side('target') };
  }

  /** Has the project been aligned (are segments stored for any of its documents)? */
  aligned(projectId: number): boolean {
    return this.repo.documents(projectId).some((d) => d.segmentsHash !== null);
  }

  /** Records that the document's stored segments were made from `text`. */
  markSegmented(documentId: number, text: string): void {
    this.repo.setSegmentsHash(documentId, contentHash(text));
  }

  /** The German quotations of a side not stored yet (negative ids: provisional until the next alignment). */
  liveQuotes(side: Side): QuoteView[] {
    if (!side.doc) return [];
    const key = `${side.doc.contentHash}:${side.lang}`;
    const cached = this.quoteCache.get(key);
    if (cached) return cached;
    const found = findQuotes(side.text, side.lang, side.seg).quotes;
    const views: QuoteView[] = found.map((q, i) => ({
      id: -(i + 1),
      start: q.start,
      end: q.end,
      kind: q.kind,
      depth: q.depth,
      parentId: q.parent === null ? null : -(q.parent + 1),
      open: q.open,
      close: q.close,
    }));
    remember(this.quoteCache, key, views);
    return views;
  }

  /** Segmentation of a text not (or no longer) stored, kept for the next views of the same text. */
  private segmentCached(text: string, hash: string, lang: string): SegmentResult {
    const key = `${hash}:${lang}`;
    const hit = this.segCache.get(key);
    if (hit) return hit;
    const seg = segment(text, lang);
    remember(this.segCache, key, seg);
    return seg;
  }
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

/** Segments as stored, each with the index of its paragraph. */
export function segmentRows(seg: SegmentResult): SegmentRow[] {
  const out: SegmentRow[] = [];
  let p = 0;
  seg.segments.forEach((s, idx) => {
    while (p + 1 < seg.paragraphs.length && (seg.paragraphs[p] as TextRange).end <= s.start) p++;
    out.push({ idx, start: s.start, end: s.end, paragraph: p });
  });
  return out;
}

function fromRows(text: string, rows: readonly SegmentRow[]): Segment[] | null {
  const out: Segment[] = [];
  for (const r of rows) {
    if (r.end > text.length) return null;
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  }
  return out;
}

/** Paragraph spans rebuilt from stored segments (first segment start to last segment end). */
function paragraphsOf(rows: readonly SegmentRow[]): TextRange[] {
  const out: TextRange[] = [];
  let cur = -1;
  for (const r of rows) {
    if (r.paragraph !== cur || out.length === 0) {
      out.push({ start: r.start, end: r.end });
      cur = r.paragraph;
    } else (out[out.length - 1] as TextRange).end = r.end;
  }
  return out;
}

/** A side as the view shows it. */
export function sideView(s: Side): WorkbenchView['source'] {
  return {
    documentId: s.doc?.id ?? null,
    text: s.text,
    lang: s.lang,
    segments: s.seg.segments.map((x) => ({ start: x.start, end: x.end })),
    paragraphs: s.seg.paragraphs.map((x) => ({ start: x.start, end: x.end })),
  };
}
