import './stemmers';
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de.js';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';

/**
 * Snowball stems of German and Russian words (the nlp.js ports of the Snowball stemmers),
 * memoised in a bounded cache: documents repeat their words, and the stemmers' own caches
 * grow without bound, so each is replaced when ours is cleared.
 */
interface Stemmer {
  stemWord(word: string): string;
}

const LIMIT = 200_000;

class CachedStemmer {
  private inner: Stemmer;
  private readonly cache = new Map<string, string>();
  constructor(private readonly make: () => Stemmer) {
    this.inner = make();
  }
  stem(lower: string): string {
    let s = this.cache.get(lower);
    if (s === undefined) {
      s = this.inner.stemWord(lower);
      if (this.cache.size >= LIMIT) {
        this.cache.clear();
        this.inner = this.make();
      }
      this.cache.set(lower, s);
    }
    return s;
  }
}

const de = new CachedStemmer(() => new StemmerDe());
const ru = new CachedStemmer(() => new StemmerRu());

/** Stem of a lower-case German word (umlauts and ß folded the Snowball way). */
export function stemDe(lower: string): string {
  return de.stem(lower);
}

/** Stem of a lower-case Russian word (ё read as е). */
export function stemRu(lower: string): string {
  return ru.stem(lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower);
}
