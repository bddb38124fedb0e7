import { useEffect, useMemo, useState } from 'react';
import { DiffView } from '../../editor/DiffView';
import { editors } from '../../editor/registry';
import type { MessageKey } from '../../i18n';
import { useApp, useT, useWorkbench } from '../../state/hooks';
import { rowTone } from '../alignment/types';

const TONE: Record<ReturnType<typeof rowTone>, MessageKey> = {
  auto: 'status.auto',
  confirmed: 'status.confirmed',
  rejected: 'status.rejected',
  nosource: 'status.nosource',
};

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
  const tone = rowTone(row);
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
      <div className="review-head">
        <span className={`status-dot tone-${tone}`} aria-hidden="true" />
        <strong>{t(row.kind === 'quote' ? 'kind.quote' : 'kind.sentence')}</strong>
        <span className="subtle">
          {t(TONE[tone])} · {Math.round(row.score * 100)}%
        </span>
      </div>

      <section className="review-block" aria-labelledby="rv-ru">
        <h3 id="rv-ru" className="review-label">
          <span className="lang-badge">RU</span> {t('review.source')}
        </h3>
        <p className="review-text" lang="ru" data-testid="review-source">
          {ru || <span className="subtle">{t('status.nosource')}</span>}
        </p>
      </section>

      <section className="review-block" aria-labelledby="rv-de">
        <h3 id="rv-de" className="review-label">
          <span className="lang-badge">DE</span> {t('review.published')}
        </h3>
        <p className="review-text" lang="de" data-testid="review-published">
          {de || <span className="subtle">—</span>}
        </p>
      </section>

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
        <button type="button" className="button primary" onClick={accept} aria-keyshortcuts="Control+Enter" data-testid="review-accept">
          {t('review.accept')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => wb.rejectAndNext(row.id)} data-testid="review-reject">
          {t('review.reject')}
        </button>
        <span className="titlebar-spacer" />
        <button
          type="button"
          className="button"
          title={t('review.linkSelectionHint')}
          onClick={() => {
            const ed = editors.source;
            const sel = ed?.getSelection();
            const m = ed?.getModel();
            if (!sel || !m || sel.isEmpty()) return;
            wb.relink(row.id, { start: m.getOffsetAt(sel.getStartPosition()), end: m.getOffsetAt(sel.getEndPosition()) });
          }}
        >
          {t('review.linkSelection')}
        </button>
        <button type="button" className="button" onClick={() => wb.markNotInOriginal(row.id)}>
          {t('review.notInOriginal')}
        </button>
      </div>
    </div>
  );
}
