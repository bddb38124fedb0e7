import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n';
import { useApp, useT, useWorkbench } from '../../state/hooks';
import { filterRows } from '../../state/workbench';
import { BatchSuggest } from '../review/BatchSuggest';
import { rowTone, type AlignRow, type RowFilters } from './types';

const ROW_H = 30;
const OVERSCAN = 12;

/**
 * The alignment grid: one row per quotation or sentence pair, virtualised (only the rows in
 * view exist in the DOM, so 10,000 rows scroll like 100). Keyboard: Up/Down, Page Up/Down,
 * Home/End move; Space confirms; R rejects; Delete marks "not in this original".
 */
export function AlignmentGrid({ sourceText, targetText }: { sourceText: string; targetText: string }) {
  const wb = useWorkbench();
  const t = useT();
  const align = useApp((s) => s.align);
  const filters = useApp((s) => s.filters);
  const selected = useApp((s) => s.selectedRow);
  const rows = useMemo(() => (align.status === 'ready' ? filterRows(align.data.rows, filters) : []), [align, filters]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(300);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  const selectedIndex = rows.findIndex((r) => r.id === selected);

  // Keep the selected row in view when it changes from elsewhere (editor click, map, Ctrl+Down).
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex < 0) return;
    const top = selectedIndex * ROW_H;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_H > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_H - el.clientHeight;
  }, [selectedIndex]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_H) + OVERSCAN);
  const pageRows = Math.max(1, Math.floor(height / ROW_H) - 1);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return; // Ctrl/Alt+arrows are global shortcuts
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
        case ' ':
          e.preventDefault();
          if (row) wb.confirm([row.id]);
          return;
        case 'r':
        case 'R':
          e.preventDefault();
          if (row) wb.reject([row.id]);
          return;
        case 'Enter':
          // Into the review: the checked translation, where Ctrl+Enter accepts and moves on.
          e.preventDefault();
          document.getElementById('rv-checked-input')?.focus();
          return;
        case 'Delete':
          e.preventDefault();
          if (row) wb.markNotInOriginal(row.id);
          return;
      }
    },
    [rows, selectedIndex, pageRows, wb],
  );

  if (align.status !== 'ready') return null;
  return (
    <div className="grid-wrap" data-testid="alignment-grid">
      <GridFilters filters={filters} shown={rows.length} total={align.data.rows.length} />
      <div className="grid-head" role="presentation">
        <span className="gc-num">#</span>
        <span className="gc-status" />
        <span className="gc-kind">{t('grid.kind')}</span>
        <span className="gc-text">{t('grid.german')}</span>
        <span className="gc-text">{t('grid.russian')}</span>
        <span className="gc-score">{t('grid.score')}</span>
      </div>
      <div
        ref={scroller}
        className="grid-body"
        role="grid"
        tabIndex={0}
        aria-label={t('grid.label')}
        aria-rowcount={rows.length}
        aria-activedescendant={selectedIndex >= 0 ? `row-${cssId(rows[selectedIndex]!.id)}` : undefined}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: rows.length * ROW_H, position: 'relative' }}>
          {rows.slice(first, last).map((r, k) => (
            <GridRow key={r.id} row={r} index={first + k} selected={r.id === selected} sourceText={sourceText} targetText={targetText} onSelect={() => wb.select(r.id, 'grid')} />
          ))}
        </div>
        {rows.length === 0 && <p className="grid-empty">{t('grid.emptyFiltered')}</p>}
      </div>
    </div>
  );
}

export const cssId = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, '_');

const TONE_LABEL: Record<ReturnType<typeof rowTone>, MessageKey> = {
  auto: 'status.auto',
  confirmed: 'status.confirmed',
  rejected: 'status.rejected',
  nosource: 'status.nosource',
};

