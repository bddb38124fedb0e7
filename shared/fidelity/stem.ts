/**
 * The stemmers behind the fidelity engine's word matching: the Snowball stemmers of
 * `shared/align/stem` that the quotation search and the base lexicon use (one stemmer per
 * language in the project). `Stemmers` stays a seam so a lexicon in another stem space can
 * bring its own.
 */
import { stemDe, stemRu } from '../align/stem';

export { stemDe, stemRu };

/** Stems a lower-case word of one language. */
export type Stem = (lowerWord: string) => string;

/** The stemmers a lexicon's stems were made with. */
export interface Stemmers {
  de: Stem;
  ru: Stem;
}

/** German spelling folded for stemming: umlauts to their base vowels, ß to ss. */
export function foldGerman(w: string): string {
  return w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

/** The Snowball stemmers (the project's one stemmer per language). */
export const snowballStemmers: Stemmers = { de: stemDe, ru: stemRu };
