import { z } from 'zod';
import { LEXICON_FORMATS, type LexiconFormat } from '../../formats/lexicon/read';
import { base64Length, formatMiB, MAX_TM_UPLOAD_BYTES } from '../../limits';
import type { MtEstimate } from './mt';
import { channel } from './define';
import { Id } from './projects';

/** An imported dictionary as the app lists it. */
export interface UserLexicon {
  id: number;
  /** null: every project uses it. */
  projectId: number | null;
  name: string;
  format: LexiconFormat;
  entries: number;
  created: string;
}

export interface LexiconImportOutcome {
  id: number;
  name: string;
  format: LexiconFormat;
  projectId: number | null;
  entries: number;
  skipped: number;
}

export interface LexiconImportState {
  bytes: number;
  totalBytes: number;
  entries: number;
  done: boolean;
}

const ImportJobId = z.string().min(1).max(100);

/** Dictionaries (user and learned) and the per-project online assist. */
export const lexiconChannels = {
  /** Imported dictionaries (all; null: the global ones; a project: its own and the global ones) and the learned lexicon's size. */
  'lexicon.list': channel<{ lexicons: UserLexicon[]; learned: { pairs: number; used: number } }>()(
    z.object({ projectId: Id.nullable().optional() }).strict(),
  ),
  /**
   * Imports a dictionary (TSV, TBX, FreeDict TEI; UTF-8) for every project (no projectId) or
   * one. PARSE_ERROR / DECODE_FAILED name the line; CANCELLED after `lexicon.cancelImport`.
   * Nothing of a failed or cancelled import is kept.
   */
  'lexicon.import': channel<LexiconImportOutcome>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        /** File bytes, base64, as for tm.importFile. */
        dataBase64: z.string().max(base64Length(MAX_TM_UPLOAD_BYTES), `the file is larger than ${formatMiB(MAX_TM_UPLOAD_BYTES)}`),
        projectId: Id.nullable().optional(),
        format: z.enum(LEXICON_FORMATS as [LexiconFormat, ...LexiconFormat[]]).optional(),
        /** Caller-chosen id for `lexicon.importProgress` and `lexicon.cancelImport`. */
        jobId: ImportJobId.optional(),
      })
      .strict(),
  ),
  'lexicon.importProgress': channel<LexiconImportState>()(z.object({ jobId: ImportJobId }).strict()),
  'lexicon.cancelImport': channel<{ cancelled: boolean }>()(z.object({ jobId: ImportJobId }).strict()),
  'lexicon.remove': channel<{ removed: boolean }>()(z.object({ id: Id }).strict()),
  /** Whether the project's alignments ask DeepL for translations of the quotations (off by default). */
  'lexicon.assist': channel<{ projectId: number; enabled: boolean }>()(z.object({ projectId: Id }).strict()),
  'lexicon.setAssist': channel<{ projectId: number; enabled: boolean }>()(z.object({ projectId: Id, enabled: z.boolean() }).strict()),
  /** What the online assist of the project's next alignment would send to DeepL (null: no quotations). */
  'lexicon.assistEstimate': channel<MtEstimate | null>()(z.object({ projectId: Id }).strict()),
} as const;
