/** Languages Sverka segments with its own rules; others fall back to Intl.Segmenter. */
export type Lang = 'de' | 'ru' | 'en' | (string & {});

/** A half-open range of UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence (or heading/caption) of a document. */
export interface Segment extends Span {
  text: string;
}
