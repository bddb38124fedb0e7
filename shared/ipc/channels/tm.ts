import { z } from 'zod';
import type { GlossaryTerm, TmImportResult, TmMatch, TmStats, TmUnit } from '../../tm/types';
import { base64Length, formatMiB, MAX_TM_UPLOAD_BYTES } from '../../limits';
import { channel } from './define';
import { Id } from './projects';

const Lang = z.string().regex(/^[a-zA-Z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'a language code such as ru or de-DE');
const Span = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((s) => s.end >= s.start, 'end must not be before start');
const Text = z.string().min(1, 'the text is empty').max(20_000, 'at most 20,000 characters');
const Who = z.string().trim().min(1).max(200);

/** A concordance hit: the unit and the side the text was found in. */
export interface ConcordanceHitDto extends TmUnit {
  foundIn: 'source' | 'target';
}

export const TmOriginSchema = z.enum(['human', 'machine', 'import']);
export const TmExportFormatSchema = z.enum(['tmx', 'xliff12', 'xliff21', 'csv']);

/** One confirmed pair to store, with its provenance. */
export const NewTmUnitSchema = z
  .object({
    sourceLang: Lang,
    targetLang: Lang,
    source: Text,
    target: Text,
    origin: TmOriginSchema.default('human'),
    reviewed: z.boolean().default(false),
    status: z.string().max(40).nullable().default(null),
    projectId: Id.nullable().default(null),
    documentId: Id.nullable().default(null),
    linkId: Id.nullable().default(null),
    sourceSpan: Span.nullable().default(null),
    targetSpan: Span.nullable().default(null),
    reviewer: Who.nullable().default(null),
    creator: Who.nullable().default(null),
    notes: z.array(z.string().max(4000)).max(20).default([]),
  })
  .strict();

export const tmChannels = {
  'tm.lookup': channel<{ matches: TmMatch[] }>()(
    z
      .object({
        text: Text,
        sourceLang: Lang.optional(),
        targetLang: Lang.optional(),
        minScore: z.number().int().min(0).max(100).default(50),
        limit: z.number().int().min(1).max(100).default(10),
      })
      .strict(),
  ),
  'tm.concordance': channel<{ hits: ConcordanceHitDto[] }>()(
    z
      .object({
        text: z.string().trim().min(1, 'the text is empty').max(1000),
        side: z.enum(['source', 'target', 'both']).default('both'),
        sourceLang: Lang.optional(),
        targetLang: Lang.optional(),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  ),
  'tm.stats': channel<TmStats>()(z.object({}).strict()),
  'tm.add': channel<{ added: number; merged: number; skipped: number }>()(
    z.object({ units: z.array(NewTmUnitSchema).min(1).max(10_000) }).strict(),
  ),
  'tm.importFile': channel<TmImportResult>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        /** File bytes, base64, as for documents.importFile. */
        dataBase64: z.string().max(base64Length(MAX_TM_UPLOAD_BYTES), `the file is larger than ${formatMiB(MAX_TM_UPLOAD_BYTES)}`),
        /** Direction of a TMX / languages of files that name none (as on the command line). */
        sourceLang: Lang.optional(),
        targetLang: Lang.optional(),
        /** The open project: its languages serve files that name none (never a filter). */
        projectId: Id.optional(),
      })
      .strict(),
  ),
  'tm.export': channel<{ dataBase64: string; fileName: string; units: number }>()(
    z
      .object({
        format: TmExportFormatSchema,
        sourceLang: Lang.optional(),
        targetLang: Lang.optional(),
        /** CSV: write cells that start with = + - @ as they are, so spreadsheets run them as formulas. */
        allowFormulas: z.boolean().default(false),
      })
      .strict(),
  ),
  'glossary.list': channel<{ terms: GlossaryTerm[] }>()(
    z
      .object({
        projectId: Id.nullable().optional(),
        sourceLang: Lang.optional(),
        targetLang: Lang.optional(),
        search: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'glossary.add': channel<GlossaryTerm & { isNew: boolean }>()(
    z
      .object({
        projectId: Id.nullable().default(null),
        sourceLang: Lang,
        targetLang: Lang,
        sourceTerm: z.string().trim().min(1).max(500),
        targetTerm: z.string().trim().min(1).max(500),
        note: z.string().max(2000).nullable().default(null),
      })
      .strict(),
  ),
  'glossary.remove': channel<{ deleted: true }>()(z.object({ id: Id }).strict()),
} as const;

export type { TmImportResult, TmMatch, TmStats, GlossaryTerm };
