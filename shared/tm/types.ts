import type { InlineText } from '../formats/model';
import type { Span } from '../types';
import type { TmOrigin } from './score';

/** Where a unit came from: what a translator needs to judge whether to trust it. */
export interface TmProvenance {
  projectId: number | null;
  /** The source document the pair was confirmed in. */
  documentId: number | null;
  linkId: number | null;
  /** UTF-16 offsets into the source and target documents. */
  sourceSpan: Span | null;
  targetSpan: Span | null;
  /** The tm_imports row when the unit came from a file. */
  importId: number | null;
  tuid: string | null;
  creator: string | null;
  changer: string | null;
  reviewer: string | null;
  /** ISO 8601. */
  created: string;
  changed: string;
  props: Record<string, string>;
  notes: string[];
}

/** The pair itself, as every store keeps it (local memory, team memory, the outbox). */
export interface TmPair {
  sourceLang: string;
  targetLang: string;
  /** Plain text (tags removed); `sourceInline`/`targetInline` keep the tags when there were any. */
  source: string;
  target: string;
  sourceInline: InlineText | null;
  targetInline: InlineText | null;
  origin: TmOrigin;
  reviewed: boolean;
  status: string | null;
}

/** A stored translation-memory unit. */
export interface TmUnit extends TmPair {
  id: number;
  provenance: TmProvenance;
}

/** A lookup hit: `score` after penalties, `similarity` before them. */
export interface TmMatch extends TmUnit {
  score: number;
  similarity: number;
}

/** What a caller gives to store a confirmed pair. */
export interface NewTmUnit {
  sourceLang: string;
  targetLang: string;
  source: string | InlineText;
  target: string | InlineText;
  origin: TmOrigin;
  reviewed?: boolean;
  status?: string | null;
  projectId?: number | null;
  documentId?: number | null;
  linkId?: number | null;
  sourceSpan?: Span | null;
  targetSpan?: Span | null;
  tuid?: string | null;
  creator?: string | null;
  changer?: string | null;
  reviewer?: string | null;
  /** ISO 8601; default now. */
  created?: string;
  changed?: string;
  props?: Record<string, string>;
  notes?: string[];
  /** Notes on the source / target side only (TMX tuv notes). */
  sourceNotes?: string[];
  targetNotes?: string[];
}

/** Counts for the TM panel and `tm stats`. */
export interface TmStats {
  units: number;
  byOrigin: Record<TmOrigin, number>;
  reviewed: number;
  languagePairs: { sourceLang: string; targetLang: string; units: number }[];
  imports: number;
  glossaryTerms: number;
  oldest: string | null;
  newest: string | null;
  /**
   * Units an import added whose target-side (concordance) index entry is still being built in
   * the background (0 when the index is complete). Concordance finds them meanwhile, by a scan.
   */
  targetIndexPending: number;
}

/** Outcome of one import. */
export interface TmImportResult {
  importId: number;
  fileName: string;
  format: string;
  /** Units the file held (TMX tu, XLIFF trans-unit/unit, CSV record). */
  found: number;
  /** Units taken into the memory (added + merged). */
  read: number;
  added: number;
  merged: number;
  /** Units not taken, with the reasons below. */
  skipped: number;
  /** Skipped units per reason (`SkipReason` of shared/formats). */
  reasons: Partial<Record<string, number>>;
  /** The first skipped units with their line. */
  skippedUnits: { line: number; reason: string; message: string }[];
  /** `N read, M skipped: reasons`, in English (the UI builds a translated one from the counts). */
  summary: string;
}

/** A glossary entry; `projectId` null means global. */
export interface GlossaryTerm {
  id: number;
  projectId: number | null;
  sourceLang: string;
  targetLang: string;
  sourceTerm: string;
  targetTerm: string;
  note: string | null;
  created: string;
}

/** File formats the TM imports from and exports to. */
export type TmExportFormat = 'tmx' | 'xliff12' | 'xliff21' | 'csv';
export const TM_EXPORT_FORMATS: readonly TmExportFormat[] = ['tmx', 'xliff12', 'xliff21', 'csv'];
