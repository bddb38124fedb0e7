import type { Span } from '../../shared/types';
import type { AppModel, AppState } from './app';
import { action } from './store';
import type { AlignRow, Candidate } from './rows/types';

/**
 * The candidate a user is looking at (pointer over it, or keyboard focus on it): both editors
 * highlight its matched words, the Russian one its span too.
 */
export interface EvidenceFocus {
  readonly rowId: string;
  /** Index into the row's candidates. */
  readonly index: number;
}

/** What the editors mark for a candidate: its Russian span, and the matched words on each side. */
export interface EvidenceMarks {
  readonly candidate: Span;
  readonly source: readonly Span[];
  readonly target: readonly Span[];
}

/** Shows (or, with null, hides) a candidate's evidence in the editors. Not an edit: no undo. */
export function focusEvidence(app: AppModel, focus: EvidenceFocus | null): void {
  const cur = app.state.evidence;
  if (cur?.rowId === focus?.rowId && cur?.index === focus?.index) return;
  app.store.dispatch(action<AppState>('candidates/evidence', (s) => ({ ...s, evidence: focus })));
}

/** The marks of the focused candidate, when its row is still there and still has it. */
export function evidenceMarks(rows: readonly AlignRow[] | null, focus: EvidenceFocus | null): EvidenceMarks | null {
  if (!focus || !rows) return null;
  const c = rows.find((r) => r.id === focus.rowId)?.candidates[focus.index];
  if (!c) return null;
  return { candidate: c.source, source: uniqueSpans(c.evidence.map((e) => e.ru)), target: uniqueSpans(c.evidence.map((e) => e.de)) };
}

function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const sameSpan = (a: Span | null, b: Span | null): boolean => !!a && !!b && a.start === b.start && a.end === b.end;

/** Candidates other than the row's current source: the alternatives the grid counts. */
export function alternatives(row: Pick<AlignRow, 'source' | 'candidates'>): readonly Candidate[] {
  return row.candidates.filter((c) => !sameSpan(c.source, row.source));
}

/**
 * Word evidence grouped for reading: one line per German word with the Russian words it
 * matched, and by what, in German order.
 */
export function evidenceLines(c: Candidate, sourceText: string, targetText: string): { de: string; ru: string; by: Candidate['evidence'][number]['by'] }[] {
  const out: { de: string; ru: string; by: Candidate['evidence'][number]['by']; at: number }[] = [];
  const seen = new Set<string>();
  for (const e of c.evidence) {
    const de = targetText.slice(e.de.start, e.de.end);
    const ru = sourceText.slice(e.ru.start, e.ru.end);
    const key = `${de}|${ru}|${e.by}`;
    if (!de || !ru || seen.has(key)) continue;
    seen.add(key);
    out.push({ de, ru, by: e.by, at: e.de.start });
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...rest }) => rest);
}
