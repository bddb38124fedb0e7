import type { MtFormality } from '../../shared/ipc/channels/mt';
import type { EditResult, LinkSnapshot, WorkbenchView } from '../../shared/ipc/channels/workbench';
import type { Result } from '../../shared/ipc/result';
import type { Span } from '../../shared/types';
import { api, call, errorMessage } from '../api';
import { filterRows, nextOpenRow, setSuggestion, shiftSource, shiftSpans } from './rows/ops';
import { applyEdit, dataOf, quoteKindsOf } from './rows/fromView';
import type { AlignmentData, AlignRow, QuoteKind } from './rows/types';
import { act, type AppModel, type AppState, type OpenProject, type SidePanel } from './app';
import type { AlignModePref } from './settings';
import { action } from './store';

export { filterRows };

/** Who asked for a row: the editors do not scroll themselves when they are the origin. */
export type RevealOrigin = 'grid' | 'source' | 'target' | 'map' | 'keyboard' | 'review';

/** What a recorded edit needs to be undone and redone on the server (workbench.restore). */
interface ServerUndo {
  projectId: number;
  undo: { links: LinkSnapshot[]; remove: number[] };
  redo: { links: LinkSnapshot[]; remove: number[] };
}

const PROGRESS_MS = 200;
let jobSeq = 0;

/**
 * The workbench commands over the app store and the workbench channels: alignment (run in
 * the main process, progress polled, cancellable), selection, corrections and review. Every
 * change of a link is written to the database first and shown when the server has answered,
 * undo and redo included (`workbench.restore`), so a reload shows what was on screen.
 */
export class Workbench {
  private jobId: string | null = null;
  private readonly revealListeners = new Set<(row: AlignRow, origin: RevealOrigin) => void>();
  private quoteKinds: ReadonlyMap<string, QuoteKind> = new Map();
  private serverQueue: Promise<unknown> = Promise.resolve();

  /** Kept in the app settings, which persist it through the settings channel. */
  get formality(): MtFormality {
    return this.app.state.settings.formality;
  }

  set formality(v: MtFormality) {
    this.app.setFormality(v);
  }

  /** `auto` lets the aligner decide whether the pair is a full translation (then sentences too). */
  get alignMode(): AlignModePref {
    return this.app.state.settings.alignMode;
  }

  set alignMode(v: AlignModePref) {
    this.app.setAlignMode(v);
  }

  constructor(private readonly app: AppModel) {
    app.store.onDidChange((c) => {
      const type = c.action?.type;
      if (type === 'project/opening' || type === 'project/closed') void this.stopJob();
      if (type === 'project/opened') void this.loadView();
      if (type === 'source/added' || type === 'target/added') void this.align();
      if (type === 'source/saved' && c.action?.meta) this.showView(c.action.meta as WorkbenchView);
    });
  }

  private get state(): AppState {
    return this.app.store.getState();
  }

  private get open(): OpenProject | null {
    return this.state.open.status === 'ready' ? this.state.open.value : null;
  }

  get data(): AlignmentData | null {
    return this.state.align.status === 'ready' ? this.state.align.data : null;
  }

  /** Editors listen here to scroll to and select a row's span. */
  onDidReveal(listener: (row: AlignRow, origin: RevealOrigin) => void): () => void {
    this.revealListeners.add(listener);
    return () => this.revealListeners.delete(listener);
  }

  /** Shows what is stored; aligns first when the project has both texts and no links yet. */
  private async loadView(): Promise<void> {
    const open = this.open;
    if (!open?.target) return;
    const projectId = open.project.id;
    try {
      const view = await call(api.workbench.view({ projectId }));
      if (this.open?.project.id !== projectId) return;
      if (view.links.length === 0 || (view.stale && view.links.every((l) => l.who === 'auto'))) {
        if (open.source) await this.align();
        return;
      }
      this.showView(view);
    } catch (err) {
      this.app.notify('error', 'notice.error', undefined, errorMessage(err));
    }
  }

  private showView(view: WorkbenchView): void {
    const data = dataOf(view);
    this.quoteKinds = quoteKindsOf(view);
    this.app.store.dispatch(act('align/loaded', (s) => ({ ...s, align: { status: 'ready', data } })));
  }

