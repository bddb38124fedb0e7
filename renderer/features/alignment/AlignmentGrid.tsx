import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import type { Span } from '../../../shared/types';
import { useApp, useT, useWorkbench } from '../../state/hooks';
import { GridFilters } from './GridFilters';
import { cssId, GridRow, type RowContext } from './GridRow';
import { filterRows, overlappingRows } from '../../state/rows/ops';
import { useFidelityRowFilter } from '../fidelity/store';
import type { AlignRow } from '../../state/rows/types';

export { cssId };

/** Height of a one-line row; wrapped and expanded rows are measured. */
const ROW_H = 30;
const OVERSCAN_PX = 360;

/**
 * The alignment grid: one row per quotation or sentence pair, virtualised (only the rows in
 * view exist in the DOM, so 10,000 rows scroll like 100); rows are one line each, or wrapped
 * (W, all rows) or expanded (→/←, one row), with measured heights. Keyboard: Up/Down, Page
 * Up/Down, Home/End move; Enter goes to the checked translation; the review keys (Space, R,
 * A, Ctrl+Enter, U) are the workbench's (features/keys).
 */
export function AlignmentGrid({ sourceText, targetText }: { sourceText: string; targetText: string }) {
  const wb = useWorkbench();
  const t = useT();
  const align = useApp((s) => s.align);
  const filters = useApp((s) => s.filters);
  const selected = useApp((s) => s.selectedRow);
  const wrapAll = useApp((s) => s.gridWrap);
  const all = align.status === 'ready' ? align.data.rows : null;
  const fidelityFilter = useFidelityRowFilter();
  const rows = useMemo(() => (all ? fidelityFilter(filterRows(all, filters, { source: sourceText, target: targetText })) : []), [all, filters, sourceText, targetText, fidelityFilter]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(300);
  const heights = useRef(new Map<string, number>());
  const [measured, remeasure] = useReducer((x: number) => x + 1, 0);
  const pending = useRef<number | null>(null);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      setHeight(el.clientHeight);
      // A new width wraps text differently: measure again.
      heights.current.clear();
      remeasure();
    });
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  const ctx = useMemo<RowContext>(() => {
    const numbers = new Map((all ?? []).map((r, i) => [r.id, i + 1]));
    const overlapping = all ? overlappingRows(all) : new Set<string>();
    const overlapWith = new Map<string, number>();
    const quoteSources: Span[] = [];
    for (const r of all ?? []) {
      if (r.kind === 'quote' && r.source && r.status !== 'rejected') quoteSources.push(r.source);
      if (!overlapping.has(r.id) || !r.source) continue;
      const other = (all ?? []).find((o) => o !== r && o.kind === r.kind && overlapping.has(o.id) && o.source && o.source.start < r.source!.end && r.source!.start < o.source.end);
      if (other) overlapWith.set(r.id, numbers.get(other.id)!);
    }
    quoteSources.sort((a, b) => a.start - b.start);
    return {
      sourceText,
      targetText,
      sourceSegments: align.status === 'ready' ? align.data.sourceSegments : [],
      quoteSources,
      overlapWith,
    };
  }, [all, align, sourceText, targetText]);

  const isExpanded = useCallback((id: string) => wrapAll || expanded.has(id), [wrapAll, expanded]);
  // Row tops from measured heights (one-line rows need no measuring).
  const tops = useMemo(() => {
    const out = new Array<number>(rows.length + 1);
    out[0] = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      out[i + 1] = out[i]! + (isExpanded(r.id) ? (heights.current.get(r.id) ?? ROW_H) : ROW_H);
    }
    return out;
    // `measured` changes when a height did.
  }, [rows, isExpanded, measured]);
  const total = tops[rows.length] ?? 0;

  const onMeasure = useCallback((id: string, h: number) => {
    if (heights.current.get(id) === h) return;
    heights.current.set(id, h);
    if (pending.current === null) {
      pending.current = requestAnimationFrame(() => {
        pending.current = null;
        remeasure();
      });
    }
  }, []);
  useEffect(() => () => void (pending.current !== null && cancelAnimationFrame(pending.current)), []);

  const selectedIndex = rows.findIndex((r) => r.id === selected);

  // Keep the selected row in view when it changes from elsewhere (editor click, map, Ctrl+Down).
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex < 0) return;
    const top = tops[selectedIndex]!;
    const bottom = tops[selectedIndex + 1]!;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = Math.min(top, bottom - el.clientHeight);
    // Only a change of row scrolls, not a re-measure.
  }, [selectedIndex]);

  const first = Math.max(0, upperBound(tops, scrollTop - OVERSCAN_PX) - 1);
  const last = Math.min(rows.length, upperBound(tops, scrollTop + height + OVERSCAN_PX));
  const pageRows = Math.max(1, Math.floor(height / ROW_H) - 1);

  const toggle = useCallback((id: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const select = useCallback((id: string) => wb.select(id, 'grid'), [wb]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return; // the workbench keys (features/keys)
      const row = rows[selectedIndex];
      const move = (delta: number) => {
        e.preventDefault();
        wb.step(delta);
      };
      switch (e.key) {
        case 'ArrowDown':
          return move(1);
        case 'ArrowUp':
          return move(-1);
        case 'PageDown':
          return move(pageRows);
        case 'PageUp':
          return move(-pageRows);
        case 'Home':
          e.preventDefault();
          return rows[0] && wb.select(rows[0].id, 'keyboard');
        case 'End':
          e.preventDefault();
          return rows.at(-1) && wb.select(rows.at(-1)!.id, 'keyboard');
        case 'ArrowRight':
        case 'ArrowLeft':
          e.preventDefault();
          if (row && expanded.has(row.id) !== (e.key === 'ArrowRight')) toggle(row.id);
          return;
        case 'Enter':
          // Into the review: the checked translation, where Ctrl+Enter accepts and moves on.
          e.preventDefault();
          document.getElementById('rv-checked-input')?.focus();
          return;
      }
    },
    [rows, selectedIndex, pageRows, wb, expanded, toggle],
  );

  if (align.status !== 'ready') return null;
  return (
    <div className={`grid-wrap${wrapAll ? ' is-wrapped' : ''}`} data-testid="alignment-grid">
      <GridFilters filters={filters} shown={rows.length} total={align.data.rows.length} />
      <div className="grid-head" role="presentation">
        <span className="gc-num">#</span>
        <span className="gc-status">{t('grid.status')}</span>
        <span className="gc-text">{t('grid.german')}</span>
        <span className="gc-text">{t('grid.russian')}</span>
        <span className="gc-score">{t('grid.score')}</span>
        <span className="gc-flags">{t('grid.flags')}</span>
      </div>
      <div
        ref={scroller}
        className="grid-body"
        role="grid"
        tabIndex={0}
        data-keys="grid"
        aria-label={t('grid.label')}
        aria-rowcount={rows.length}
        aria-activedescendant={selectedIndex >= 0 ? `row-${cssId(rows[selectedIndex]!.id)}` : undefined}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: total, position: 'relative' }}>
          {rows.slice(first, last).map((r: AlignRow, k) => (
            <GridRow
              key={r.id}
              row={r}
              index={first + k}
              top={tops[first + k]!}
              selected={r.id === selected}
              expanded={isExpanded(r.id)}
              ctx={ctx}
              onSelect={select}
              onToggle={toggle}
              onMeasure={onMeasure}
            />
          ))}
        </div>
        {rows.length === 0 && <p className="grid-empty">{t('grid.emptyFiltered')}</p>}
      </div>
    </div>
  );
}

/** Index of the first top greater than `y` (tops ascending). */
function upperBound(tops: readonly number[], y: number): number {
  let lo = 0;
  let hi = tops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
