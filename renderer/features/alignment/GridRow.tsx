import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Span } from '../../../shared/types';
import { keysOf } from '../keys/shortcuts';
import { useT } from '../../state/hooks';
import { StateBadge } from './StateBadge';
import { LOW_SCORE, rowState, type AlignRow } from '../../state/rows/types';

export const cssId = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, '_');

/** Characters of Russian context shown after a quotation's source in a one-line row. */
const CONTEXT = 48;

export interface RowContext {
  sourceText: string;
  targetText: string;
  sourceSegments: readonly Span[];
  /** Russian spans of quotations: marked inside a sentence row's Russian cell. */
  quoteSources: readonly Span[];
  /** Row number of another row claiming the same Russian words, by row id. */
  overlapWith: ReadonlyMap<string, number>;
}

/**
 * One grid row: status in words and icon, kind, the German, the Russian with the matched
 * words marked inside their sentence, a score bar where there is a match probability, and
 * flags (overlapping source, checked translation, machine suggestion, candidates).
 */
export const GridRow = memo(function GridRow({
  row,
  index,
  top,
  selected,
  expanded,
  ctx,
  onSelect,
  onToggle,
  onMeasure,
}: {
  row: AlignRow;
  index: number;
  top: number;
  selected: boolean;
  expanded: boolean;
  ctx: RowContext;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  onMeasure: (id: string, height: number) => void;
}) {
  const t = useT();
  const el = useRef<HTMLDivElement>(null);
  const state = rowState(row);
  const de = row.target ? ctx.targetText.slice(row.target.start, row.target.end) : '';
  const overlap = ctx.overlapWith.get(row.id);
  useLayoutEffect(() => {
    if (el.current) onMeasure(row.id, el.current.offsetHeight);
  });
  return (
    <div
      ref={el}
      id={`row-${cssId(row.id)}`}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={selected}
      aria-expanded={expanded}
      className={`grid-row state-${state}${selected ? ' is-selected' : ''}${row.kind === 'quote' ? ' is-quote' : ''}${expanded ? ' is-expanded' : ''}`}
      style={{ top }}
      data-row-id={row.id}
      data-state={state}
      onMouseDown={() => onSelect(row.id)}
    >
      <span role="gridcell" className="gc-num">
        <button
          type="button"
          tabIndex={-1}
          className="row-expand"
          aria-label={t(expanded ? 'grid.collapse' : 'grid.expand')}
          title={`${t(expanded ? 'grid.collapse' : 'grid.expand')} (${keysOf('expandRow')})`}
          onMouseDown={(e) => e.stopPropagation()}
          onClick={() => onToggle(row.id)}
        >
          {expanded ? '▾' : '▸'}
        </button>
        {index + 1}
      </span>
      <span role="gridcell" className="gc-status">
        <StateBadge state={state} short />
      </span>
      <span role="gridcell" className="gc-text" lang="de">
        {row.kind === 'quote' ? (
          <span className="kind-tag quote" lang={t('lang.code')}>
            {t(row.quoteKind === 'title' ? 'kind.title' : row.quoteKind === 'term' ? 'kind.term' : 'kind.quote')}
          </span>
        ) : (
          <span className="visually-hidden">{t('kind.sentence')}: </span>
        )}
        {de || <span className="subtle">—</span>}
      </span>
      <span role="gridcell" className="gc-text" lang="ru" data-testid="grid-russian">
        <RussianCell row={row} ctx={ctx} expanded={expanded} />
      </span>
      <span role="gridcell" className="gc-score">
        {row.score !== null ? <ScoreBar score={row.score} /> : <span className="subtle score-none">{t(row.source ? 'grid.scoreUser' : 'grid.scoreNone')}</span>}
      </span>
      <span role="gridcell" className="gc-flags">
        {overlap !== undefined && (
          <span className="flag flag-overlap" data-testid="flag-overlap" title={t('grid.overlapHint', { row: overlap })}>
            <span aria-hidden="true">⚠ #{overlap}</span>
            <span className="visually-hidden">{t('grid.overlap', { row: overlap })}</span>
          </span>
        )}
        {row.checked !== null && (
          <span className="check-mark" title={t('grid.checked')}>
            ✓<span className="visually-hidden">{t('grid.checked')}</span>
          </span>
        )}
        {row.suggestion && (
          <span className="mt-mark" title={t('grid.hasSuggestion')}>
            MT
          </span>
        )}
        {row.candidates.length > 0 && (
          <span className="flag" title={t('grid.candidatesHint', { n: row.candidates.length })}>
            <span aria-hidden="true">+{row.candidates.length}</span>
            <span className="visually-hidden">{t('grid.candidates', { n: row.candidates.length })}</span>
          </span>
        )}
      </span>
    </div>
  );
});