  /** (Re-)aligns the open project in the main process; links the user confirmed are kept there. */
  async align(): Promise<void> {
    const open = this.open;
    if (!open?.target) return;
    const projectId = open.project.id;
    await this.stopJob();
    const jobId = `ui-${projectId}-${Date.now()}-${++jobSeq}`;
    this.jobId = jobId;
    const previous = this.data;
    this.app.store.dispatch(act('align/start', (s) => ({ ...s, align: { status: 'running', progress: 0, label: 'queued' } })));
    const poll = setInterval(() => {
      void api.workbench.alignProgress({ jobId }).then((r) => {
        if (!r.ok || this.jobId !== jobId) return;
        const { fraction, phase } = r.value;
        this.app.store.dispatch(
          act('align/progress', (s) => (s.align.status === 'running' ? { ...s, align: { status: 'running', progress: fraction, label: phase } } : s)),
        );
      });
    }, PROGRESS_MS);
    try {
      const result = await api.workbench.align({ projectId, mode: this.alignMode, jobId });
      if (this.jobId !== jobId) return;
      if (result.ok) {
        this.showView(result.value);
        performance.mark('sverka:alignment-ready');
        // The aligner replaced automatic links: older undo entries may no longer apply.
        this.app.store.clearHistory();
      } else if (result.error.code === 'CANCELLED') {
        this.app.store.dispatch(act('align/cancelled', (s) => ({ ...s, align: previous ? { status: 'ready', data: previous } : { status: 'idle' } })));
      } else {
        const message = result.error.message;
        this.app.store.dispatch(act('align/failed', (s) => ({ ...s, align: { status: 'error', message } })));
      }
    } finally {
      clearInterval(poll);
      if (this.jobId === jobId) this.jobId = null;
    }
  }

  cancelAlign(): void {
    void this.stopJob();
  }

  private async stopJob(): Promise<void> {
    const jobId = this.jobId;
    this.jobId = null;
    if (jobId) await api.workbench.cancelAlign({ jobId });
  }

  /** Rows the grid shows, in order. */
  visibleRows(state: AppState = this.state): readonly AlignRow[] {
    if (state.align.status !== 'ready') return [];
    const open = state.open.status === 'ready' ? state.open.value : null;
    return filterRows(state.align.data.rows, state.filters, { source: open?.source?.text ?? '', target: open?.target?.text ?? '' });
  }

  select(id: string | null, origin: RevealOrigin): void {
    if (this.state.selectedRow !== id) this.app.store.dispatch(act('row/select', (s) => ({ ...s, selectedRow: id })));
    const row = id ? this.data?.rows.find((r) => r.id === id) : undefined;
    if (row) for (const l of this.revealListeners) l(row, origin);
  }

  /** Ctrl/Alt+Up/Down: the previous or next row among those the filters show. */
  step(delta: number): void {
    const rows = this.visibleRows();
    if (!rows.length) return;
    const i = rows.findIndex((r) => r.id === this.state.selectedRow);
    const next = rows[i < 0 ? (delta > 0 ? 0 : rows.length - 1) : Math.max(0, Math.min(rows.length - 1, i + delta))];
    if (next) this.select(next.id, 'keyboard');
  }

  /** The next (or previous) row among those shown that still waits for a decision (OmegaT's Ctrl+U). */
  stepOpen(delta: 1 | -1): void {
    const next = nextOpenRow(this.visibleRows(), this.state.selectedRow, delta);
    if (next) this.select(next.id, 'keyboard');
  }

  hover(id: string | null): void {
    if (this.state.hoverRow !== id) this.app.store.dispatch(act('row/hover', (s) => ({ ...s, hoverRow: id })));
  }

  setFilters(filters: AppState['filters']): void {
    this.app.store.dispatch(act('grid/filters', (s) => ({ ...s, filters })));
  }

  setSidePanel(sidePanel: SidePanel): void {
    this.app.store.dispatch(act('panel/side', (s) => ({ ...s, sidePanel })));
  }

  toggleSyncScroll(): void {
    this.app.store.dispatch(act('editor/syncScroll', (s) => ({ ...s, syncScroll: !s.syncScroll })));
  }

  toggleWrap(): void {
    this.app.store.dispatch(act('grid/wrap', (s) => ({ ...s, gridWrap: !s.gridWrap })));
  }

  setLowerView(lowerView: 'grid' | 'map'): void {
    this.app.store.dispatch(act('panel/lower', (s) => ({ ...s, lowerView })));
  }

  // Corrections: each goes to the server and on the undo stack.

  private linkOf(id: string): number | null {
    return this.data?.rows.find((r) => r.id === id)?.linkId ?? null;
  }

  /**
   * Agrees with what a row says: its source, or (for a row without one, or whose words an edit
   * deleted) that the German is not in this original.
   */
  confirm(ids: readonly string[]): Promise<void> {
    const rows = this.data?.rows ?? [];
    return this.each(ids, 'Confirm', (linkId) => {
      const row = rows.find((r) => r.linkId === linkId);
      const absent = !row?.source || row.source.end <= row.source.start;
      return absent ? api.workbench.setSource({ linkId, source: null }) : api.workbench.setStatus({ linkId, status: 'confirmed' });
    });
  }

