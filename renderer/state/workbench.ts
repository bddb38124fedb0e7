import type { MtFormality } from '../../shared/ipc/channels/mt';
import type { Span } from '../../shared/types';
import { api, call, errorMessage } from '../api';
import { AlignCancelled, startAlignment, type AlignJob } from '../features/alignment/client';
import {
  filterRows,
  keepUserWork,
  markNoSource,
  mergeWithNext,
  setChecked,
  setSource,
  setStatus,
  setSuggestion,
  shiftSource,
  shiftSpans,
  splitSentence,
  unlinkSentence,
} from '../features/alignment/ops';
import type { AlignmentData, AlignRow, RowFilters } from '../features/alignment/types';

export { filterRows, keepUserWork };
import { act, type AppModel, type AppState, type OpenProject, type SidePanel } from './app';
import { action } from './store';

/** Who asked for a row: the editors do not scroll themselves when they are the origin. */
export type RevealOrigin = 'grid' | 'source' | 'target' | 'map' | 'keyboard' | 'review';

const STORE_KEY = (projectId: number) => `sverka.alignment.${projectId}`;

/**
 * The workbench commands over the app store: alignment, selection, corrections (each a
 * recorded action, so undo/redo cover them), review and machine suggestions.
 */
export class Workbench {
  private job: AlignJob | null = null;
  private readonly revealListeners = new Set<(row: AlignRow, origin: RevealOrigin) => void>();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly pendingSaves = new Map<number, AlignmentData>();
  formality: MtFormality = 'default';

