import { useEffect, useMemo, useState } from 'react';
import { DiffView } from '../../editor/DiffView';
import { linkRussianSelection } from '../../editor/selectionLinks';
import { useApp, useT, useWorkbench } from '../../state/hooks';
import { StateBadge } from '../alignment/StateBadge';
import { rowState } from '../../state/rows/types';
import { ariaKeys, withKeys } from '../keys/shortcuts';
import { CandidateList } from '../candidates/CandidateList';
import { FidelitySection } from '../fidelity/FidelitySection';

/**
 * The selected pair: Russian source, published German, the DeepL suggestion and its diff
 * against the German, and the checked translation the translator accepts (Ctrl+Enter, then
 * the next row) or rejects.
 */
export function ReviewPanel() {
  const wb = useWorkbench();
  const t = useT();
  const open = useApp((s) => (s.open.status === 'ready' ? s.open.value : null));
  const selectedId = useApp((s) => s.selectedRow);
  const row = useApp((s) => (s.align.status === 'ready' ? (s.align.data.rows.find((r) => r.id === selectedId) ?? null) : null));
  const [fetching, setFetching] = useState(false);
  const ru = row?.source && open?.source ? open.source.text.slice(row.source.start, row.source.end) : '';
  const de = row?.target && open?.target ? open.target.text.slice(row.target.start, row.target.end) : '';
  const initial = useMemo(() => row?.checked ?? de, [row?.id, row?.checked, de]);
  const [draft, setDraft] = useState(initial);
  useEffect(() => setDraft(initial), [initial]);

  if (!row || !open) {
    return <p className="panel-empty">{t('review.none')}</p>;
  }
  const state = rowState(row);
  const fetch = async () => {
    setFetching(true);
    await wb.fetchSuggestions([row.id]);
    setFetching(false);
  };
  const accept = () => void wb.accept(row.id, draft);

  return (
    <div
      className="review"
      data-testid="review-panel"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
          e.preventDefault();
          accept();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          (document.querySelector('[data-testid="alignment-grid"] [role="grid"]') as HTMLElement | null)?.focus();
        }
      }}
    >
      <div className="review-head" data-testid="review-state">
        <strong>{t(row.kind === 'quote' ? (row.quoteKind === 'title' ? 'kind.title' : row.quoteKind === 'term' ? 'kind.term' : 'kind.quote') : 'kind.sentence')}</strong>
        <StateBadge state={state} />
        {row.score !== null && <span className="subtle">{t('review.score', { pct: Math.round(row.score * 100) })}</span>}
      </div>

      {row.recheckBefore !== null && (
        <section className="review-block review-recheck" aria-labelledby="rv-recheck" data-testid="review-recheck">
          <h3 id="rv-recheck" className="review-label">
            {t('review.recheckTitle')}
          </h3>
          <p className="review-text" lang="ru">
            <span className="subtle">{t('grid.recheckBefore')}: </span>
            <del>{row.recheckBefore}</del>
          </p>
          <p className="review-text" lang="ru">
            <span className="subtle">{t('grid.recheckNow')}: </span>
            <ins>{ru || t('grid.recheckDeleted')}</ins>
          </p>
          <p className="subtle review-hint">{t('review.recheckHint')}</p>
        </section>
      )}

      <section className="review-block" aria-labelledby="rv-ru">
        <h3 id="rv-ru" className="review-label">
          <span className="lang-badge">RU</span> {t('review.source')}
        </h3>
        <p className="review-text" lang="ru" data-testid="review-source">
          {ru || <span className="subtle">{t(row.status === 'confirmed' ? 'grid.absentConfirmed' : 'grid.absentProposed')}</span>}
        </p>
      </section>

      <CandidateList row={row} sourceText={open.source?.text ?? ''} targetText={open.target?.text ?? ''} />

      <section className="review-block" aria-labelledby="rv-de">
        <h3 id="rv-de" className="review-label">
          <span className="lang-badge">DE</span> {t('review.published')}
        </h3>
        <p className="review-text" lang="de" data-testid="review-published">
          {de || <span className="subtle">—</span>}
        </p>
      </section>

      <FidelitySection row={row} />

      <section className="review-block" aria-labelledby="rv-mt">
        <h3 id="rv-mt" className="review-label">
          <span className="lang-badge mt">MT</span> {t('review.suggestion')}
          <span className="titlebar-spacer" />
          <button type="button" className="button small" disabled={!ru || fetching} onClick={() => void fetch()} aria-keyshortcuts="Control+M" data-testid="fetch-suggestion">
            {fetching ? t('review.fetching') : row.suggestion ? t('review.refetch') : t('review.fetch')}
          </button>
        </h3>
        {row.suggestion ? (
          <>
            <p className="review-text" lang="de" data-testid="review-suggestion">
              {row.suggestion.text}
            </p>
            <DiffView original={de} modified={row.suggestion.text} ariaLabel={t('review.diff')} />
            <button type="button" className="link-button" onClick={() => setDraft(row.suggestion!.text)}>
              {t('review.useSuggestion')}
            </button>
          </>
        ) : (
          <p className="subtle review-hint">{ru ? t('review.noSuggestion') : t('review.needsSource')}</p>
        )}
      </section>

      <section className="review-block" aria-labelledby="rv-checked">
        <h3 className="review-label">
          <label id="rv-checked" htmlFor="rv-checked-input">
            {t('review.checked')}
          </label>
        </h3>
        <textarea id="rv-checked-input" className="input textarea" lang="de" rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="review-checked" />
      </section>

      <div className="review-actions">
        <button type="button" className="button primary" onClick={accept} title={withKeys(t('review.accept'), 'acceptChecked')} aria-keyshortcuts="Control+Enter" data-testid="review-accept">
          {t('review.accept')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => void wb.rejectAndNext(row.id)} disabled={!row.source} title={withKeys(t('review.reject'), 'reject')} data-testid="review-reject">
          {t('review.reject')}
        </button>
        <span className="titlebar-spacer" />
        <button type="button" className="button" title={withKeys(t('review.linkSelectionHint'), 'relink')} aria-keyshortcuts={ariaKeys('relink')} onClick={() => linkRussianSelection(wb, row.id)}>
          {t('review.linkSelection')}
        </button>
        <button type="button" className="button" title={withKeys(t('review.notInOriginal'), 'absent')} onClick={() => void wb.markNotInOriginal(row.id)} data-testid="review-absent">
          {t('review.notInOriginal')}
        </button>
      </div>
    </div>
  );
}