  /** memoQ's Ctrl+Enter: confirm the row, go on to the next one still waiting. */
  confirmAndNext(id: string): Promise<void> {
    this.stepOpen(1);
    return this.confirm([id]);
  }

  /** Takes the `index`-th ranked candidate as the row's source (keys 1-9). */
  pickCandidate(id: string, index: number): Promise<void> {
    const c = this.data?.rows.find((r) => r.id === id)?.candidates[index];
    return c ? this.relink(id, c.source) : Promise.resolve();
  }

  reject(ids: readonly string[]): Promise<void> {
    return this.each(ids, 'Reject', (linkId) => api.workbench.setStatus({ linkId, status: 'rejected' }));
  }

  relink(id: string, source: Span): Promise<void> {
    if (source.end <= source.start) return Promise.resolve();
    return this.each([id], 'Relink', (linkId) => api.workbench.setSource({ linkId, source }));
  }

  markNotInOriginal(id: string): Promise<void> {
    return this.each([id], 'Not in original', (linkId) => api.workbench.setSource({ linkId, source: null }));
  }

  /** A link the user draws: the German selection renders the Russian selection (a quotation pair). */
  linkSpans(target: Span, source: Span): Promise<void> {
    const projectId = this.open?.project.id;
    if (projectId === undefined || target.end <= target.start || source.end <= source.start) return Promise.resolve();
    return this.edit('Link', () => api.workbench.link({ projectId, kind: 'quote', source, target }));
  }

  unlink(id: string): Promise<void> {
    return this.each([id], 'Unlink', (linkId) => api.workbench.unlink({ linkId }));
  }

  split(id: string): Promise<void> {
    const row = this.data?.rows.find((r) => r.id === id);
    if (!row || row.kind !== 'sentence') return Promise.resolve();
    const side = row.targetSegs.length >= 2 ? 'target' : 'source';
    const segs = side === 'target' ? row.targetSegs : row.sourceSegs;
    if (segs.length < 2) return Promise.resolve();
    return this.each([id], 'Split', (linkId) => api.workbench.split({ linkId, at: { side, segmentIndex: segs[1]! } }));
  }

  mergeNext(id: string): Promise<void> {
    const sentences = (this.data?.rows ?? []).filter((r) => r.kind === 'sentence');
    const i = sentences.findIndex((r) => r.id === id);
    const a = sentences[i]?.linkId;
    const b = sentences[i + 1]?.linkId;
    if (a == null || b == null) return Promise.resolve();
    return this.edit('Merge', () => api.workbench.merge({ linkIds: [a, b] }));
  }

  /** Puts the links back on the server first; the grid changes when it has answered. */
  undo(): Promise<void> {
    return this.travel('undo');
  }

  redo(): Promise<void> {
    return this.travel('redo');
  }

  /** Decorations follow the user's typing until the save returns the server's view. */
  sourceEdited(changes: readonly { at: number; removed: number; inserted: number }[]): void {
    this.app.store.dispatch(
      act('source/edited', (s) => {
        if (s.align.status !== 'ready') return s;
        let { rows, sourceSegments } = s.align.data;
        for (const c of [...changes].sort((a, b) => b.at - a.at)) {
          rows = shiftSource(rows, c.at, c.removed, c.inserted);
          sourceSegments = shiftSpans(sourceSegments, c.at, c.removed, c.inserted);
        }
        return { ...s, align: { ...s.align, data: { ...s.align.data, rows, sourceSegments } } };
      }),
    );
  }

  // Review

  /** Fetches DeepL suggestions for the rows (cache first; the backend batches and bills). */
  async fetchSuggestions(ids: readonly string[]): Promise<void> {
    const open = this.open;
    const data = this.data;
    if (!open?.source || !data) return;
    const items = ids
      .map((id) => data.rows.find((r) => r.id === id))
      .filter((r): r is AlignRow => !!r?.source)
      .map((r) => ({ id: r.id, text: open.source!.text.slice(r.source!.start, r.source!.end) }));
    if (!items.length) return;
    try {
      const res = await call(
        api.mt.translate({ projectId: open.project.id, sourceLang: 'ru', targetLang: 'de', items, formality: this.formality, contextWindow: 1 }),
      );
      if (res.status === 'needs_confirmation') {
        this.app.notify('info', 'mt.needsConfirmation', { n: res.estimate.characters });
        return;
      }
      for (const item of res.items) {
        if (item.suggestion !== null) {
          const suggestion = { text: item.suggestion, id: item.suggestionId };
          this.app.store.dispatch(
            act('mt/suggestion', (s) =>
              s.align.status === 'ready' ? { ...s, align: { ...s.align, data: { ...s.align.data, rows: setSuggestion(s.align.data.rows, item.id, suggestion) } } } : s,
            ),
          );
        } else if (item.message) {
          this.app.notify('error', 'mt.failed', undefined, item.message);
          break;
        }
      }
    } catch (err) {
      this.app.notify('error', 'mt.failed', undefined, errorMessage(err));
    }
  }

