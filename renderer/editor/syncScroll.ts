import type { AlignRow } from '../state/rows/types';
import type { AppModel } from '../state/app';
import type { monaco } from './monaco';
import { editors, type Side } from './registry';

let suppressedUntil = 0;

/** Reveals scroll an editor on purpose: the other editor must not be dragged along meanwhile. */
export function suppressSyncScroll(ms = 400): void {
  suppressedUntil = performance.now() + ms;
}

/** The sentence row holding `offset` on `side`, or the next one that has both sides. */
function sentenceAt(rows: readonly AlignRow[], side: Side, offset: number): AlignRow | null {
  let next: AlignRow | null = null;
  for (const r of rows) {
    if (r.kind !== 'sentence' || !r.source || !r.target) continue;
    const s = r[side]!;
    if (offset >= s.start && offset < s.end) return r;
    if (s.start >= offset && (!next || s.start < next[side]!.start)) next = r;
  }
  return next;
}

/**
 * Synced scrolling for sentence-aligned documents: the sentence at the top of the scrolled
 * editor is brought to the top of the other, keeping the same offset into it. A lock stops
 * the other editor's scroll event from echoing back.
 */
export function connectSyncScroll(app: AppModel): () => void {
  const src = editors.source;
  const tgt = editors.target;
  if (!src || !tgt) return () => {};
  let lock: Side | null = null;
  const follow = (from: monaco.editor.IStandaloneCodeEditor, fromSide: Side, to: monaco.editor.IStandaloneCodeEditor, toSide: Side) =>
    from.onDidScrollChange((e) => {
      if (!e.scrollTopChanged || lock === fromSide || !app.state.syncScroll || performance.now() < suppressedUntil) return;
      const s = app.state;
      if (s.align.status !== 'ready') return;
      const fm = from.getModel();
      const tm = to.getModel();
      const range = from.getVisibleRanges()[0];
      if (!fm || !tm || !range) return;
      const row = sentenceAt(s.align.data.rows, fromSide, fm.getOffsetAt({ lineNumber: range.startLineNumber, column: 1 }));
      const a = row?.[fromSide];
      const b = row?.[toSide];
      if (!a || !b || b.end > tm.getValueLength()) return;
      const pa = fm.getPositionAt(a.start);
      const pb = tm.getPositionAt(b.start);
      const into = from.getScrollTop() - from.getTopForPosition(pa.lineNumber, pa.column);
      lock = toSide;
      to.setScrollTop(Math.max(0, to.getTopForPosition(pb.lineNumber, pb.column) + into));
      queueMicrotask(() => (lock = null));
    });
  const subs = [follow(tgt, 'target', src, 'source'), follow(src, 'source', tgt, 'target')];
  return () => {
    for (const s of subs) s.dispose();
  };
}
