import type { MessageKey } from '../../i18n';
import { useT } from '../../state/hooks';
import type { RowState } from '../../state/rows/types';

/** The words for each state (grid, review panel, filters, legend, export). */
export const STATE_LABEL: Record<RowState, MessageKey> = {
  proposed: 'state.proposed',
  proposedAbsent: 'state.proposedAbsent',
  confirmed: 'state.confirmed',
  confirmedAbsent: 'state.confirmedAbsent',
  rejected: 'state.rejected',
  recheck: 'state.recheck',
};

/**
 * One shape per state, so the states differ without colour: proposals are dashed outlines,
 * the user's verdicts are filled; a slash means "not in the original", a cross "rejected",
 * the triangle "look again".
 */
const SHAPES: Record<RowState, { d: string; fill: boolean; dashed?: boolean }> = {
  proposed: { d: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 6.2a1.8 1.8 0 1 0 0 3.6a1.8 1.8 0 1 0 0-3.6z', fill: false, dashed: true },
  proposedAbsent: { d: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM4.2 11.8L11.8 4.2', fill: false, dashed: true },
  confirmed: { d: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12zM5.2 8.2l1.9 1.9l3.7-3.9', fill: true },
  confirmedAbsent: { d: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12zM5.3 10.7L10.7 5.3', fill: true },
  rejected: { d: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12zM5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4', fill: true },
  recheck: { d: 'M8 1.8L14.6 13.6H1.4ZM8 6v3.6M8 11.4v.2', fill: true },
};

export function StateIcon({ state, size = 14 }: { state: RowState; size?: number }) {
  const s = SHAPES[state];
  // Filled shapes: the outline path is filled in the state colour and the mark drawn on top.
  const [outline, ...marks] = s.d.split(/(?=M)/);
  return (
    <svg className={`state-icon state-${state}`} width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {s.fill ? (
        <>
          <path d={outline} className="state-icon-fill" />
          <path d={marks.join('')} className="state-icon-mark" fill="none" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <path d={s.d} fill="none" stroke="currentColor" strokeWidth={1.5} strokeDasharray={s.dashed ? '2.2 1.6' : undefined} strokeLinecap="round" />
      )}
    </svg>
  );
}

/** Short words for narrow places (the grid's status column); the full words are the tooltip. */
export const STATE_SHORT: Record<RowState, MessageKey> = {
  proposed: 'state.short.proposed',
  proposedAbsent: 'state.short.proposedAbsent',
  confirmed: 'state.short.confirmed',
  confirmedAbsent: 'state.short.confirmedAbsent',
  rejected: 'state.short.rejected',
  recheck: 'state.short.recheck',
};

/** Icon and words; `short` shows the short words (the full ones in the tooltip and for screen readers). */
export function StateBadge({ state, short = false }: { state: RowState; short?: boolean }) {
  const t = useT();
  const label = t(STATE_LABEL[state]);
  return (
    <span className={`state state-${state}`} title={label} data-state={state}>
      <StateIcon state={state} />
      {short ? (
        <>
          <span className="state-label" aria-hidden="true">
            {t(STATE_SHORT[state])}
          </span>
          <span className="visually-hidden">{label}</span>
        </>
      ) : (
        <span className="state-label">{label}</span>
      )}
    </span>
  );
}