  /** Stores the checked translation (and the pair in the TM), then moves to the next row still waiting. */
  accept(id: string, checked: string): Promise<void> {
    const row = this.data?.rows.find((r) => r.id === id);
    if (!row?.linkId) return Promise.resolve();
    const linkId = row.linkId;
    const suggestion = row.suggestion;
    this.stepOpen(1);
    // Nothing to translate: accepting says the German has no source in this original.
    if (!row.source) return this.edit('Not in original', () => api.workbench.setSource({ linkId, source: null }));
    return this.edit('Accept', () =>
      api.review.accept({
        linkId,
        text: checked,
        ...(suggestion ? { suggestion: suggestion.text, ...(suggestion.id ? { suggestionId: suggestion.id } : {}) } : {}),
      }),
    );
  }

  rejectAndNext(id: string): Promise<void> {
    const linkId = this.linkOf(id);
    this.stepOpen(1);
    if (linkId === null) return Promise.resolve();
    return this.edit('Reject', () => api.review.reject({ linkId }));
  }

  private each(ids: readonly string[], label: string, f: (linkId: number) => Promise<Result<EditResult>>): Promise<void> {
    const links = ids.map((id) => this.linkOf(id)).filter((x): x is number => x !== null);
    return links.reduce<Promise<void>>((p, linkId) => p.then(() => this.edit(label, () => f(linkId))), Promise.resolve());
  }

  /**
   * Runs one server edit (in order with the others) and records its outcome. The rows change
   * when the server has answered, so what the grid shows is what is stored.
   */
  private edit(label: string, run: () => Promise<Result<EditResult>>): Promise<void> {
    const next = this.serverQueue.then(async () => {
      const projectId = this.open?.project.id;
      const r = await run();
      if (!r.ok) {
        this.app.notify('error', 'notice.error', undefined, r.error.message);
        return;
      }
      if (this.open?.project.id !== projectId || projectId === undefined) return;
      const e = r.value;
      const meta: ServerUndo = {
        projectId,
        undo: { links: e.previous, remove: e.created },
        redo: { links: e.links, remove: e.removed },
      };
      const kinds = this.quoteKinds;
      this.app.store.dispatch(
        action<AppState>(
          label,
          (s) => (s.align.status === 'ready' ? { ...s, align: { ...s.align, data: { ...s.align.data, rows: applyEdit(s.align.data.rows, e, kinds) } } } : s),
          'record',
          meta,
        ),
      );
    });
    this.serverQueue = next.catch(() => {});
    return next;
  }

  /**
   * Undo or redo of the newest recorded edit: `workbench.restore` first; only when the
   * database holds the old (or new) state again do the rows and the stacks move. A failed
   * restore changes nothing on screen and says why.
   */
  private travel(dir: 'undo' | 'redo'): Promise<void> {
    const store = this.app.store;
    const next = this.serverQueue.then(async () => {
      const entry = dir === 'undo' ? store.peekUndo() : store.peekRedo();
      if (!entry) return;
      const meta = entry.meta as ServerUndo | undefined;
      if (!meta) {
        if (dir === 'undo') store.undo();
        else store.redo();
        return;
      }
      const step = dir === 'undo' ? meta.undo : meta.redo;
      const r = await api.workbench.restore({ projectId: meta.projectId, links: step.links, remove: step.remove });
      if (!r.ok) {
        this.app.notify('error', 'notice.error', undefined, r.error.message);
        return;
      }
      if (this.open?.project.id !== meta.projectId) return;
      const kinds = this.quoteKinds;
      const apply = (s: AppState): AppState =>
        s.align.status === 'ready' ? { ...s, align: { ...s.align, data: { ...s.align.data, rows: applyEdit(s.align.data.rows, r.value, kinds) } } } : s;
      if (dir === 'undo') store.undo(apply);
      else store.redo(apply);
    });
    this.serverQueue = next.catch(() => {});
    return next;
  }
}
