import { z } from 'zod';
import type { FidelityFlag, FidelityState, FlagKind } from '../../fidelity/types';
import { channel } from './define';
import { Id } from './projects';
import type { LinkStatus, TextRange } from './workbench';

/*
 * Quote fidelity over IPC: `fidelity.list` gives, for every quotation link of a project
 * (automatic or confirmed; rejected links and links without a source are listed with a state
 * that says so), the flags the engine raises with the words on both sides in document offsets,
 * the reviewer's verdict and the project's summary. The renderer asks again whenever its links
 * change; the main process caches results by the link's spans and texts, so that is cheap.
 */

/** A fact-checker's verdict on a quotation. */
export const Verdict = z.enum(['faithful', 'acceptable', 'distorted', 'cannot-verify']);
export type Verdict = z.infer<typeof Verdict>;
export const VERDICTS: readonly Verdict[] = Verdict.options;

/** The verdict stored on a quotation link, signed like every review decision. */
export interface QuoteVerdict {
  verdict: Verdict;
  comment: string;
  by: string;
  at: string;
}

/**
 * Why a quotation was or was not compared: the engine's states, plus `no-source` (the link says
 * the original does not contain it) and `rejected` (the user rejected the link's source).
 */
export type QuoteFidelityState = FidelityState | 'no-source' | 'rejected';

/** One quotation link with its fidelity. Flag offsets are document offsets (editor decorations). */
export interface QuoteFidelity {
  linkId: number;
  status: LinkStatus;
  /** `auto` or who confirmed the link, and when (link provenance). */
  who: string;
  updatedAt: string;
  source: TextRange | null;
  target: TextRange;
  state: QuoteFidelityState;
  /** A sentence for the user when the state is not `ok`. */
  message: string | null;
  flags: FidelityFlag[];
  verdict: QuoteVerdict | null;
}

/** The project's fidelity summary. */
export interface ProjectFidelitySummary {
  quotations: number;
  /** Compared word by word (state `ok`). */
  checked: number;
  /** Checked and without a defect flag. */
  clean: number;
  /** Quotations with at least one defect flag of the kind. */
  byKind: Record<FlagKind, number>;
  /** Quotations by state other than `ok`. */
  notChecked: Record<Exclude<QuoteFidelityState, 'ok'>, number>;
  /** Quotations by verdict; `none`: no verdict yet. */
  verdicts: Record<Verdict | 'none', number>;
}

export interface ProjectFidelity {
  projectId: number;
  items: QuoteFidelity[];
  summary: ProjectFidelitySummary;
}

/** One change of a quotation's verdict, oldest first. */
export interface VerdictHistoryEntry {
  id: number;
  action: 'insert' | 'update' | 'delete';
  who: string;
  at: string;
  beforeVerdict: Verdict | null;
  afterVerdict: Verdict | null;
  beforeComment: string | null;
  afterComment: string | null;
}

export const fidelityChannels = {
  /** Every quotation link of the project with its flags and verdict, and the summary. */
  'fidelity.list': channel<ProjectFidelity>()(z.object({ projectId: Id }).strict()),
  /**
   * Sets (or, with `verdict: null`, clears) the verdict on a quotation link, signed with the
   * reviewer's name; history is kept. CONFLICT for a sentence link.
   */
  'fidelity.setVerdict': channel<QuoteFidelity>()(
    z
      .object({
        linkId: Id,
        verdict: Verdict.nullable(),
        comment: z.string().max(10_000, 'at most 10,000 characters').default(''),
      })
      .strict(),
  ),
  /** Every change of the quotation's verdict, oldest first. */
  'fidelity.history': channel<VerdictHistoryEntry[]>()(z.object({ linkId: Id }).strict()),
} as const;
