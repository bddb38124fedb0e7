import type { Span } from '../../shared/types';
import { overlappingRows, rowAt } from '../state/rows/ops';
import { rowState, type AlignRow } from '../state/rows/types';
import { runShortcut } from '../features/keys/useWorkbenchKeys';
import type { AppModel } from '../state/app';
import type { Workbench } from '../state/workbench';
import { monaco } from './monaco';
import { linkEditorSelections, linkRussianSelection } from './selectionLinks';
import { suppressSyncScroll } from './syncScroll';
import type { Side } from './registry';

const CLICK_SETTLE_MS = 260;

const other = (side: Side): Side => (side === 'source' ? 'target' : 'source');

function rangeOf(model: monaco.editor.ITextModel, span: Span): monaco.Range {
  const a = model.getPositionAt(span.start);
  const b = model.getPositionAt(span.end);
  return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
}

function excerpt(text: string, span: Span | null, max = 400): string {
  if (!span) return '';
  const s = text.slice(span.start, span.end);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/**
 * Connects one editor to the alignment: decorations for every sentence and quotation (status
 * colours), the selected row and the hovered row's partner; pointer hover and click select the
 * partner in the other editor; Ctrl/Alt+Up/Down step through rows from inside the editor.
 */
export function linkEditor(
  editor: monaco.editor.IStandaloneCodeEditor,
  side: Side,
  app: AppModel,
  wb: Workbench,
  labels: () => { partner: string; none: string; overlap: string },
): () => void {
  const base = editor.createDecorationsCollection();
  const selected = editor.createDecorationsCollection();
  const hovered = editor.createDecorationsCollection();
  let lastRows: readonly AlignRow[] | null = null;
  let lastSelected: string | null | undefined;
  let lastHover: string | null | undefined;
  let lastModel: monaco.editor.ITextModel | null = null;

  const texts = () => {
    const s = app.state;
    const open = s.open.status === 'ready' ? s.open.value : null;
    return { source: open?.source?.text ?? '', target: open?.target?.text ?? '' };
  };

  const render = () => {
    const model = editor.getModel();
    const s = app.state;
    if (!model) return;
    const rows = s.align.status === 'ready' ? s.align.data.rows : null;
    if (rows !== lastRows || model !== lastModel) {
      lastRows = rows;
      lastModel = model;
      lastSelected = undefined;
      lastHover = undefined;
      const partnerText = texts()[other(side)];
      const l = labels();
      const decos: monaco.editor.IModelDeltaDecoration[] = [];
      // Russian words two links claim are marked in the original (the grid flags the rows).
      const overlapping = side === 'source' && rows ? overlappingRows(rows) : null;
      let n = 0;
      for (const r of rows ?? []) {
        const span = r[side];
        if (!span || span.end > model.getValueLength()) continue;
        const partner = excerpt(partnerText, r[other(side)]);
        const hoverMessage = { value: partner ? `**${l.partner}:** ${escapeMd(partner)}` : `*${l.none}*` };
        const state = rowState(r);
        if (overlapping?.has(r.id)) {
          decos.push({
            range: rangeOf(model, span),
            options: { className: 'deco-overlap', hoverMessage: { value: `⚠ ${escapeMd(l.overlap)}` }, stickiness: 1, overviewRuler: { color: '#b35900', position: monaco.editor.OverviewRulerLane.Right } },
          });
        }
        if (r.kind === 'quote') {
          decos.push({
            range: rangeOf(model, span),
            options: { inlineClassName: `deco-quote state-${state}`, hoverMessage, stickiness: 1 },
          });
        } else {
          decos.push({
            range: rangeOf(model, span),
            options: { inlineClassName: `deco-sent ${n++ % 2 ? 'odd' : 'even'} state-${state}`, hoverMessage, stickiness: 1 },
          });
        }
      }
      base.set(decos);
    }
    if (s.selectedRow !== lastSelected) {
      lastSelected = s.selectedRow;
      const r = rows?.find((x) => x.id === s.selectedRow);
      const span = r?.[side];
      selected.set(
        span
          ? [
              {
                range: rangeOf(model, span),
                options: {
                  className: 'deco-selected',
                  isWholeLine: false,
                  overviewRuler: { color: 'rgba(11, 92, 173, 0.8)', position: monaco.editor.OverviewRulerLane.Full },
                  linesDecorationsClassName: 'deco-selected-gutter',
                },
              },
            ]
          : [],
      );
    }
    if (s.hoverRow !== lastHover) {
      lastHover = s.hoverRow;
      const r = rows?.find((x) => x.id === s.hoverRow);
      const span = r?.[side];
      hovered.set(span ? [{ range: rangeOf(model, span), options: { className: 'deco-hover' } }] : []);
    }
  };

  const offsetAt = (pos: monaco.IPosition | null) => {
    const model = editor.getModel();
    return model && pos ? model.getOffsetAt(pos) : null;
  };

  let clickTimer: ReturnType<typeof setTimeout> | null = null;
  const rowsNow = () => (app.state.align.status === 'ready' ? app.state.align.data.rows : []);

  const subs: { dispose(): void }[] = [
    editor.onMouseMove((e) => {
      const off = e.target.type === monaco.editor.MouseTargetType.CONTENT_TEXT ? offsetAt(e.target.position) : null;
      wb.hover(off === null ? null : (rowAt(rowsNow(), side, off)?.id ?? null));
    }),
    editor.onMouseLeave(() => wb.hover(null)),
    // A plain click selects the row; a drag that selects words does not, so the user can pick
    // a new source span for the row they are on and link it.
    // The check waits out a double or triple click, which selects words too.
    editor.onMouseUp((e) => {
      if (e.target.type !== monaco.editor.MouseTargetType.CONTENT_TEXT) return;
      const off = offsetAt(e.target.position);
      if (clickTimer) clearTimeout(clickTimer);
      clickTimer = setTimeout(() => {
        clickTimer = null;
        if (!(editor.getSelection()?.isEmpty() ?? true)) return;
        const row = off === null ? null : rowAt(rowsNow(), side, off);
        if (row) wb.select(row.id, side);
      }, CLICK_SETTLE_MS);
    }),
  ];
  for (const [key, delta] of [
    [monaco.KeyMod.CtrlCmd | monaco.KeyCode.DownArrow, 1],
    [monaco.KeyMod.CtrlCmd | monaco.KeyCode.UpArrow, -1],
    [monaco.KeyMod.Alt | monaco.KeyCode.DownArrow, 1],
    [monaco.KeyMod.Alt | monaco.KeyCode.UpArrow, -1],
  ] as const) {
    editor.addCommand(key, () => wb.step(delta));
  }
  // Monaco binds Ctrl+L and Ctrl+Shift+L itself (line selection, select occurrences); in the
  // workbench they link selections, as in the toolbar.
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyL, () => linkRussianSelection(wb, app.state.selectedRow));
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyL, () => linkEditorSelections(wb));
  // Monaco also takes these before the window sees them (insert line, soft undo, its F1 palette).
  for (const [key, id] of [
    [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, 'confirmNext'],
    [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyU, 'nextOpen'],
    [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyU, 'prevOpen'],
    [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, 'suggest'],
    [monaco.KeyCode.F1, 'help'],
  ] as const) {
    editor.addCommand(key, () => void runShortcut(id, wb, app));
  }

  const offReveal = wb.onDidReveal((row, origin) => {
    if (origin === side) return;
    const model = editor.getModel();
    const span = row[side];
    if (!model || !span || span.end > model.getValueLength()) return;
    const range = rangeOf(model, span);
    suppressSyncScroll();
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
    if (origin !== 'keyboard' || side === 'target') editor.setSelection(range);
  });

  const offStore = app.store.subscribe(render);
  render();
  return () => {
    offStore();
    offReveal();
    if (clickTimer) clearTimeout(clickTimer);
    for (const s of subs) s.dispose();
    base.clear();
    selected.clear();
    hovered.clear();
  };
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
