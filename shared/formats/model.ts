/**
 * The one domain every exchange format reads into and writes from: a bilingual translation
 * unit whose texts may carry inline tags. TMX (bpt/ept/it/ph/hi), XLIFF 1.2 (g/x/bx/ex/bpt/ept/
 * it/ph/mrk) and XLIFF 2 (pc/sc/ec/ph/mrk/sm/em) all map onto the same flat tag model so that
 * tags survive a TMX -> XLIFF -> TMX trip.
 */

/**
 * A paired tag is a flat `open` ... `close` marker pair sharing `id` (TMX bpt/ept with `i`,
 * XLIFF 1.2 g or bx/ex, XLIFF 2 pc or sc/ec). Keeping them flat rather than nested lets
 * overlapping pairs (legal in TMX and XLIFF 2) be represented; writers emit the nested form
 * (g, pc, hi, mrk) when the pair is well nested and the split form otherwise. An `open` or
 * `close` without a partner in the same text is an isolated tag (TMX/XLIFF 1.2 `it`, XLIFF 2
 * `sc`/`ec` with isolated="yes").
 */
export type InlineTagKind = 'open' | 'close' | 'standalone';

/** An inline code or annotation inside a source or target text. */
export interface InlineTag {
  kind: InlineTagKind;
  /**
   * Pairs `open` with `close`; identifies a standalone tag. Unique per kind within one text.
   * Source and target use the same id for corresponding tags.
   */
  id: string;
  /**
   * `mark` = an annotation that is not native code (TMX hi, XLIFF mrk); absent = native
   * formatting code.
   */
  role?: 'mark';
  /** Kind of code: TMX `type` (bold, italic, link, ...), XLIFF 1.2 ctype/mtype, XLIFF 2 type/subType. */
  type?: string;
  /** The native code the tag stands for, e.g. `<b>`; TMX/XLIFF 1.2 element content, XLIFF 2 originalData. */
  data?: string;
  /** A short display text for editors (XLIFF 2 disp, XLIFF 1.2 equiv-text). */
  disp?: string;
  /**
   * TMX `x` of a paired code whose pairing id (`i`, kept in `id`) is another number: `x`
   * matches a code across the tuvs of a tu, `i` pairs bpt with ept inside one seg. Other codes
   * carry their `x` in `id`.
   */
  x?: string;
  /** TMX/XLIFF 1.2 `assoc` of a placeholder: the text it belongs to (`p`receding, `f`ollowing, `b`oth). */
  assoc?: string;
  /**
   * Sub-flows (TMX/XLIFF 1.2 `<sub>`): ranges of `data` that are translatable text inside the
   * native code, e.g. the ALT text of an `<img>`. Offsets are UTF-16 code units into `data`,
   * in order, not overlapping; inline codes inside a sub-flow are flattened into its text.
   */
  subs?: InlineSub[];
}

/** One `<sub>` inside an inline code's native data (see `InlineTag.subs`). */
export interface InlineSub {
  start: number;
  end: number;
  /** `type` of the sub element (TMX) / `ctype` (XLIFF 1.2). */
  type?: string;
  datatype?: string;
}

/** A text run or an inline tag. */
export type InlineRun = string | InlineTag;

/**
 * Text with inline tags, in canonical form: adjacent strings merged, no empty strings.
 * `fromPlain` and every reader produce the canonical form; `normalizeInline` makes it.
 */
export type InlineText = readonly InlineRun[];

/** Provenance keys Sverka itself writes into `TranslationUnit.props`. */
export const PROP = {
  project: 'project',
  document: 'document',
  /** Source and target UTF-16 offsets, `src:12-40;tgt:10-38`. */
  offsets: 'offsets',
  reviewer: 'reviewer',
  /** One of `UnitOrigin`. */
  origin: 'origin',
  /** One of `UnitStatus` (foreign values are kept as they are). */
  status: 'status',
} as const;

export type UnitOrigin = 'human' | 'machine' | 'import';

/**
 * Statuses with a defined mapping onto XLIFF states. Other values travel unchanged in props
 * (and in the provenance notes/metadata) but map to no XLIFF state.
 */
export type UnitStatus = 'draft' | 'translated' | 'reviewed' | 'approved' | 'rejected';

/** One bilingual translation unit. */
export interface TranslationUnit {
  /** TMX tuid / XLIFF unit name or id. */
  id?: string;
  /** BCP 47 tag as it appears in the file (ru, ru-RU, de-DE, ...). */
  sourceLang: string;
  targetLang: string;
  source: InlineText;
  target: InlineText;
  /** Canonical ISO 8601 UTC without fractions: `2026-11-27T04:11:47Z` (see `canonicalDate`). */
  created?: string;
  changed?: string;
  /** TMX creationid. */
  creator?: string;
  /** TMX changeid. */
  changer?: string;
  /**
   * Provenance and other key/value properties (TMX prop, XLIFF note/metadata). Keys of `PROP`
   * are Sverka's own; keys from foreign files are kept as they come (TMX `x-` prefix removed).
   */
  props: Record<string, string>;
  /**
   * Free-text notes about the whole unit, in file order (TMX tu notes, XLIFF notes that
   * annotate neither side). Notes on one side live in `sourceNotes` / `targetNotes`, so that
   * a round trip puts each note back where it was.
   */
  notes: string[];
  /** Notes on the source text (TMX source tuv notes, XLIFF 1.2 annotates="source", XLIFF 2 appliesTo="source"); absent when none. */
  sourceNotes?: string[];
  /** Notes on the target text (TMX target tuv notes, XLIFF annotates/appliesTo target); absent when none. */
  targetNotes?: string[];
}

