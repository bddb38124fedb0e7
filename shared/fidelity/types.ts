/**
 * Public types of the quote-fidelity engine: what a German quotation and the Russian span it
 * renders are compared into. Offsets are UTF-16 code units relative to the texts the caller
 * passed in (`german.slice(start, end)`), so the planner shifts them by the spans' document
 * offsets to place highlights (see `shiftResult`).
 */

/** The six kinds of departure a fact-checker is shown. */
export type FlagKind = 'number' | 'name' | 'negation' | 'omission' | 'addition' | 'hedge';

export const FLAG_KINDS: readonly FlagKind[] = ['number', 'name', 'negation', 'omission', 'addition', 'hedge'];

/** Why a flag fired, finer than its kind (for the legend and the report). */
export type FlagReason =
  | 'number-differs' // both sides have a quantity, the values or units differ
  | 'number-missing' // a quantity on the Russian side only
  | 'number-added' // a quantity on the German side only
  | 'name-differs' // a name rendered as another name
  | 'name-missing' // a Russian name with no German counterpart
  | 'name-added' // a German name with no Russian counterpart
  | 'negation-lost' // the Russian negates, the German does not
  | 'negation-added' // the German negates, the Russian does not
  | 'polarity-reversed' // a polarity-reversing word (отказаться / ablehnen) on one side only
  | 'hedge-lost' // a Russian hedge or attribution with no German counterpart
  | 'hedge-added' // a German hedge with no Russian counterpart
  | 'hedge-changed' // both hedge, with a different force (possibility vs certainty, ...)
  | 'omission-clause' // a Russian clause with no German counterpart
  | 'omission-words' // Russian content words with no German counterpart
  | 'omission-intensifier' // a Russian intensifier dropped
  | 'addition-words' // German content words with no Russian counterpart
  | 'addition-intensifier'; // a German intensifier with no Russian counterpart

/** A word (or a few adjacent words) of one side, with its span. */
export interface WordRef {
  start: number;
  end: number;
  text: string;
}

/** One departure of the quotation from its source, with the words involved on both sides. */
export interface FidelityFlag {
  kind: FlagKind;
  reason: FlagReason;
  /**
   * 'defect' is shown as a problem; 'announced' is an omission the German marks itself
   * („…“, "[…]", "(...)"), shown but not counted against the quotation.
   */
  status: 'defect' | 'announced';
  german: WordRef[];
  russian: WordRef[];
  /** How sure the engine is, in [0, 1] (the UI may hide weak flags). */
  confidence: number;
}

/** How a German word was linked to Russian word(s). */
export type MatchKind =
  | 'exact' // same spelling (Latin words, acronyms inside Russian text)
  | 'number' // the same quantity (digits, number words, scale words, units, dates)
  | 'name' // a name by transliteration
  | 'lexicon' // a dictionary pair (built-in or injected)
  | 'cognate' // a shared loan word (Parlament / парламент)
  | 'compound' // a part of a German compound
  | 'function' // a closed-class pair (negation, modal, hedge, intensifier)
  | 'context' // a word of the Russian sentence just outside the linked span
  | 'frame'; // a word of the German sentence outside the quotation marks (reported speech)

/** One word correspondence: a German word and the Russian word(s) it renders. */
export interface WordLink {
  german: WordRef;
  russian: WordRef[];
  kind: MatchKind;
  /** Match strength in (0, 1]. */
  score: number;
}

/**
 * Whether the comparison could be made: 'ok', or why not. 'source-changed' and
 * 'target-changed' come from `checkLinkedQuote` when the texts recorded at link time are no
 * longer where the link says; such a result never carries flags (no stale flags).
 */
export type FidelityState = 'ok' | 'empty' | 'too-long' | 'source-changed' | 'target-changed';

/** The comparison of one quotation with its source. */
export interface FidelityResult {
  state: FidelityState;
  /** A sentence for the user when state is not 'ok'. */
  message?: string;
  links: WordLink[];
  flags: FidelityFlag[];
  /** Content words left without a counterpart (the raw material of omission/addition). */
  unmatched: { german: WordRef[]; russian: WordRef[] };
}

/** The Russian sentence around the linked span, when the caller knows it. */
export interface FidelityContext {
  /**
   * The Russian text around the span (usually its sentence or paragraph); the span must sit
   * at `spanStart` in it (`sentence.slice(spanStart, spanStart + russian.length) === russian`),
   * otherwise the context is ignored. Words matched there are reported with offsets relative
   * to the span (negative before it, past its end after it).
   */
  sentence?: string;
  spanStart?: number;
  /** The caller already knows the German announces an omission (marks stripped upstream). */
  announcedOmission?: boolean;
}

/**
 * The German sentence around the quotation, outside its marks (reported speech: „…“, sagte er;
 * Sie richte sich „gegen niemanden“). Its words may render words of the Russian span (a modal,
 * a negation, the verb of the clause), so they cancel omission, hedge-lost and negation-lost
 * flags; they are never flagged themselves. The quotation must sit at `quoteStart`
 * (`sentence.slice(quoteStart, quoteStart + german.length) === german`), otherwise the frame is
 * ignored. Frame links carry German offsets relative to the quotation (negative before it).
 */
export interface GermanFrame {
  sentence: string;
  quoteStart: number;
}

/** Input of `checkQuote`. */
export interface FidelityInput {
  /** The German quotation (inside its marks). */
  german: string;
  /** The Russian span it was linked to. */
  russian: string;
  context?: FidelityContext;
  frame?: GermanFrame;
}

/** A review decision on a quotation (stored by the app with history and author). */
export type FidelityVerdict = 'faithful' | 'acceptable' | 'distorted' | 'cannot-verify';
