/**
 * Fidelity of stored quotation links, the one function behind the workbench and the CLI:
 * a link as the planner or the database holds it, checked against the documents as they are
 * now, and the project's summary over such results.
 */
import type { ProjectFidelitySummary, QuoteFidelity, QuoteFidelityState, Verdict } from '../ipc/channels/fidelity';
import type { CheckOptions } from './check';
import { checkLinkedQuote } from './linked';
import { FLAG_KINDS, type FidelityFlag } from './types';

/** What a quotation link carries that its fidelity depends on. */
export interface QuoteLinkInput {
  source: { start: number; end: number } | null;
  target: { start: number; end: number };
  status: 'auto' | 'confirmed' | 'rejected' | 'no_source';
  /** An edit of the Russian original touched the span since the link was made. */
  recheck?: { before: string } | null;
}

/** The outcome for one link: state, a message when not compared, flags in document offsets. */
export interface QuoteLinkFidelity {
  state: QuoteFidelityState;
  message: string | null;
  flags: FidelityFlag[];
}

/**
 * Checks one quotation link against the current texts. A link whose source an edit of the
 * original touched, or whose spans fall outside the texts, is `source-changed` /
 * `target-changed` with no flags (never stale ones).
 */
export function checkQuoteLink(link: QuoteLinkInput, sourceText: string, targetText: string, options: CheckOptions = {}): QuoteLinkFidelity {
  if (link.status === 'no_source' || !link.source) return { state: 'no-source', message: 'The original does not contain this quotation.', flags: [] };
  if (link.status === 'rejected') return { state: 'rejected', message: 'The link to the original was rejected.', flags: [] };
  const src = link.source;
  const tgt = link.target;
  if (link.recheck || src.end > sourceText.length || src.start > src.end)
    return { state: 'source-changed', message: 'The Russian source of this quotation was edited since the link was made; confirm or relink it to check it.', flags: [] };
  if (tgt.end > targetText.length || tgt.start > tgt.end)
    return { state: 'target-changed', message: 'The German quotation no longer fits the text; align again to check it.', flags: [] };
  const german = targetText.slice(tgt.start, tgt.end);
  const r = checkLinkedQuote(
    {
      sourceDoc: sourceText,
      source: { ...src, text: sourceText.slice(src.start, src.end) },
      targetDoc: targetText,
      target: { ...tgt, text: german },
    },
    options,
  );
  return { state: r.state, message: r.message ?? null, flags: r.flags };
}

/** The project's summary over its quotation links. */
export function summariseQuotes(items: readonly Pick<QuoteFidelity, 'state' | 'flags' | 'verdict'>[]): ProjectFidelitySummary {
  const byKind = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as ProjectFidelitySummary['byKind'];
  const notChecked: ProjectFidelitySummary['notChecked'] = { empty: 0, 'too-long': 0, 'source-changed': 0, 'target-changed': 0, 'no-source': 0, rejected: 0 };
  const verdicts: Record<Verdict | 'none', number> = { faithful: 0, acceptable: 0, distorted: 0, 'cannot-verify': 0, none: 0 };
  let checked = 0;
  let clean = 0;
  for (const it of items) {
    verdicts[it.verdict?.verdict ?? 'none']++;
    if (it.state !== 'ok') {
      notChecked[it.state]++;
      continue;
    }
    checked++;
    const kinds = new Set(it.flags.filter((f) => f.status === 'defect').map((f) => f.kind));
    if (kinds.size === 0) clean++;
    for (const k of kinds) byKind[k]++;
  }
  return { quotations: items.length, checked, clean, byKind, notChecked, verdicts };
}
