import './stemmers';
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de.js';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';

/**
 * Snowball stems of German and Russian words (the nlp.js ports of the Snowball stemmers),
 * memoised in a bounded cache: documents repeat their words. A word our cache lacks is stemmed
 * by the algorithm itself (`setCurrent`, `innerStem`, `getCurrent`), past the nlp.js
 * `stemWord` wrapper: that one also looks the word up in an exception dictionary, empty in
 * these stemmers, and keeps every word in a cache of its own, an object keyed by a string
 * made per word that grows without bound (a third of the cost of a word stemmed cold). The
 * stemmer is still replaced when our cache is cleared.
 */
interface Stemmer {
  setCurrent(word: string): void;
  innerStem(): unknown;
  getCurrent(): string;
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
      this.inner.setCurrent(lower);
      this.inner.innerStem();
      s = this.inner.getCurrent();
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
