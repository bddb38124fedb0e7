import type { Lang, Segment, Span } from '../types';
import {
  LIST_END,
  ORDINAL_NOUN_TAIL_DE,
  MAY_END,
  MONTHS_DE,
  NEVER_FINAL,
  ORDINAL_CONTEXT_DE,
  ORDINAL_NOUNS_DE,
  SENTENCE_OPENERS,
} from './abbreviations';

/** Sentences and paragraphs of a document; offsets are into the text passed to `segment`. */
export interface SegmentResult {
  /** Sentences (and headings/captions) in document order, never starting or ending with whitespace. */
  segments: Segment[];
  /** Blocks separated by blank lines, trimmed of surrounding whitespace. */
  paragraphs: Span[];
}

/** How `segment` finds segments. */
export interface SegmentOptions {
  /**
   * `'auto'` (default): sentence segmentation inside paragraphs (blank-line separated); a
   * single line break ends a segment when the line looks like a heading, caption or list item.
   * `'lines'`: every non-empty line is one segment (already segmented input).
   */
  mode?: 'auto' | 'lines';
}


/** Offsets of the lines of `text` (without their line terminators). */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    out.push({ start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++; // CRLF is one line break
    start = i + 1;
  }
  out.push({ start, end: n });
  return out;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x202f || c === 0x2007 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x85 || c === 0x1680 ||
    c === 0x205f || c === 0x00ad
  );
}

/** Shrinks [start, end) so that it neither starts nor ends with whitespace; null if empty. */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

function pushSegment(out: Segment[], text: string, start: number, end: number): void {
  const s = trimSpan(text, start, end);
  if (s) out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
}

/**
 * Splits `text` into paragraphs (blocks separated by blank lines) and sentences.
 * German, Russian and English use Sverka's rules (abbreviations, initials, ordinals and
 * dates, sentence ends inside quotations, ellipses, headings without final punctuation);
 * other languages use `Intl.Segmenter`. CRLF is handled as one line break; offsets are into
 * `text` as given (a BOM, if present, is treated as whitespace).
 */
export function segment(text: string, lang: Lang, opts?: { mode?: 'auto' | 'lines' }): SegmentResult {
  const mode = opts?.mode ?? 'auto';
  const paragraphs: Span[] = [];
  const segments: Segment[] = [];
  const ls = lines(text);
  // Group lines into paragraphs at blank lines.
  let group: Span[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0] as Span;
    const last = group[group.length - 1] as Span;
    const p = trimSpan(text, first.start, last.end);
    if (p) {
      paragraphs.push(p);
      if (mode === 'lines') {
        for (const l of group) pushSegment(segments, text, l.start, l.end);
      } else {
        segmentParagraph(text, group, lang, segments);
      }
    }
    group = [];
  };
  // Pre-segmented files (one sentence a line, no blank lines) get the same reading, so an
  // unpaired mark cannot open a quotation that runs through the rest of the document.
  const linePerParagraph = isLinePerParagraph(text, ls);
  for (const l of ls) {
    if (trimSpan(text, l.start, l.end) === null) flush();
    else {
      group.push(l);
      if (linePerParagraph) flush();
    }
  }
  flush();
  return { segments, paragraphs };
}

/**
 * Text exported from word processors often has one paragraph per line and no blank lines.
 * Such lines are long (hard-wrapped prose stays under ~80 characters), so a text without
 * blank lines and with a line over 100 characters is read as one paragraph per line.
 */
function isLinePerParagraph(text: string, ls: Span[]): boolean {
  if (ls.length < 2) return false;
  let longest = 0;
  let nonEmpty = 0;
  for (const l of ls) {
    const t = trimSpan(text, l.start, l.end);
    if (t === null) {
      // a blank line inside the text: paragraphs are marked the usual way
      if (l.end < text.length && l.start > 0) return false;
      continue;
    }
    nonEmpty++;
    longest = Math.max(longest, t.end - t.start);
  }
  return nonEmpty >= 2 && longest > 100;
}

const TERMINAL_LINE_END = /[.!?…:;"»«“”'’)\]]$/;
const LIST_ITEM = /^\s*(?:[-–—•*·▪◦]|\d{1,3}[.)]|[a-zа-я][.)])\s/u;

/**
 * Runs of lines that belong to one running text: a line break ends a segment when the line
 * is short and unpunctuated (a heading or caption), when the next line is a list item, or
 * when the line ends with sentence punctuation; hard-wrapped prose lines are joined.
 */
