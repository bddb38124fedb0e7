import type { ConfirmedPair } from '../../db/repositories/tm';
import type { NewTmUnit } from '../../../shared/tm/types';

/** What storing an accepted pair in the translation memory yielded. */
export interface TmAddOutcome {
  outcome: 'added' | 'merged';
  /** The unit now holding the pair (null when the memory skipped it as unstorable). */
  unitId: number | null;
}

/** The part of the TM service the workbench uses (`TmService.add`, `takeBackConfirmed`). */
export interface TmWriter {
  add(units: readonly NewTmUnit[]): { added: number; merged: number; skipped: number };
  /** Deletes the unit a confirmation of the link stored with this pair, if nothing merged into it since (`TmService.takeBackConfirmed`). */
  takeBackConfirmed?(pair: ConfirmedPair): number;
}

/** The machine suggestions cached for source texts, which the workbench view shows beside each link. */
export interface SuggestionCache {
  /** Cached suggestions for these exact texts (absent texts have none). */
  cachedSuggestions?(sourceLang: string, targetLang: string, texts: readonly string[]): ReadonlyMap<string, { id: number; suggestion: string }>;
}

/** The part of the MT service the workbench uses: `MtService.review` and its suggestion cache. */
export interface MtReviewer extends SuggestionCache {
  review(input: {
    projectId: number;
    ref: string | null;
    sourceText: string;
    suggestion: string;
    finalText: string;
    decision?: 'accepted' | 'edited' | 'rejected' | undefined;
    suggestionId: number | null;
    checkedTranslationId: number | null;
  }): unknown;
}
