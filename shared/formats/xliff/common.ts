import type { UnitStatus } from '../model';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** Marks files Sverka wrote: their unit ids are generated, the real id travels separately. */
export const SVERKA_TOOL_ID = 'sverka';
/** Prefix of XLIFF 1.2 note `from` values and XLIFF 2 metaGroup category carrying Sverka metadata. */
export const SVERKA_NOTE = 'sverka:';

export const TOOL_NAME = 'Sverka';
export const TOOL_VERSION = '0.1.0';

function isStatus(s: string | undefined): s is UnitStatus {
  return s === 'draft' || s === 'translated' || s === 'reviewed' || s === 'approved' || s === 'rejected';
}

/** XLIFF 1.2 target@state and trans-unit@approved for a status; undefined for unknown statuses. */
export function statusTo12(status: string | undefined): { state: string; approved: boolean } | undefined {
  if (!isStatus(status)) return undefined;
  switch (status) {
    case 'draft':
      return { state: 'needs-review-translation', approved: false };
    case 'translated':
      return { state: 'translated', approved: false };
    case 'reviewed':
      return { state: 'signed-off', approved: false };
    case 'approved':
      return { state: 'final', approved: true };
    case 'rejected':
      return { state: 'needs-translation', approved: false };
  }
}

/** Status implied by a foreign XLIFF 1.2 state/approved pair (Sverka's own files carry the exact status in a note). */
export function statusFrom12(state: string | undefined, approved: string | undefined): UnitStatus | undefined {
  if (approved === 'yes') return 'approved';
  switch (state) {
    case undefined:
      return undefined;
    case 'final':
      return 'approved';
    case 'signed-off':
      return 'reviewed';
    case 'translated':
      return 'translated';
    case 'needs-translation':
    case 'new':
    case 'needs-adaptation':
    case 'needs-l10n':
    case 'needs-review-translation':
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
      return 'draft';
    default:
      return undefined;
  }
}

/** XLIFF 2 segment@state (+ subState) for a status. */
export function statusTo2(status: string | undefined): { state: string; subState?: string } | undefined {
  if (!isStatus(status)) return undefined;
  switch (status) {
    case 'draft':
      return { state: 'initial' };
    case 'translated':
      return { state: 'translated' };
    case 'reviewed':
      return { state: 'reviewed' };
    case 'approved':
      return { state: 'final' };
    case 'rejected':
      return { state: 'initial', subState: 'sverka:rejected' };
  }
}

export function statusFrom2(state: string | undefined, subState: string | undefined): UnitStatus | undefined {
  if (subState === 'sverka:rejected') return 'rejected';
  switch (state) {
    case 'initial':
      return 'draft';
    case 'translated':
      return 'translated';
    case 'reviewed':
      return 'reviewed';
    case 'final':
      return 'approved';
    default:
      return undefined;
  }
}

const DELIMITERS = new Set(['bold', 'italic', 'underlined', 'link']);
const PLACEHOLDERS = new Set(['image', 'pb', 'lb']);
const MTYPES = new Set(
  'abbrev abbreviated-form abbreviation acronym appellation collocation common-name datetime equation expanded-form formula head-term initialism international-scientific-term internationalism logical-expression materials-management-unit name near-synonym part-number phrase phraseological-unit protected romanized-form seg set-phrase short-form sku standard-text symbol synonym synonymous-phrase term transcribed-form transliterated-form truncated-term variant'.split(
    ' ',
  ),
);

/**
 * XLIFF 1.2 restricts ctype/mtype to a list plus `x-` extensions. Types outside the list get an
 * `x-` prefix on write and lose one on read, which keeps every domain value (even one that
 * itself starts with `x-`) unchanged across a round trip.
 */
/** mtype is required on mrk; this value stands for a mark without a type. */
export const UNTYPED_MARK = 'x-sverka-none';

export function typeTo12(type: string, list: 'delimiter' | 'placeholder' | 'mtype'): string {
  const allowed = list === 'delimiter' ? DELIMITERS : list === 'placeholder' ? PLACEHOLDERS : MTYPES;
  return allowed.has(type) ? type : `x-${type.replace(/\s/g, '_')}`;
}

export function typeFrom12(value: string): string {
  return value.startsWith('x-') ? value.slice(2) : value;
}

/**
 * XLIFF 2 `type` on pc/sc/ph is one of fmt|ui|quote|link|image|other; anything else rides in
 * subType as `sverka:<type>` (subType must be prefix:value).
 */
const TYPES2 = new Set(['fmt', 'ui', 'quote', 'link', 'image', 'other']);

// The formatting subtypes XLIFF 2 defines, under the names TMX and XLIFF 1.2 use.
const FMT_SUBTYPES: Record<string, string> = { bold: 'xlf:b', italic: 'xlf:i', underlined: 'xlf:u' };
const FMT_NAMES: Record<string, string> = { 'xlf:b': 'bold', 'xlf:i': 'italic', 'xlf:u': 'underlined' };

export function typeTo2(type: string): { type: string; subType?: string } {
  if (TYPES2.has(type)) return { type };
  const fmt = FMT_SUBTYPES[type];
  if (fmt !== undefined) return { type: 'fmt', subType: fmt };
  if (/^[^:\s]+:[^:\s]+$/.test(type) && !type.startsWith('sverka:')) return { type: 'fmt', subType: type };
  return { type: 'fmt', subType: `sverka:${userValue(type)}` };
}

export function typeFrom2(type: string | undefined, subType: string | undefined): string | undefined {
  if (subType !== undefined) {
    if (subType.startsWith('sverka:')) return subType.slice('sverka:'.length);
    return FMT_NAMES[subType] ?? subType;
  }
  return type;
}

/** xs:NMTOKEN: XLIFF 1.2 rid/mid and XLIFF 2 ids must be name characters only. */
export function isNmtoken(s: string): boolean {
  return /^[\p{L}\p{M}\p{N}._:\-·‿⁀]+$/u.test(s);
}

/** Marks: mrk/sm type is generic|comment|term or prefix:value. */
export function markTypeTo2(type: string): string {
  if (type === 'generic' || type === 'comment' || type === 'term') return type;
  if (/^[^:\s]+:[^:\s]+$/.test(type) && !type.startsWith('sverka:')) return type;
  return `sverka:${userValue(type)}`;
}

export function markTypeFrom2(type: string | undefined): string | undefined {
  return type?.startsWith('sverka:') ? type.slice('sverka:'.length) : type;
}

// XLIFF 2 prefix:value allows exactly one colon and no whitespace.
function userValue(v: string): string {
  const clean = v.replace(/[\s:]/g, '_');
  return clean === '' ? '_' : clean;
}
