import { useMemo, useSyncExternalStore } from 'react';
import type { FlagKind } from '../../../shared/fidelity/types';
import type { ProjectFidelitySummary, QuoteFidelity, Verdict } from '../../../shared/ipc/channels/fidelity';
import type { Result } from '../../../shared/ipc/result';
import { api } from '../../api';
import type { AlignRow } from '../../state/rows/types';

/** Grid filters of the fidelity feature (`all`: the filter is off). */
export interface FidelityFilters {
  flag: 'all' | 'any' | 'none' | FlagKind;
  verdict: 'all' | 'none' | Verdict;
}

export const NO_FIDELITY_FILTERS: FidelityFilters = { flag: 'all', verdict: 'all' };

export interface FidelityState {
  projectId: number | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  message: string | null;
  /** By link id. */
  byLink: ReadonlyMap<number, QuoteFidelity>;
  summary: ProjectFidelitySummary | null;
  filters: FidelityFilters;
}

const EMPTY: FidelityState = { projectId: null, status: 'idle', message: null, byLink: new Map(), summary: null, filters: NO_FIDELITY_FILTERS };

/**
 * The fidelity of the open project's quotation links, kept outside React: asked of the main
 * process whenever the links change (`refresh` with the links' signature), updated in place by
 * a verdict, and the grid filters by flag and verdict.
 */
export class FidelityStore {
  private state: FidelityState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private lastKey: string | null = null;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  get = (): FidelityState => this.state;

  private set(next: Partial<FidelityState>): void {
    this.state = { ...this.state, ...next };
    for (const fn of this.listeners) fn();
  }

  /** Asks again when the project or its links' signature changed. */
  async refresh(projectId: number, key: string): Promise<void> {
    const full = `${projectId}\u0000${key}`;
    if (full === this.lastKey) return;
    this.lastKey = full;
    const mine = ++this.seq;
    if (this.state.projectId !== projectId) this.set({ ...EMPTY, filters: this.state.filters, projectId, status: 'loading' });
    const r = await api.fidelity.list({ projectId });
    if (mine !== this.seq) return;
    if (!r.ok) {
      this.lastKey = null;
      this.set({ status: 'error', message: r.error.message });
      return;
    }
    this.set({ status: 'ready', message: null, byLink: new Map(r.value.items.map((i) => [i.linkId, i])), summary: r.value.summary });
  }

  /** Stores a verdict (null clears it); the summary is asked again afterwards. */
  async setVerdict(linkId: number, verdict: Verdict | null, comment: string): Promise<Result<QuoteFidelity>> {
    const r = await api.fidelity.setVerdict({ linkId, verdict, comment });
    if (r.ok) {
      const byLink = new Map(this.state.byLink);
      byLink.set(linkId, r.value);
      this.set({ byLink });
      const projectId = this.state.projectId;
      if (projectId !== null) {
        const list = await api.fidelity.list({ projectId });
        if (list.ok && this.state.projectId === projectId) this.set({ summary: list.value.summary });
      }
    }
    return r;
  }

  setFilters(f: Partial<FidelityFilters>): void {
    this.set({ filters: { ...this.state.filters, ...f } });
  }

  /** Forgets the project (closed, or another one opened). */
  reset(): void {
    this.seq++;
    this.lastKey = null;
    this.set({ ...EMPTY, filters: this.state.filters });
  }
}

export const fidelityStore = new FidelityStore();

export function useFidelity<T>(select: (s: FidelityState) => T): T {
  return useSyncExternalStore(fidelityStore.subscribe, () => select(fidelityStore.get()));
}

/** Whether a quotation's fidelity passes the grid filters. */
export function passes(f: QuoteFidelity | undefined, filters: FidelityFilters): boolean {
  if (filters.flag === 'all' && filters.verdict === 'all') return true;
  if (!f) return false;
  const defects = f.flags.filter((x) => x.status === 'defect');
  if (filters.flag === 'any' && defects.length === 0) return false;
  if (filters.flag === 'none' && (f.state !== 'ok' || defects.length > 0)) return false;
  if (filters.flag !== 'all' && filters.flag !== 'any' && filters.flag !== 'none' && !defects.some((x) => x.kind === filters.flag)) return false;
  if (filters.verdict === 'none' && f.verdict !== null) return false;
  if (filters.verdict !== 'all' && filters.verdict !== 'none' && f.verdict?.verdict !== filters.verdict) return false;
  return true;
}

/** The grid rows the fidelity filters let through (all rows while they are off). */
export function useFidelityRowFilter(): (rows: readonly AlignRow[]) => readonly AlignRow[] {
  const filters = useFidelity((s) => s.filters);
  const byLink = useFidelity((s) => s.byLink);
  const off = filters.flag === 'all' && filters.verdict === 'all';
  // A stable function while nothing changes: the grid memoises its rows on it.
  return useMemo(
    () => (off ? keepAll : (rows: readonly AlignRow[]) => rows.filter((r) => r.kind === 'quote' && r.linkId !== null && passes(byLink.get(r.linkId), filters))),
    [off, filters, off ? null : byLink],
  );
}

const keepAll = (rows: readonly AlignRow[]): readonly AlignRow[] => rows;

/** FNV-1a over a text: a change anywhere in a document changes the key. */
function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${s.length}.${(h >>> 0).toString(36)}`;
}

/** What the fidelity of a project depends on, as a string: quotation links, their spans and states, both texts. */
export function linksKey(rows: readonly AlignRow[], sourceText: string, targetText: string): string {
  let k = `${textHash(sourceText)}:${textHash(targetText)}`;
  for (const r of rows)
    if (r.kind === 'quote') k += `|${r.linkId}:${r.status}:${r.source ? `${r.source.start}-${r.source.end}` : '-'}:${r.target ? `${r.target.start}-${r.target.end}` : '-'}:${r.recheckBefore === null ? '' : 'r'}`;
  return k;
}