  constructor(private readonly app: AppModel) {
    app.store.onDidChange((c) => {
      if (c.next.align !== c.prev.align && c.next.align.status === 'ready' && c.action?.type !== 'align/loaded') this.scheduleSave();
      if (c.action?.type === 'project/opening' || c.action?.type === 'project/closed') this.stopJob();
      if (c.action?.type === 'project/opened') void this.restoreOrAlign();
      if (c.action?.type === 'source/added' || c.action?.type === 'target/added') void this.align();
      if (c.action?.type === 'source/saved') this.adoptSourceHash();
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

  private async restoreOrAlign(): Promise<void> {
    const open = this.open;
    if (!open?.source || !open.target) return;
    const saved = this.loadSaved(open.project.id);
    if (saved && saved.sourceHash === open.source.contentHash && saved.targetHash === open.target.contentHash) {
      this.app.store.dispatch(act('align/loaded', (s) => ({ ...s, align: { status: 'ready', data: saved } })));
      return;
    }
    await this.align(saved);
  }

  /** (Re-)aligns the open project; what the user confirmed in `previous` is kept. */
  async align(previous: AlignmentData | null = this.data): Promise<void> {
    const open = this.open;
    if (!open?.source || !open.target) return;
    this.job?.cancel();
    this.app.store.dispatch(act('align/start', (s) => ({ ...s, align: { status: 'running', progress: 0, label: 'segment' } })));
    const job = startAlignment(
      {
        sourceText: open.source.text,
        sourceLang: open.source.lang,
        targetText: open.target.text,
        targetLang: open.target.lang,
        sourceHash: open.source.contentHash,
        targetHash: open.target.contentHash,
      },
      (progress, label) =>
        this.app.store.dispatch(
          act('align/progress', (s) =>
            s.align.status === 'running'
              ? { ...s, align: { status: 'running', progress, label } }
              : s.align.status === 'ready' && s.align.refining !== undefined
                ? { ...s, align: { ...s.align, refining: progress } }
                : s,
          ),
        ),
      (partial) => {
        if (this.job !== job) return;
        const data = previous ? keepUserWork(partial, previous) : partial;
        this.app.store.dispatch(act('align/partial', (s) => ({ ...s, align: { status: 'ready', data, refining: 0.4 } })));
      },
    );
    this.job = job;
    try {
      const fresh = await job.result;
      if (this.job !== job) return;
      // Keep edits made to the sentence pairs while quotations were being searched.
      const current = this.data;
      const basis = current && current.targetHash === fresh.targetHash ? current : previous;
      const data = basis ? keepUserWork(fresh, basis) : fresh;
      this.app.store.dispatch(act('align/done', (s) => ({ ...s, align: { status: 'ready', data } })));
      performance.mark('sverka:alignment-ready');
      this.app.store.clearHistory();
    } catch (err) {
      if (this.job !== job) return;
      if (err instanceof AlignCancelled) {
        const current = this.data;
        this.app.store.dispatch(
          act('align/cancelled', (s) => ({ ...s, align: current ? { status: 'ready', data: current } : previous ? { status: 'ready', data: previous } : { status: 'idle' } })),
        );
      } else {
        const message = errorMessage(err);
        this.app.store.dispatch(act('align/failed', (s) => ({ ...s, align: { status: 'error', message } })));
      }
    } finally {
      if (this.job === job) this.job = null;
    }
  }

  private stopJob(): void {
    const job = this.job;
    this.job = null;
    job?.cancel();
  }

  cancelAlign(): void {
    const job = this.job;
    job?.cancel();
  }

  /** Rows the grid shows, in order. */
  visibleRows(state: AppState = this.state): readonly AlignRow[] {
    if (state.align.status !== 'ready') return [];
    return filterRows(state.align.data.rows, state.filters);
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

  hover(id: string | null): void {
    if (this.state.hoverRow !== id) this.app.store.dispatch(act('row/hover', (s) => ({ ...s, hoverRow: id })));
  }

  setFilters(filters: RowFilters): void {
    this.app.store.dispatch(act('grid/filters', (s) => ({ ...s, filters })));
  }

  setSidePanel(sidePanel: SidePanel): void {
    this.app.store.dispatch(act('panel/side', (s) => ({ ...s, sidePanel })));
  }

  setLowerView(lowerView: 'grid' | 'map'): void {
    this.app.store.dispatch(act('panel/lower', (s) => ({ ...s, lowerView })));
  }

  // Corrections: every one is recorded for undo.

  confirm(ids: readonly string[]): void {
    this.edit('Confirm', (rows) => setStatus(rows, ids, 'confirmed'));
  }

  reject(ids: readonly string[]): void {
    this.edit('Reject', (rows) => setStatus(rows, ids, 'rejected'));
  }

  resetToAuto(ids: readonly string[]): void {
    this.edit('Reset', (rows) => setStatus(rows, ids, 'auto'));
  }

  relink(id: string, source: Span): void {
    const data = this.data;
    if (!data || source.end <= source.start) return;
    this.edit('Relink', (rows) => setSource(rows, id, source, data.sourceSegments));
  }

  markNotInOriginal(id: string): void {
    this.edit('Not in original', (rows) => markNoSource(rows, id));
  }

  unlink(id: string): void {
    const data = this.data;
    if (!data) return;
    const row = data.rows.find((r) => r.id === id);
    if (row?.kind === 'quote') return this.markNotInOriginal(id);
    this.edit('Unlink', (rows) => unlinkSentence(rows, id, data.targetSegments, data.sourceSegments));
  }

  split(id: string): void {
    const data = this.data;
    if (data) this.edit('Split', (rows) => splitSentence(rows, id, data.targetSegments, data.sourceSegments));
  }

  mergeNext(id: string): void {
    const data = this.data;
    if (data) this.edit('Merge', (rows) => mergeWithNext(rows, id, data.targetSegments, data.sourceSegments));
  }

  undo(): void {
    this.app.store.undo();
  }

  redo(): void {
    this.app.store.redo();
  }

  /** Links follow the user's edits of the Russian text (not recorded: Monaco undoes text). */
  sourceEdited(changes: readonly { at: number; removed: number; inserted: number }[]): void {
    this.app.store.dispatch(
      act('source/edited', (s) => {
        if (s.align.status !== 'ready') return s;
        let { rows, sourceSegments } = s.align.data;
        // Monaco reports changes of one edit against the old text, last first is safe.
        for (const c of [...changes].sort((a, b) => b.at - a.at)) {
          rows = shiftSource(rows, c.at, c.removed, c.inserted);
          sourceSegments = shiftSpans(sourceSegments, c.at, c.removed, c.inserted);
        }
        return { ...s, align: { status: 'ready', data: { ...s.align.data, rows, sourceSegments } } };
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
        api.mt.translate({
          projectId: open.project.id,
          sourceLang: 'ru',
          targetLang: 'de',
          items,
          formality: this.formality,
          contextWindow: 1,
        }),
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
              s.align.status === 'ready' ? { ...s, align: { status: 'ready', data: { ...s.align.data, rows: setSuggestion(s.align.data.rows, item.id, suggestion) } } } : s,
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

  /** Accepts the checked translation, records the decision, and moves to the next row. */
  async accept(id: string, checked: string): Promise<void> {
    const open = this.open;
    const row = this.data?.rows.find((r) => r.id === id);
    if (!open || !row) return;
    this.edit('Accept', (rows) => setChecked(rows, id, checked));
    this.step(1);
    if (row.suggestion && row.source && open.source) {
      const res = await api.mt.review({
        projectId: open.project.id,
        ref: id,
        sourceText: open.source.text.slice(row.source.start, row.source.end),
        suggestion: row.suggestion.text,
        finalText: checked,
        suggestionId: row.suggestion.id,
      });
      if (!res.ok) this.app.notify('error', 'mt.failed', undefined, res.error.message);
    }
  }

  rejectAndNext(id: string): void {
    this.reject([id]);
    this.step(1);
  }

  private edit(label: string, f: (rows: readonly AlignRow[]) => readonly AlignRow[]): void {
    this.app.store.dispatch(
      action<AppState>(
        label,
        (s) => {
          if (s.align.status !== 'ready') return s;
          const rows = f(s.align.data.rows);
          return rows === s.align.data.rows ? s : { ...s, align: { status: 'ready', data: { ...s.align.data, rows } } };
        },
        'record',
      ),
    );
  }

  private adoptSourceHash(): void {
    const open = this.open;
    if (!open?.source) return;
    const hash = open.source.contentHash;
    this.app.store.dispatch(
      act('align/rehash', (s) => (s.align.status === 'ready' ? { ...s, align: { status: 'ready', data: { ...s.align.data, sourceHash: hash } } } : s)),
    );
  }

  private scheduleSave(): void {
    const open = this.open;
    const data = this.data;
    if (!open || !data) return;
    const projectId = open.project.id;
    // Save what belongs to this project now: by the time a timer fires another may be open.
    this.pendingSaves.set(projectId, data);
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      for (const [id, pending] of this.pendingSaves) {
        try {
          localStorage.setItem(STORE_KEY(id), JSON.stringify(pending));
        } catch {
          // Quota: the alignment is recomputed next time; corrections of this session stay in memory.
        }
      }
      this.pendingSaves.clear();
    }, 250);
  }

  private loadSaved(projectId: number): AlignmentData | null {
    try {
      const raw = localStorage.getItem(STORE_KEY(projectId));
      return raw ? (JSON.parse(raw) as AlignmentData) : null;
    } catch {
      return null;
    }
  }
}