function segmentParagraph(text: string, group: Span[], lang: Lang, out: Segment[]): void {
  let blockStart = (group[0] as Span).start;
  for (let i = 0; i < group.length; i++) {
    const l = group[i] as Span;
    const next = group[i + 1];
    if (!next) break;
    const lineText = text.slice(l.start, l.end).trim();
    const nextText = text.slice(next.start, next.end).trim();
    let hardBreak: boolean;
    if (LIST_ITEM.test(nextText)) hardBreak = true;
    else if (/[-\u00AD]$/.test(lineText) && !/\s[-–—]$/.test(lineText)) hardBreak = false; // hyphenated wrap
    else if (!TERMINAL_LINE_END.test(lineText)) {
      // Unpunctuated: a heading/caption when short, otherwise a hard-wrapped line; a
      // lowercase continuation is always a wrap.
      const nextFirst = nextText.match(/\p{L}/u)?.[0] ?? '';
      hardBreak = lineText.length < 50 && !isLower(nextFirst);
    } else {
      hardBreak = false; // sentence rules decide, with the line break counting as a space
    }
    if (hardBreak) {
      splitSentences(text, blockStart, l.end, lang, out);
      blockStart = next.start;
    }
  }
  splitSentences(text, blockStart, (group[group.length - 1] as Span).end, lang, out);
}

let segmenterCache: { lang: string; seg: Intl.Segmenter } | null = null;

function splitSentences(text: string, start: number, end: number, lang: Lang, out: Segment[]): void {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'de' || base === 'ru' || base === 'en') {
    ruleSplit(text, start, end, base, out);
    return;
  }
  if (!segmenterCache || segmenterCache.lang !== lang) {
    let seg: Intl.Segmenter;
    try {
      seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenterCache = { lang, seg };
  }
  const slice = text.slice(start, end);
  for (const s of segmenterCache.seg.segment(slice)) {
    pushSegment(out, text, start + s.index, start + s.index + s.segment.length);
  }
}

function isUpper(ch: string): boolean {
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== '' && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Characters that may close a sentence after its final punctuation. */
const CLOSERS = new Set(['"', "'", '»', '«', '“', '”', '’', '‘', '›', '‹', ')', ']', '}']);
/** Characters that may open the next sentence before its first word. */
const OPENERS = new Set(['"', "'", '„', '“', '”', '«', '»', '‚', '‘', '‹', '›', '(', '[', '{', '¿', '¡', '-', '–', '—', '*', '•']);
const QUOTE_OPENERS = /["„“”«»‚‘‹›']/;
/** Reference markers that may follow a sentence's final punctuation ("…gezeigt.[3] Dazu", "…¹ Der"). */
const FOOTNOTE = /^(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[*†‡]{1,3}|\p{Ll}(?=\s))/u;

/** The rule-based splitter for de/ru/en over text[start, end). */
function ruleSplit(text: string, start: number, end: number, lang: 'de' | 'ru' | 'en', out: Segment[]): void {
  let segStart = start;
  // The search runs over this block only, so that a block without punctuation does not scan
  // the rest of the document.
  const block = text.slice(start, end);
  const re = /[.!?…]+/g;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    const a = start + m.index;
    const term = m[0];
    let b = Math.min(a + term.length, end);
    // Closing quotes/brackets belong to the sentence they end.
    while (b < end && CLOSERS.has(text[b] as string)) b++;
    // "?!" / "?“." spread over closers: keep going while terminal punctuation follows.
    while (b < end && /[.!?…]/.test(text[b] as string)) {
      b++;
      while (b < end && CLOSERS.has(text[b] as string)) b++;
    }
    // A reference marker glued to the end: "…gezeigt.[3] Dazu".
    if (b < end && !isSpaceCode(text.charCodeAt(b)) && /\p{Ll}/u.test(text[a - 1] ?? '')) {
      const fm = FOOTNOTE.exec(text.slice(b, Math.min(end, b + 8)));
      if (fm) {
        const nx = nextWord(text, b + fm[0].length, end);
        if (isUpper(nx.first) || (isDigit(nx.first) && QUOTE_OPENERS.test(nx.lead))) b += fm[0].length;
      }
    }
    // A straight quote standing alone after the period closes the quotation: `Zone. " "Wir`.
    if (b + 2 < end && text[b] === ' ' && text[b + 1] === '"' && (b + 2 >= end || isSpaceCode(text.charCodeAt(b + 2))) && term !== '') {
      const after = nextWord(text, b + 2, end);
      if (after.lead.startsWith('"') || after.first === '') b += 2;
    }
    re.lastIndex = b - start;
    if (b >= end) break;
    if (!isSpaceCode(text.charCodeAt(b))) continue;
    if (isBoundary(text, a, term, b, end, lang, segStart)) {
      // A short parenthetical citation after the period belongs to this sentence: "…arbeiten. (Bremer, 1998) Die …"
      const cite = /^\s*\([^()]{1,60}\)(?=\s)/.exec(text.slice(b, Math.min(end, b + 80)));
      if (cite && !/[.!?]\s*\)$/.test(cite[0]) && /\d{4}|\bvgl\b|\bsiehe\b|\bsee\b|\bсм\b/i.test(cite[0])) {
        b += cite[0].length;
        re.lastIndex = b - start;
      }
      pushSegment(out, text, segStart, b);
      segStart = b;
    }
  }
  pushSegment(out, text, segStart, end);
}