function GridRow({ row, index, selected, sourceText, targetText, onSelect }: { row: AlignRow; index: number; selected: boolean; sourceText: string; targetText: string; onSelect: () => void }) {
  const t = useT();
  const tone = rowTone(row);
  const de = row.target ? targetText.slice(row.target.start, row.target.end) : '';
  const ru = row.source ? sourceText.slice(row.source.start, row.source.end) : '';
  return (
    <div
      id={`row-${cssId(row.id)}`}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={selected}
      className={`grid-row tone-${tone}${selected ? ' is-selected' : ''}${row.kind === 'quote' ? ' is-quote' : ''}`}
      style={{ top: index * ROW_H }}
      data-row-id={row.id}
      onMouseDown={onSelect}
    >
      <span role="gridcell" className="gc-num">
        {index + 1}
      </span>
      <span role="gridcell" className="gc-status">
        <span className={`status-dot tone-${tone}`} title={t(TONE_LABEL[tone])} />
        <span className="visually-hidden">{t(TONE_LABEL[tone])}</span>
      </span>
      <span role="gridcell" className="gc-kind">
        {row.kind === 'quote' ? <span className="kind-tag quote">{t(row.quoteKind === 'title' ? 'kind.title' : row.quoteKind === 'term' ? 'kind.term' : 'kind.quote')}</span> : <span className="kind-tag">{t('kind.sentence')}</span>}
      </span>
      <span role="gridcell" className="gc-text" lang="de">
        {de || <span className="subtle">—</span>}
      </span>
      <span role="gridcell" className="gc-text" lang="ru">
        {ru || <span className="subtle">{t('status.nosource')}</span>}
      </span>
      <span role="gridcell" className="gc-score">
        <ScoreBar score={row.score} />
        {row.checked !== null && <span className="check-mark" title={t('grid.checked')}>✓</span>}
        {row.suggestion && <span className="mt-mark" title={t('grid.hasSuggestion')}>MT</span>}
      </span>
    </div>
  );
}

function ScoreBar({ score }: { score: number }) {
  const pct = Math.round(score * 100);
  return (
    <span className="score">
      <span className="score-bar" aria-hidden="true">
        <span className={`score-fill${score < 0.5 ? ' low' : ''}`} style={{ width: `${pct}%` }} />
      </span>
      <span className="score-num">{pct}</span>
    </span>
  );
}

function GridFilters({ filters, shown, total }: { filters: RowFilters; shown: number; total: number }) {
  const wb = useWorkbench();
  const t = useT();
  const toggle = (k: 'unconfirmed' | 'lowScore' | 'noSource' | 'hasSuggestion') => wb.setFilters({ ...filters, [k]: !filters[k] });
  const chips: { k: 'unconfirmed' | 'lowScore' | 'noSource' | 'hasSuggestion'; label: MessageKey }[] = [
    { k: 'unconfirmed', label: 'filter.unconfirmed' },
    { k: 'lowScore', label: 'filter.lowScore' },
    { k: 'noSource', label: 'filter.noSource' },
    { k: 'hasSuggestion', label: 'filter.hasSuggestion' },
  ];
  return (
    <div className="grid-filters" role="toolbar" aria-label={t('filter.label')}>
      <div className="segmented" role="radiogroup" aria-label={t('grid.kind')}>
        {(['all', 'quote', 'sentence'] as const).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={filters.kind === k} className={filters.kind === k ? 'is-on' : ''} onClick={() => wb.setFilters({ ...filters, kind: k })}>
            {t(k === 'all' ? 'filter.all' : k === 'quote' ? 'filter.quotes' : 'filter.sentences')}
          </button>
        ))}
      </div>
      {chips.map((c) => (
        <button key={c.k} type="button" className={`chip${filters[c.k] ? ' is-on' : ''}`} aria-pressed={filters[c.k]} onClick={() => toggle(c.k)}>
          {t(c.label)}
        </button>
      ))}
      <span className="titlebar-spacer" />
      <BatchSuggest />
      <span className="subtle grid-count">{t('grid.shown', { shown, total })}</span>
    </div>
  );
}
