import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n';
import { evidenceLines, focusEvidence, sameSpan } from '../../state/candidates';
import { useApp, useModel, useT, useWorkbench } from '../../state/hooks';
import type { AlignRow, Candidate } from '../../state/rows/types';

/** Longest Russian snippet a candidate shows (the editor shows the whole span). */
const SNIPPET = 220;

const snippet = (text: string, c: Candidate) => {
  const s = text.slice(c.source.start, c.source.end).replace(/\s+/g, ' ').trim();
  return s.length > SNIPPET ? `${s.slice(0, SNIPPET)}…` : s;
};

/** A probability as a whole percentage; "<1" rather than a misleading 0 for a candidate that is there. */
const percent = (p: number): string => (p > 0 && p < 0.005 ? '<1' : String(Math.round(p * 100)));

/**
 * The quotation search's ranked candidates for the selected quotation: Russian snippet and the
 * probability that it is the source. Pointing at one (or focusing it) lists its word evidence
 * and marks the matched words in both editors; a click, or key 1-3 in the grid, takes it and
 * confirms the link.
 */
export function CandidateList({ row, sourceText, targetText }: { row: AlignRow; sourceText: string; targetText: string }) {
  const t = useT();
  const wb = useWorkbench();
  const model = useModel();
  const focus = useApp((s) => s.evidence);
  const list = useRef<HTMLOListElement>(null);
  // Another row, or the panel closing, ends the highlight.
  useEffect(() => () => focusEvidence(model, null), [model, row.id]);
  if (row.candidates.length === 0) return null;
  const shownIndex = focus?.rowId === row.id ? focus.index : null;
  const shown = shownIndex === null ? null : (row.candidates[shownIndex] ?? null);
  const look = (index: number | null) => focusEvidence(model, index === null ? null : { rowId: row.id, index });
  const anchor = shownIndex === null ? null : (list.current?.querySelector<HTMLElement>(`[data-rank="${shownIndex + 1}"] button`) ?? null);

  return (
    <section className="review-block candidates-block" aria-labelledby="cand-title" data-testid="candidates">
      <h3 id="cand-title" className="review-label">
        {t('candidates.title')}
        <span className="titlebar-spacer" />
        <span className="subtle candidates-keys">{row.candidates.length === 1 ? t('candidates.keyHint') : t('candidates.keysHint', { last: Math.min(3, row.candidates.length) })}</span>
      </h3>
      <ol ref={list} className="candidate-list" aria-label={t('candidates.listLabel')}>
        {row.candidates.map((c, i) => {
          const current = sameSpan(c.source, row.source);
          const pct = percent(c.score);
          return (
            <li key={i} data-testid="candidate" data-rank={i + 1} data-current={current ? 'true' : undefined}>
              <button
                type="button"
                className={`candidate${shownIndex === i ? ' looking' : ''}`}
                onClick={() => void wb.pickCandidate(row.id, i)}
                onMouseEnter={() => look(i)}
                onMouseLeave={() => look(null)}
                onFocus={() => look(i)}
                onBlur={() => look(null)}
                title={i < 3 ? `${t('candidates.take', { index: i + 1 })} (${i + 1})` : t('candidates.take', { index: i + 1 })}
                aria-keyshortcuts={i < 3 ? String(i + 1) : undefined}
                aria-describedby={shownIndex === i ? 'cand-evidence' : undefined}
                data-testid={`candidate-${i + 1}`}
              >
                <kbd aria-hidden="true">{i + 1}</kbd>
                <span className="candidate-text" lang="ru">
                  {snippet(sourceText, c)}
                </span>
                <span className="candidate-meta">
                  <span className="candidate-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(c.score * 100)}%` }} />
                  </span>
                  <span className="candidate-p" title={t('candidates.probabilityHint')}>
                    {t('candidates.probability', { pct })}
                  </span>
                  {current && <span className="candidate-current">{t('candidates.current')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {shown && shownIndex !== null ? (
        <Evidence id="cand-evidence" anchor={anchor} index={shownIndex} candidate={shown} sourceText={sourceText} targetText={targetText} />
      ) : (
        <p className="subtle review-hint">{t('candidates.hint')}</p>
      )}
    </section>
  );
}

/** Gap between the candidate and its evidence, and from the window's edges. */
const GAP = 8;

/**
 * The word links behind one candidate: German word ↔ Russian word, and by what. It floats
 * beside the candidate it explains (the panel is narrow and may scroll), inside the window.
 */
function Evidence(props: { id: string; anchor: HTMLElement | null; index: number; candidate: Candidate; sourceText: string; targetText: string }) {
  const { id, anchor, index, candidate, sourceText, targetText } = props;
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; right: number } | null>(null);
  useLayoutEffect(() => {
    if (!anchor || !box.current) return setPlace(null);
    const a = anchor.getBoundingClientRect();
    const h = box.current.getBoundingClientRect().height;
    const top = Math.max(GAP, Math.min(a.top, window.innerHeight - h - GAP));
    setPlace({ top, right: Math.max(GAP, window.innerWidth - a.left + GAP) });
  }, [anchor, index, candidate]);
  const lines = evidenceLines(candidate, sourceText, targetText);
  return (
    <div
      ref={box}
      id={id}
      role="tooltip"
      className={`candidate-evidence${place ? ' floating' : ''}`}
      style={place ? { top: place.top, right: place.right } : undefined}
      data-testid="candidate-evidence"
    >
      <p className="candidate-evidence-title">{t('candidates.evidenceTitle', { index: index + 1, n: lines.length })}</p>
      {lines.length === 0 ? (
        <p className="subtle">{t('candidates.noEvidence')}</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={`${l.de}|${l.ru}|${l.by}`} data-testid="evidence-pair" data-by={l.by}>
              <span lang="de">{l.de}</span>
              <span aria-hidden="true"> ↔ </span>
              <span className="visually-hidden">{t('candidates.matches')}</span>
              <span lang="ru">{l.ru}</span> <span className={`evidence-kind by-${l.by}`}>{t(`candidates.by.${l.by}` as MessageKey)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
