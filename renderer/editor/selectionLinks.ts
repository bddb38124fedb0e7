import type { Workbench } from '../state/workbench';
import { editors } from './registry';

/** Links the Russian editor's selection to the row (the user's own choice of source span). */
export function linkRussianSelection(wb: Workbench, rowId: string | null): void {
  const ed = editors.source;
  const sel = ed?.getSelection();
  const m = ed?.getModel();
  if (!rowId || !sel || !m || sel.isEmpty()) return;
  wb.relink(rowId, { start: m.getOffsetAt(sel.getStartPosition()), end: m.getOffsetAt(sel.getEndPosition()) });
}

/** Draws a new link from the selections in both editors (German quotation, Russian source). */
export function linkEditorSelections(wb: Workbench): void {
  const span = (side: 'source' | 'target') => {
    const ed = editors[side];
    const sel = ed?.getSelection();
    const m = ed?.getModel();
    return sel && m && !sel.isEmpty() ? { start: m.getOffsetAt(sel.getStartPosition()), end: m.getOffsetAt(sel.getEndPosition()) } : null;
  };
  const target = span('target');
  const source = span('source');
  if (target && source) void wb.linkSpans(target, source);
}
