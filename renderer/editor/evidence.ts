import { evidenceMarks } from '../state/candidates';
import type { AppModel } from '../state/app';
import { monaco } from './monaco';
import type { Side } from './registry';
import { suppressSyncScroll } from './syncScroll';

/**
 * Marks the word evidence of the candidate the user is looking at in the review panel: in the
 * Russian text the candidate's span and its matched words, in the German text the matched
 * words of the quotation; the Russian editor scrolls the candidate into view. Gone when the
 * user looks away.
 */
export function linkEvidence(editor: monaco.editor.IStandaloneCodeEditor, side: Side, app: AppModel): () => void {
  const marks = editor.createDecorationsCollection();
  let lastFocus: unknown;
  let lastRows: unknown;

  const render = () => {
    const model = editor.getModel();
    const s = app.state;
    const rows = s.align.status === 'ready' ? s.align.data.rows : null;
    if (s.evidence === lastFocus && rows === lastRows) return;
    lastFocus = s.evidence;
    lastRows = rows;
    const m = evidenceMarks(rows, s.evidence);
    if (!model || !m) {
      marks.clear();
      return;
    }
    const len = model.getValueLength();
    const range = (a: number, b: number) => {
      const p = model.getPositionAt(a);
      const q = model.getPositionAt(b);
      return new monaco.Range(p.lineNumber, p.column, q.lineNumber, q.column);
    };
    const decos: monaco.editor.IModelDeltaDecoration[] = [];
    if (side === 'source' && m.candidate.end <= len) {
      decos.push({ range: range(m.candidate.start, m.candidate.end), options: { className: 'deco-candidate' } });
    }
    for (const w of side === 'source' ? m.source : m.target) {
      if (w.end > len) continue;
      decos.push({ range: range(w.start, w.end), options: { inlineClassName: 'deco-evidence' } });
    }
    marks.set(decos);
    if (side === 'source' && m.candidate.end <= len) {
      suppressSyncScroll();
      editor.revealRangeInCenterIfOutsideViewport(range(m.candidate.start, m.candidate.end), monaco.editor.ScrollType.Immediate);
    }
  };

  const off = app.store.subscribe(render);
  render();
  return () => {
    off();
    marks.clear();
  };
}