/** Every note of a unit, unit notes first, for displays that show notes in one place. */
export function allNotes(u: Pick<TranslationUnit, 'notes' | 'sourceNotes' | 'targetNotes'>): string[] {
  return [...u.notes, ...(u.sourceNotes ?? []), ...(u.targetNotes ?? [])];
}

/** The text of an inline text without its tags. */
export function plainText(inline: InlineText): string {
  let out = '';
  for (const run of inline) if (typeof run === 'string') out += run;
  return out;
}

/** An inline text holding only `text` (empty text -> empty array). */
export function fromPlain(text: string): InlineText {
  return text === '' ? [] : [text];
}

/** True when the text carries at least one tag. */
export function hasTags(inline: InlineText): boolean {
  return inline.some((r) => typeof r !== 'string');
}

/** Canonical form: adjacent strings merged, empty strings dropped, tags copied. */
export function normalizeInline(runs: readonly InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const run of runs) {
    if (typeof run === 'string') {
      if (run === '') continue;
      const last = out.length - 1;
      const prev = out[last];
      if (typeof prev === 'string') out[last] = prev + run;
      else out.push(run);
    } else {
      out.push(cleanTag(run));
    }
  }
  return out;
}

/** A tag with only the defined optional fields present, so deep equality is stable. */
export function cleanTag(tag: InlineTag): InlineTag {
  const t: InlineTag = { kind: tag.kind, id: tag.id };
  if (tag.role !== undefined) t.role = tag.role;
  if (tag.type !== undefined) t.type = tag.type;
  if (tag.data !== undefined) t.data = tag.data;
  if (tag.disp !== undefined) t.disp = tag.disp;
  if (tag.x !== undefined) t.x = tag.x;
  if (tag.assoc !== undefined) t.assoc = tag.assoc;
  if (tag.subs !== undefined && tag.subs.length > 0) t.subs = tag.subs.map((sub) => ({ ...sub }));
  return t;
}

/**
 * For each `open` the index of its `close` in the same text (and vice versa); -1 when the
 * tag has no partner (isolated). The first unmatched close after an open with the same id
 * and role is its partner.
 */
export function pairIndex(inline: InlineText): number[] {
  const partner = new Array<number>(inline.length).fill(-1);
  const openById = new Map<string, number[]>();
  inline.forEach((run, i) => {
    if (typeof run === 'string') return;
    const key = `${run.role ?? ''}\u0000${run.id}`;
    if (run.kind === 'open') {
      const list = openById.get(key) ?? [];
      list.push(i);
      openById.set(key, list);
    } else if (run.kind === 'close') {
      const list = openById.get(key);
      const j = list?.pop();
      if (j !== undefined) {
        partner[i] = j;
        partner[j] = i;
      }
    }
  });
  return partner;
}

/**
 * True when every paired tag nests properly (no overlap), so writers can use the nesting
 * elements (g, pc, hi, mrk) for pairs.
 */
export function isWellNested(inline: InlineText, partner: readonly number[] = pairIndex(inline)): boolean {
  const stack: number[] = [];
  for (let i = 0; i < inline.length; i++) {
    const run = inline[i];
    if (run === undefined || typeof run === 'string' || run.kind === 'standalone') continue;
    const p = partner[i] ?? -1;
    if (p < 0) continue;
    if (run.kind === 'open') stack.push(i);
    else if (stack.pop() !== p) return false;
  }
  return true;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const CANONICAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** True for a real calendar date and time of day (no 30 February, no 24:00). */
export function isValidDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

/**
 * The canonical domain form of a date (`YYYY-MM-DDThh:mm:ssZ`, UTC, no fraction), or
 * undefined when `value` is not a valid ISO 8601 date-time with zone.
 */
export function canonicalDate(value: string): string | undefined {
  const m = ISO_RE.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (!isValidDateTime(y, mo, d, h, mi, s)) return undefined;
  // Already canonical: the common case on bulk export, no Date round trip needed.
  if (CANONICAL_RE.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds a unit with empty props/notes; convenient for callers and tests. */
export function makeUnit(
  fields: Omit<TranslationUnit, 'props' | 'notes' | 'source' | 'target'> & {
    source: InlineText | string;
    target: InlineText | string;
    props?: Record<string, string>;
    notes?: string[];
  },
): TranslationUnit {
  const { source, target, props, notes, sourceNotes, targetNotes, ...rest } = fields;
  return {
    ...rest,
    source: typeof source === 'string' ? fromPlain(source) : normalizeInline(source),
    target: typeof target === 'string' ? fromPlain(target) : normalizeInline(target),
    props: { ...(props ?? {}) },
    notes: [...(notes ?? [])],
    ...(sourceNotes && sourceNotes.length > 0 ? { sourceNotes: [...sourceNotes] } : {}),
    ...(targetNotes && targetNotes.length > 0 ? { targetNotes: [...targetNotes] } : {}),
  };
}

/** Formats `shared/formats` reads and writes as translation units. */
export type UnitFormat = 'tmx' | 'xliff12' | 'xliff21' | 'csv' | 'tsv';

/**
 * Why a `ParseError` raised by a format reader happened; found in `err.details.reason`.
 * Stable for callers and tests.
 */
export type FormatErrorReason =
  | 'empty'
  | 'utf16'
  | 'xml'
  | 'doctype-entity'
  | 'external-entity'
  | 'root'
  | 'version'
  | 'structure'
  | 'srclang'
  | 'lang'
  | 'duplicate-id'
  | 'date'
  | 'limit'
  | 'csv-header'
  | 'csv-ragged'
  | 'csv-quote'
  | 'csv-tags'
  | 'encoding';
