/** Quote fidelity: where a German quotation departs from the Russian words it renders. */
export { appMatcher, bilingualStemLexicon } from './base-lexicon';
export { checkQuote, MAX_CHARS, MAX_WORDS, type CheckOptions } from './check';
export { applyDecision, DECISION_FEATURES, decisionFeatures, kindProbability, kindVector, type DecisionMode, type DecisionModel, type PairFeatures, type KindModel } from './decide';
export { APP_DECISION } from './app-decision';
export { DECISION_MODEL } from './decide-weights';
export { DEFAULT_BALANCE, type BalanceOptions } from './leftovers';
export { checkLinkedQuote, locateSpan, reportingFrame, shiftResult, type LinkedQuote, type LinkedResult, type RecordedSpan, type SpanLocation } from './linked';
export { builtinMatcher, composeMatchers, lexiconMatcher, type StemLexicon, type WordMatch, type WordMatcher } from './matcher';
export { snowballStemmers, stemDe, stemRu, type Stem, type Stemmers } from './stem';
export { checkQuoteLink, summariseQuotes, type QuoteLinkFidelity, type QuoteLinkInput } from './quote-links';
export { summarise, type FidelitySummary } from './summary';
export * from './types';
