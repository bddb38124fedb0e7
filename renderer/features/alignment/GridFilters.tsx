import type { MessageKey } from '../../i18n';
import { useApp, useT, useWorkbench } from '../../state/hooks';
import { keysOf } from '../keys/shortcuts';
import { BatchSuggest } from '../review/BatchSuggest';
import { FidelityFilters } from '../fidelity/FidelityFilters';
import { STATE_SHORT } from './StateBadge';
import { ROW_STATES, type RowFilters, type ScoreBand } from '../../state/rows/types';

const SCORE_LABEL: Record<ScoreBand, MessageKey> = {
  all: 'filter.scoreAll',
  low: 'filter.scoreLow',
  mid: 'filter.scoreMid',
  high: 'filter.scoreHigh',
};

/** Text search and filters by kind, status, score and flags; the count of rows shown. */
export function GridFilters({ filters, shown, total }: { filters: RowFilters; shown: number; total: number }) {
  const wb = useWorkbench();
  const t = useT();
  const wrap = useApp((s) => s.gridWrap);
  const set = (f: Partial<RowFilters>) => wb.setFilters({ ...filters, ...f });
  return (
    <div className="grid-filters" role="toolbar" aria-label={t('filter.label')}>
      <input
        id="grid-search"
        type="search"
        className="input grid-search"
        placeholder={t('filter.searchShort')}
        aria-label={t('filter.search')}
        title={`${t('filter.search')} (${keysOf('search')})`}
        value={filters.query}
        onChange={(e) => set({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === 'Enter') {
            e.preventDefault();
            (document.querySelector('[data-testid="alignment-grid"] [role="grid"]') as HTMLElement | null)?.focus();
          }
        }}
        data-testid="grid-search"
      />
      <div className="segmented" role="radiogroup" aria-label={t('grid.kind')}>
        {(['all', 'quote', 'sentence'] as const).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={filters.kind === k} className={filters.kind === k ? 'is-on' : ''} onClick={() => set({ kind: k })}>
            {t(k === 'all' ? 'filter.all' : k === 'quote' ? 'filter.quotes' : 'filter.sentences')}
          </button>
        ))}
      </div>
      <label className="select-compact">
        <span className="visually-hidden">{t('filter.state')}</span>
        <select value={filters.state} onChange={(e) => set({ state: e.target.value as RowFilters['state'] })} data-testid="filter-state" title={t('filter.state')}>
          <option value="all">{t('filter.stateAll')}</option>
          <option value="open">{t('filter.stateOpen')}</option>
          {ROW_STATES.map((s) => (
            <option key={s} value={s}>
              {t(STATE_SHORT[s])}
            </option>
          ))}
        </select>
      </label>
      <label className="select-compact">
        <span className="visually-hidden">{t('filter.score')}</span>
        <select value={filters.score} onChange={(e) => set({ score: e.target.value as ScoreBand })} data-testid="filter-score" title={t('filter.score')}>
          {(Object.keys(SCORE_LABEL) as ScoreBand[]).map((b) => (
            <option key={b} value={b}>
              {t(SCORE_LABEL[b])}
            </option>
          ))}
        </select>
      </label>
      <FidelityFilters />
      <button type="button" className={`chip${filters.overlap ? ' is-on' : ''}`} aria-pressed={filters.overlap} onClick={() => set({ overlap: !filters.overlap })} data-testid="filter-overlap">
        {t('filter.overlap')}
      </button>
      <button type="button" className={`chip${filters.hasSuggestion ? ' is-on' : ''}`} aria-pressed={filters.hasSuggestion} onClick={() => set({ hasSuggestion: !filters.hasSuggestion })}>
        {t('filter.hasSuggestion')}
      </button>
      <button
        type="button"
        className={`chip${wrap ? ' is-on' : ''}`}
        aria-pressed={wrap}
        onClick={() => wb.toggleWrap()}
        title={`${t('grid.wrap')} (${keysOf('wrapRows')})`}
        data-testid="grid-wrap"
      >
        {t('grid.wrap')}
      </button>
      <span className="titlebar-spacer" />
      <BatchSuggest />
      <span className="subtle grid-count" data-testid="grid-count">
        {t('grid.shown', { shown, n: total })}
      </span>
    </div>
  );
}
