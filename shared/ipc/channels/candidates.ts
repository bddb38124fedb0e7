import { z } from 'zod';
import type { EvidenceKind as SearchEvidenceKind } from '../../align/match/links';
import { MAX_DOCUMENT_CHARS } from '../../limits';

/*
 * Ranked candidates of a quotation link: the quotation search's alternative Russian spans,
 * each with its calibrated probability and the word links behind it. They travel on every
 * link (`LinkSnapshot.candidates`) and come back in `workbench.restore` snapshots.
 */

/** Candidates a quotation link keeps, most probable first. */
export const MAX_CANDIDATES = 3;

/** By what a German word was matched to a Russian word. */
export const EvidenceKind = z.enum(['dictionary', 'learned', 'user', 'name', 'number', 'cognate', 'assist', 'derivation']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

// The search and the contract must name the same kinds (a compile error otherwise).
const sameKinds: [SearchEvidenceKind, EvidenceKind] extends [EvidenceKind, SearchEvidenceKind] ? true : never = true;
void sameKinds;

const Offset = z.number().int().min(0).max(MAX_DOCUMENT_CHARS);

/** A non-empty half-open UTF-16 range of a document. */
const Span = z
  .object({ start: Offset, end: Offset })
  .strict()
  .refine((s) => s.start < s.end, { message: 'start must be before end', path: ['end'] });

/** One word link: German span (in the German text), Russian span (in the original), kind, strength in (0, 1]. */
export const CandidateEvidenceInput = z.object({ de: Span, ru: Span, by: EvidenceKind, strength: z.number().min(0).max(1) }).strict();
export type CandidateEvidence = z.output<typeof CandidateEvidenceInput>;

/** A candidate source: the Russian span, the probability that it is the quotation's source, its word links. */
export const LinkCandidateInput = z
  .object({ source: Span, score: z.number().min(0).max(1), evidence: z.array(CandidateEvidenceInput).max(1000) })
  .strict();
export type LinkCandidate = z.output<typeof LinkCandidateInput>;
