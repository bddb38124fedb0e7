// The Snowball stemmers of nlp.js (MIT), loaded by their module paths so that the rest of each
// language package (sentiment data, tokenisers) stays out of the bundle.
declare module '@nlpjs/lang-de/src/stemmer-de.js' {
  class StemmerDe {
    stemWord(word: string): string;
    setCurrent(word: string): void;
    innerStem(): unknown;
    getCurrent(): string;
  }
  export default StemmerDe;
}
declare module '@nlpjs/lang-ru/src/stemmer-ru.js' {
  class StemmerRu {
    stemWord(word: string): string;
    setCurrent(word: string): void;
    innerStem(): unknown;
    getCurrent(): string;
  }
  export default StemmerRu;
}
