import type { LinkCandidate } from '../../../shared/ipc/channels/candidates';
import { MAX_CANDIDATES } from '../../../shared/ipc/channels/candidates';
import type { QuoteCandidate } from '../../../shared/align/quotes/index';
import type { TextRange } from '../../../shared/ipc/channels/workbench';
import { mapSpan, type Edit } from '../../../shared/text/edits';
import { clampScore } from './links';

const inside = (s: TextRange, length: number) => s.start >= 0 && s.start < s.end && s.end <= length;

/**
 * The quotation search's candidates as a link stores them: spans only (the texts are the
 * documents'), scores as stored probabilities, each span once, at most MAX_CANDIDATES, and
 * nothing that does not lie inside the texts it was found in.
 */
export function storedCandidates(list: readonly QuoteCandidate[] | undefined, sourceLength: number, targetLength: number): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  for (const c of list ?? []) {
    if (out.length >= MAX_CANDIDATES) break;
    if (!inside(c.source, sourceLength)) continue;
    // The search may rank the same span twice (reached through different word links): the
    // user is offered each span once, at its best rank.
    if (out.some((o) => o.source.start === c.source.start && o.source.end === c.source.end)) continue;
    out.push({
      source: { start: c.source.start, end: c.source.end },
      score: clampScore(c.score),
      evidence: c.evidence
        .filter((e) => inside(e.ru, sourceLength) && inside(e.de, targetLength))
        .map((e) => ({ de: { start: e.de.start, end: e.de.end }, ru: { start: e.ru.start, end: e.ru.end }, by: e.by, strength: clampScore(e.strength) || 0.001 })),
    });
  }
  return out;
}

/**
 * Candidates carried through edits of the Russian text: spans shift with the text; a
 * candidate whose words an edit changed is dropped (its score was for the old words), and so
 * is a word link whose Russian word changed. `changed` says whether anything moved.
 */
export function shiftCandidates(list: readonly LinkCandidate[], edits: readonly Edit[]): { candidates: LinkCandidate[]; changed: boolean } {
  let changed = false;
  const out: LinkCandidate[] = [];
  for (const c of list) {
    const m = mapSpan(c.source, edits);
    if (m.touched || !m.span || m.span.end <= m.span.start) {
      changed = true;
      continue;
    }
    if (m.span.start !== c.source.start) changed = true;
    const evidence = [];
    for (const e of c.evidence) {
      const r = mapSpan(e.ru, edits);
      if (r.touched || !r.span || r.span.end <= r.span.start) continue;
      evidence.push({ ...e, ru: r.span });
    }
    out.push({ ...c, source: m.span, evidence });
  }
  return { candidates: out, changed };
}