interface NextWord {
  /** First character of the next word (letter or digit), '' if none. */
  first: string;
  word: string;
  /** True when the next word is itself followed by a period (an initial or abbreviation). */
  dotted: boolean;
  /** Opening punctuation (quote, bracket, dash) before the word. */
  lead: string;
}

function nextWord(text: string, from: number, end: number): NextWord {
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  let lead = '';
  while (i < end && OPENERS.has(text[i] as string)) {
    lead += text[i];
    i++;
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  }
  let j = i;
  while (j < end && /[\p{L}\p{N}\p{M}]/u.test(text[j] as string)) j++;
  const word = text.slice(i, j);
  return { first: text[i] ?? '', word, dotted: text[j] === '.', lead };
}

interface PrevWord {
  /** The word right before the final period, '' when the period follows punctuation/space. */
  word: string;
  /** Lowercase key of the abbreviation chain ending here ("z. B." -> "zb", "т.д." -> "тд"). */
  key: string;
  /** Number of dotted parts in the chain (1 for a plain word). */
  parts: number;
  /** The chain contains inner dots or several single-letter parts. */
  dotted: boolean;
  /** The word before the chain (lowercase), for ordinal context. */
  before: string;
  /** Every part is a capital letter ("W. W", "В.В", "Дж"): initials. */
  initials: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function prevWord(text: string, at: number, floor: number): PrevWord {
  // Walk back over "X." parts: "z. B", "U.S", "т. д", "v. Chr".
  let i = at;
  const partsRev: string[] = [];
  let innerDots = false;
  for (;;) {
    let j = i;
    while (j > floor && WORD_CHAR.test(text[j - 1] as string)) j--;
    const w = text.slice(j, i);
    if (w === '') break;
    partsRev.push(w);
    if (partsRev.length >= 4) break; // no abbreviation has more parts; keeps "W. W. W. …" linear
    i = j;
    if (i - 1 > floor && text[i - 1] === '.' && WORD_CHAR.test(text[i - 2] ?? '') && w.length <= 4) {
      // "U.S", "z.B", "т.е": inner dots; a long tail ("spiegel.de") is a domain, not an abbreviation
      let s = i - 1;
      while (s > floor && WORD_CHAR.test(text[s - 1] as string)) s--;
      if (i - 1 - s <= 4) {
        innerDots = true;
        i = i - 1;
        continue;
      }
      break;
    }
    if (
      w.length <= 2 &&
      i - 2 > floor &&
      text[i - 1] === ' ' &&
      text[i - 2] === '.' &&
      WORD_CHAR.test(text[i - 3] ?? '') &&
      !WORD_CHAR.test(text[i - 4] ?? '')
    ) {
      i = i - 2;
      continue;
    }
    break;
  }
  const word = partsRev[0] ?? '';
  const key = partsRev.slice().reverse().join('').toLowerCase();
  // The word before the chain (skipping a hyphen compound's head: "Partei-bzw.").
  let k = i;
  while (k > floor && isSpaceCode(text.charCodeAt(k - 1))) k--;
  let s = k;
  while (s > floor && (WORD_CHAR.test(text[s - 1] as string) || text[s - 1] === '-')) s--;
  const initials = partsRev.every((p) => /^\p{Lu}$|^(?:Дж|Ch|Th|Sh|Ph|Zh|Kh|Sch|Tsch)$/u.test(p));
  return { word, key, parts: partsRev.length, dotted: innerDots || partsRev.length > 1, before: text.slice(s, k).toLowerCase(), initials };
}

/**
 * Decides whether the terminal punctuation `term` at `a` (sentence material ends at `b`,
 * followed by whitespace) ends a sentence.
 */
function isBoundary(text: string, a: number, term: string, b: number, end: number, lang: 'de' | 'ru' | 'en', segStart: number): boolean {
  const nx = nextWord(text, b, end);
  if (nx.first === '') return true;
  // A lowercase continuation never starts a new sentence ("?“ fragte er", "… und dann").
  if (isLower(nx.first)) return false;
  // "«…?» — спросил он": a dash after the quotation continues the sentence.
  if (/^[-–—]/.test(nx.lead) && !isUpper(nx.first) && !isDigit(nx.first)) return false;
  // "(...)", ", erklärte er": the next thing is not a word at all.
  if (!/[\p{L}\p{N}]/u.test(nx.first)) return false;
  // "(20.45 Uhr.)", "(tsch.)", "(...)", "(ед.ч. — …)": punctuation inside a parenthesis
  // opened mid-sentence does not end the sentence.
  // Windows are bounded so that pathological input (no parentheses closed) stays linear.
  const from = Math.max(segStart, a - 400);
  const rel = text.slice(from, a).lastIndexOf('(');
  const open = rel < 0 ? -1 : from + rel;
  if (open > segStart && /\S/.test(text.slice(segStart, open)) && !/\)[^]*[.!?…]/.test(text.slice(a, b))) {
    const within = text.slice(open, Math.min(text.length, a + 80)).indexOf(')');
    const close = within < 0 ? -1 : open + within;
    const closedBefore = close >= 0 && close < a;
    const closesHere = /\)[^.!?…]*$/.test(text.slice(a + term.length, b));
    if (!closedBefore && closesHere) {
      // "(… zugänglich machen sollte.) Doch …": a plain word before the period ends the
      // sentence together with the parenthesis; an abbreviation ("ч.)", "tsch.)") does not.
      const w = prevWord(text, a, 0);
      const k = w.key;
      const plain = term === '.' && w.word.length > 1 && !w.dotted && !/^\d+$/.test(w.word) && !NEVER_FINAL[lang]?.has(k) && !MAY_END[lang]?.has(k);
      if (!plain) return false;
    } else if (!closedBefore && close > a && close - a < 80) return false;
  }
  if (term !== '.') return true; // ! ? … and "..." before a capital, digit or quote
  const closer = text[a + 1];
  const hasCloser = b > a + 1 && closer !== undefined && CLOSERS.has(closer);
  const pw = prevWord(text, a, 0);
  if (pw.word === '') return true;
  const openers = SENTENCE_OPENERS[lang];
  const nextIsOpener = openers?.has(nx.word.toLowerCase()) ?? false;
  const nextIsInitial = nx.dotted && nx.word.length <= 2 && isUpper(nx.first);
  const quoteLead = nx.lead !== '' && QUOTE_OPENERS.test(nx.lead);
  const key = pw.key;
  const tailKey = key.includes('-') ? key.slice(key.lastIndexOf('-') + 1) : key;
  const never = NEVER_FINAL[lang];
  const may = MAY_END[lang];

  // Numbers: ordinals and dates ("3. Oktober", "1. 1. 2025", "im 19. Jahrhundert").
  if (/^\d+$/.test(pw.word)) {
    if (hasCloser) return true;
    if (pw.dotted) return !isDigit(nx.first); // "1.1." in a date, "31.12. 2012"
    // "40. 000 Befragte": a digit group split by a stray space
    if (isDigit(nx.first) && pw.word.length <= 3 && /^\d{3}(?!\d)/.test(text.slice(b + 1, b + 5)) && nx.word.length === 3) return false;
    if (isDigit(nx.first)) return Number(pw.word) > 31;
    if (lang === 'de') {
      const nw = nx.word.toLowerCase();
      if (pw.word.length <= 3 && (MONTHS_DE.has(nw) || ORDINAL_NOUNS_DE.has(nw) || ORDINAL_NOUN_TAIL_DE.test(nw))) return false;
      if (pw.word.length <= 3 && ORDINAL_CONTEXT_DE.has(pw.before) && !nextIsOpener && !quoteLead) return false;
      // "(1. FC Nürnberg)": an ordinal right after an opening bracket
      if (pw.word.length <= 2 && /[(\[]\s*$/.test(text.slice(Math.max(0, a - pw.word.length - 2), a - pw.word.length))) return false;
    }
    return true;
  }
  // Listed multi-part abbreviations first ("P.S.", "z. B."), so they are not read as initials.
  if (pw.parts > 1 && never?.has(key)) return false;
  // Initials: "W. Putin", "В. В. Путин", "Дж. Буш".
  if (pw.initials) {
    if (hasCloser) return true;
    if (nextIsInitial) return false;
    // "Apollo X. «Она …»": a Latin capital in Russian text is no Russian initial
    if (lang === 'ru') return /^[A-Z]$/.test(pw.word) && /[\u0400-\u04FF]/.test(nx.first) && (isUpper(nx.first) || quoteLead);
    return nextIsOpener;
  }
  // German regnal numbers: "Abdullah II. von Jordanien", "Papst Benedikt XVI."
  if (lang === 'de' && /^[IVXLC]+$/.test(pw.word) && pw.parts === 1 && /^\p{Lu}/u.test(text.slice(a - pw.word.length - 1 - pw.before.length, a - pw.word.length - 1))) {
    return nextIsOpener && !PREPOSITIONS_DE.has(nx.word.toLowerCase());
  }
  // Russian "г." after a year ("в 2012 г.") may end a sentence; otherwise it is "город".
  if (lang === 'ru' && (key === 'г' || key === 'гг' || key === 'р') && /\d/.test(pw.before)) {
    return isUpper(nx.first) && !nextIsInitial && !isAdverbialLead(text, segStart, a);
  }
  if (lang === 'ru' && (key === 'нэ' || key === 'днэ' || key === 'в' || key === 'вв') && isAdverbialLead(text, segStart, a)) return false;
  if (LIST_END.has(key) || LIST_END.has(tailKey)) return isUpper(nx.first) || quoteLead;
  if (lang === 'ru' && (key === 'др' || key === 'пр')) return isUpper(nx.first) || isDigit(nx.first);
  if (never?.has(key) || never?.has(tailKey)) return false;
  // "Art. 5 GG", "Abschn. 3": before a number these cite a law; elsewhere "Art" is a word.
  if (lang === 'de' && BEFORE_NUMBER_DE.has(key) && isDigit(nx.first)) return false;
  const mayEnd = may?.has(key) || may?.has(tailKey) || pw.dotted || (pw.word.length === 1 && isLower(pw.word));
  if (mayEnd) {
    if (isDigit(nx.first)) return false;
    // "долл. США", "млн руб. РФ": an acronym after a unit continues the sentence
    if (nx.word.length >= 2 && nx.word === nx.word.toUpperCase() && /\p{L}/u.test(nx.word)) return false;
    if (lang === 'ru') return isUpper(nx.first) || quoteLead;
    return nextIsOpener || quoteLead;
  }
  return true;
}

/**
 * Russian puts time adverbials first: "В 8 веке до н. э. Греция …", "В 2010 г. Путин …". A
 * short lead starting with a preposition or a number, ending in a date abbreviation, is not a
 * sentence of its own.
 */
function isAdverbialLead(text: string, segStart: number, a: number): boolean {
  if (a - segStart > 120) return false;
  const lead = text.slice(segStart, a).trim();
  const words = lead.split(/\s+/);
  if (words.length > 7) return false;
  return (
    /^(?:[«"„(]?)(?:(?:а|и|но|однако|одновременно|уже|еще|ещё|также|затем|потом|позднее|позже|тогда|именно)\s+)?(?:(?:в|во|с|со|до|после|к|ко|на|от|около|между|за|начиная с|в течение)\s|\d)/iu.test(lead) &&
    !/[,;:]/.test(lead)
  );
}

/** German abbreviations that are also words, and abbreviations only before a number. */
const BEFORE_NUMBER_DE = new Set(['art', 'abschn', 'rn', 'rz']);

const PREPOSITIONS_DE = new Set(
  'von vom zu zur zum aus in im an am auf bei beim mit nach für über unter um gegen durch ohne bis ab seit während wegen trotz statt neben zwischen hinter vor'.split(' '),
);