/**
 * The Russian side: for a quotation its source marked inside the sentence it stands in; for
 * a sentence pair the quotation sources inside it marked; for a link to re-check the text
 * before the edit struck through beside the text now.
 */
function RussianCell({ row, ctx, expanded }: { row: AlignRow; ctx: RowContext; expanded: boolean }) {
  const t = useT();
  const src = row.source;
  if (row.recheckBefore !== null) {
    const now = src ? ctx.sourceText.slice(src.start, src.end) : '';
    return (
      <span className="recheck-texts">
        <del title={t('grid.recheckBefore')}>{row.recheckBefore}</del> <span aria-hidden="true">→</span>{' '}
        <ins title={t('grid.recheckNow')}>{now || t('grid.recheckDeleted')}</ins>
      </span>
    );
  }
  if (!src) return <span className="subtle">{t(row.status === 'confirmed' ? 'grid.absentConfirmed' : 'grid.absentProposed')}</span>;
  if (row.kind === 'sentence') return <>{marked(ctx.sourceText, src, ctx.quoteSources)}</>;
  const sentence = enclosing(ctx.sourceSegments, src);
  // One line starts at the matched words (the context before them would push them out of view).
  const from = expanded ? Math.min(sentence.start, src.start) : src.start;
  const to = expanded ? Math.max(sentence.end, src.end) : Math.min(Math.max(sentence.end, src.end), src.end + CONTEXT);
  return (
    <>
      {from > sentence.start && '…'}
      {ctx.sourceText.slice(from, src.start)}
      <mark className="match">{ctx.sourceText.slice(src.start, src.end)}</mark>
      {ctx.sourceText.slice(src.end, to)}
      {to < sentence.end && '…'}
    </>
  );
}

/** The sentences around a span (the span itself when no segment holds it). */
function enclosing(segments: readonly Span[], span: Span): Span {
  let start = span.start;
  let end = span.end;
  for (const s of segments) {
    if (s.end <= span.start) continue;
    if (s.start >= span.end) break;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/** The text of `span` with the parts inside it that `marks` cover wrapped in <mark>. */
function marked(text: string, span: Span, marks: readonly Span[]): ReactNode[] {
  const out: ReactNode[] = [];
  let at = span.start;
  for (const m of marks) {
    if (m.end <= at || m.start >= span.end) continue;
    const a = Math.max(m.start, at);
    const b = Math.min(m.end, span.end);
    if (a > at) out.push(text.slice(at, a));
    out.push(
      <mark key={a} className="match">
        {text.slice(a, b)}
      </mark>,
    );
    at = b;
  }
  if (at < span.end) out.push(text.slice(at, span.end));
  return out;
}

function ScoreBar({ score }: { score: number }) {
  const pct = Math.round(score * 100);
  return (
    <span className="score" title={`${pct}%`}>
      <span className="score-bar" aria-hidden="true">
        <span className={`score-fill${score < LOW_SCORE ? ' low' : ''}`} style={{ width: `${pct}%` }} />
      </span>
      <span className="score-num">{pct}</span>
    </span>
  );
}
