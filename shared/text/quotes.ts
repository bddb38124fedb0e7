import type { Lang, Span } from '../types';
import { segment, type SegmentResult } from './segment';
import { overlapping } from './spans';

/** What a quoted span is: someone's words, a name/title (newspaper, company, work) or a term. */
export type QuoteKind = 'quotation' | 'title' | 'term';

/** A quoted span of a document. */
export interface Quote {
  /** Span INSIDE the marks: `text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** The opening mark. */
  open: Span;
  /** The closing mark; null when the quotation is never closed (see the problems list). */
  close: Span | null;
  /** 0 for a top-level quotation, 1 for a quotation inside it, ... */
  depth: number;
  /** Index (in the returned array) of the enclosing quotation, null at top level. */
  parent: number | null;
  /** Indexes of the segments (sentences) the quotation overlaps. */
  segments: number[];
  /** Indexes of the paragraphs the quotation overlaps. */
  paragraphs?: number[];
}

/** A quotation mark that could not be paired. */
export interface QuoteProblem {
  /** Offset of the mark in the text. */
  offset: number;
  mark: string;
  message: string;
}

/** Closing marks each opening mark accepts (mixed styles such as „…" and „…” occur in practice). */
const CLOSES: Readonly<Record<string, string>> = {
  '„': '“”"',
  '“': '”"“',
  '”': '”',
  '"': '"“”',
  '«': '»',
  '»': '«',
  '‚': '‘’\'',
  '‘': '’',
  '‹': '›',
  '›': '‹',
};

const MARKS = /["„“”«»‚‘’‹›]/g;
const MAX_DEPTH = 16;
/** At most this many problems are listed one by one (the last entry summarises the rest). */
const MAX_PROBLEMS = 1000;

function isSpaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  return /[\s\u00A0\u200B\uFEFF]/.test(text[i] as string);
}
function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Characters that, before a mark, make it an opening mark (like a space does). */
const OPENING_CONTEXT = /[([{\-–—\/:„“"«»‚‘‹›]/;
/** Characters that, after a mark, make it a closing mark (like a space does). */
const CLOSING_CONTEXT = /[)\]}.,;:!?…\-–—\/"“”«»‘’‹›]/;

/** left: looks like an opening mark (space before, word after); right: like a closing mark. */
function flank(text: string, i: number): { left: boolean; right: boolean } {
  const before = text[i - 1];
  const after = text[i + 1];
  const spaceBefore = isSpaceAt(text, i - 1) || (before !== undefined && OPENING_CONTEXT.test(before));
  const spaceAfter = isSpaceAt(text, i + 1) || (after !== undefined && CLOSING_CONTEXT.test(after));
  return { left: spaceBefore && !spaceAfter, right: spaceAfter && !spaceBefore };
}

interface OpenEntry {
  mark: string;
  open: Span;
  /** Index into `raw`. */
  rec: number;
  /** Set at a paragraph end when the next paragraph repeats the opening mark. */
  continuing?: boolean;
}

interface RawQuote {
  open: Span;
  close: Span | null;
  depth: number;
  parentRec: number | null;
  /** Paragraph end used when the quotation is never closed. */
  end: number;
  keep: boolean;
}

/**
 * Finds quotations (German „…“ ‚…‘ »…« ›…‹ "…" “…”, Russian «…» „…“ "…", English “…” ‘…’ "…"),
 * nested ones included, in document order. Straight ASCII quotes are paired by their
 * neighbourhood (space or punctuation before/after decides opening vs closing). A quotation
 * running over several paragraphs with its opening mark repeated at each paragraph start is
 * one quotation. Unbalanced marks never throw: they are listed in `problems`; an opening
 * mark left open at the end of its paragraph still yields a quote (with `close: null`)
 * running to the paragraph end. Apostrophes (’ between letters) are ignored.
 */
export function findQuotes(text: string, lang: Lang, seg?: SegmentResult): { quotes: Quote[]; problems: QuoteProblem[] } {
  const sr = seg ?? segment(text, lang);
  const paragraphs = sr.paragraphs.length > 0 ? sr.paragraphs : [{ start: 0, end: text.length }];
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const raw: RawQuote[] = [];
  const problems: QuoteProblem[] = [];
  let stack: OpenEntry[] = [];

  const openMark = (mark: string, i: number, width = 1): void => {
    if (stack.length >= MAX_DEPTH) {
      // Real quotations nest two or three deep; beyond this the marks are noise, and a
      // bounded stack keeps closing marks O(1).
      problems.push({ offset: i, mark, message: `Quotation marks nested more than ${MAX_DEPTH} deep; ${mark} ignored` });
      return;
    }
    const parent = stack[stack.length - 1];
    const open = { start: i, end: i + width };
    raw.push({ open, close: null, depth: stack.length, parentRec: parent ? parent.rec : null, end: open.end, keep: false });
    stack.push({ mark, open, rec: raw.length - 1 });
  };
  const findCloser = (mark: string): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if ((CLOSES[(stack[k] as OpenEntry).mark] ?? '').includes(mark)) return k;
    }
    return -1;
  };
  const closeAt = (k: number, i: number, width = 1): void => {
    for (let j = stack.length - 1; j > k; j--) {
      const e = stack[j] as OpenEntry;
      problems.push({ offset: e.open.start, mark: e.mark, message: `Opening mark ${e.mark} is never closed` });
    }
    const e = stack[k] as OpenEntry;
    const r = raw[e.rec] as RawQuote;
    r.close = { start: i, end: i + width };
    r.end = i;
    r.keep = i > e.open.end;
    stack = stack.slice(0, k);
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    // Searching the paragraph's own text keeps a document of many mark-free paragraphs linear.
    const body = text.slice(para.start, para.end);
    const doubled = doubledQuotes(body, para.start);
    const continuingStraight = stack.length > 0 && stack[0]?.mark === '"';
    const inches = unitMarks(text, para, body, continuingStraight, doubled);
    const toggled = straightQuoteFallback(text, para, body, continuingStraight, doubled, inches);
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(body); m; m = MARKS.exec(body)) {
      const i = para.start + m.index;
      const ch = m[0];
      const pair = doubled.get(i);
      if (pair !== undefined) {
        // Two straight quotes standing for one mark of a quotation inside another.
        MARKS.lastIndex = m.index + 2;
        if (pair === 'open') openMark(DOUBLED, i, 2);
        else {
          let k = stack.length - 1;
          while (k >= 0 && (stack[k] as OpenEntry).mark !== DOUBLED) k--;
          if (k >= 0) closeAt(k, i, 2);
          else problems.push({ offset: i, mark: DOUBLED, message: 'Closing mark "" without an opening mark' });
        }
        continue;
      }
      // A quotation continued from the previous paragraph repeats its opening mark here.
      if (i === para.start && stack.length > 0 && p > 0 && (stack[0] as OpenEntry).continuing) {
        (stack[0] as OpenEntry).continuing = false;
        if (ch === (stack[0] as OpenEntry).mark || (ch === '"' && (stack[0] as OpenEntry).mark === '"')) continue;
      }
      const f = flank(text, i);
      const between = isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1]);
      switch (ch) {
        case '„':
        case '‚': {
          if (ch === '‚' && between) break;
          openMark(ch, i);
          break;
        }
        case '“': {
          const k = findCloser(ch);
          // In German „…“ closes; an English-style opening “ has space before and a word after.
          const topIsEnglish = k >= 0 && (stack[k] as OpenEntry).mark === '“';
          if (k >= 0 && !(f.left && (topIsEnglish || base === 'en'))) closeAt(k, i);
          else if (f.left || (k < 0 && !f.right)) openMark(ch, i);
          else problems.push({ offset: i, mark: ch, message: 'Closing mark “ without an opening mark' });
          break;
        }
        case '”': {
          const k = findCloser(ch);
          if (k >= 0 && !(f.left && (stack[k] as OpenEntry).mark === '”')) closeAt(k, i);
          else if (f.left) openMark(ch, i);
          else problems.push({ offset: i, mark: ch, message: 'Closing mark ” without an opening mark' });
          break;
        }
        case '"': {
          if (inches.has(i)) break;
          const k = findCloser(ch);
          const role = toggled?.get(i);
          if (role === 'open') openMark(ch, i);
          else if (role === 'close') {
            if (k >= 0) closeAt(k, i);
            else problems.push({ offset: i, mark: ch, message: 'Closing mark " without an opening mark' });
          } else if (f.right && k >= 0) closeAt(k, i);
          else if (f.left) openMark(ch, i);
          else if (k >= 0 && (stack[k] as OpenEntry).mark === '"') closeAt(k, i);
          else if (f.right) problems.push({ offset: i, mark: ch, message: 'Closing mark " without an opening mark' });
          else openMark(ch, i);
          break;
        }
        case '«':
        case '»':
        case '‹':
        case '›': {
          // Direction by neighbourhood first (»…« in German, «…» in Russian), then by language.
          const single = ch === '‹' || ch === '›';
          const ruOpen = single ? '‹' : '«';
          const k = findCloser(ch);
          let opening: boolean;
          if (f.left && !f.right) opening = true;
          else if (f.right && !f.left) opening = false;
          else if (k >= 0) opening = false;
          else opening = base === 'de' ? ch !== ruOpen : ch === ruOpen;
          if (opening) openMark(ch, i);
          else if (k >= 0) closeAt(k, i);
          else problems.push({ offset: i, mark: ch, message: `Closing mark ${ch} without an opening mark` });
          break;
        }
        case '‘': {
          const k = findCloser(ch);
          if (k >= 0 && !f.left) closeAt(k, i);
          else if (f.left && !between) openMark(ch, i);
          break;
        }
        case '’': {
          // Mostly an apostrophe (geht’s, don’t, dogs’); closes only an open ‚ or ‘. German ‚…‘
          // closes with ‘: while one follows in the paragraph, ’ after a word is the apostrophe
          // of a genitive or an elision (‚Das ist Hans’ Auto‘), not the closing mark.
          if (between) break;
          const k = findCloser(ch);
          if (k >= 0 && (stack[k] as OpenEntry).mark === '‚' && isLetterOrDigit(text[i - 1]) && body.includes('‘', i - para.start + 1)) break;
          if (k >= 0 && !f.left) closeAt(k, i);
          break;
        }
        default:
          break;
      }
    }
    // Paragraph end: a quotation continues if the next paragraph starts with the same mark.
    if (stack.length > 0) {
      const next = paragraphs[p + 1];
      const bottom = stack[0] as OpenEntry;
      const continues = next !== undefined && text[next.start] === bottom.mark && (bottom.mark !== '"' || flank(text, next.start).left);
      for (let j = stack.length - 1; j >= (continues ? 1 : 0); j--) {
        const e = stack[j] as OpenEntry;
        problems.push({ offset: e.open.start, mark: e.mark, message: `Opening mark ${e.mark} is not closed before the end of the paragraph` });
        if (j === 0) {
          const r = raw[e.rec] as RawQuote;
          r.end = para.end;
          r.keep = para.end > e.open.end;
        }
      }
      if (continues) {
        bottom.continuing = true;
        stack = [bottom];
      } else stack = [];
    }
  }

  // Renumber: keep closed (and paragraph-final unclosed top-level) quotations only.
  const index = new Map<number, number>();
  const quotes: Quote[] = [];
  raw.forEach((r, ri) => {
    if (!r.keep) return;
    let parentRec = r.parentRec;
    while (parentRec !== null && !index.has(parentRec)) parentRec = (raw[parentRec] as RawQuote).parentRec;
    const parent = parentRec === null ? null : (index.get(parentRec) as number);
    const start = r.open.end;
    const end = r.end;
    const depth = parent === null ? 0 : (quotes[parent] as Quote).depth + 1;
    index.set(ri, quotes.length);
    quotes.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'quotation',
      open: r.open,
      close: r.close,
      depth,
      parent,
      segments: overlapping(sr.segments, start, end),
      paragraphs: overlapping(paragraphs, start, end),
    });
  });
  for (const q of quotes) q.kind = classifyQuote(text, q, base);
  problems.sort((x, y) => x.offset - y.offset);
  if (problems.length > MAX_PROBLEMS) {
    const rest = problems.length - MAX_PROBLEMS;
    const first = problems[MAX_PROBLEMS] as QuoteProblem;
    problems.length = MAX_PROBLEMS;
    problems.push({ offset: first.offset, mark: first.mark, message: `…and ${rest} more unpaired quotation marks` });
  }
  return { quotes, problems };
}

/** The mark of a quotation opened by two straight quotes (see doubledQuotes). */
const DOUBLED = '""';

/**
 * Doubled straight quotes that stand for one mark: a quotation inside a quotation opened by
 * another mark (`„Die ""Luno"" sank.“`, «Судно ""Луно"" затонуло»), as text exported from a
 * spreadsheet or a CSV field writes it. Read one by one, the quotes of each pair would open and
 * close an empty quotation and a quoted one inside it, the second with its inner quotes in its
 * text. Taken as one mark, opening and closing in turn, when every straight quote of the
 * paragraph stands in such a pair and each pair stands where its turn puts it (an opening pair
 * after a space and before a word, a closing one the reverse). A paragraph with single straight
 * quotes as well (`"Er nannte es ""Unsinn"" und ging."`, a CSV field whose outer quotes may be
 * the field's or a quotation's) stays read mark by mark: that reading was measured and not
 * shipped (shared/align/README.md, "Doubled straight quotes"). Returns the offset of each pair's
 * first quote with its role.
 */
function doubledQuotes(body: string, offset: number): Map<number, 'open' | 'close'> {
  const runs: number[] = [];
  for (let i = body.indexOf('"'); i >= 0; ) {
    let n = 1;
    while (body[i + n] === '"') n++;
    if (n !== 2) return new Map();
    runs.push(i);
    i = body.indexOf('"', i + n);
  }
  const roles = new Map<number, 'open' | 'close'>();
  if (runs.length < 2 || runs.length % 2 !== 0) return roles;
  for (let k = 0; k < runs.length; k++) {
    const at = runs[k] as number;
    const opening = k % 2 === 0;
    // The pair as one mark: space or an opening context before and a word after it, or the reverse.
    const before = at === 0 || isSpaceAt(body, at - 1) || OPENING_CONTEXT.test(body[at - 1] as string);
    const after = isSpaceAt(body, at + 2) || CLOSING_CONTEXT.test(body[at + 2] as string);
    if (opening ? !before || after : before || !after) return new Map();
    roles.set(offset + at, opening ? 'open' : 'close');
  }
  return roles;
}

/**
 * Straight quotes that are inch marks (`12" Display`, `1,5"-Rohr`): right after a digit,
 * before a hyphen or a space and a word, while no straight quotation is open. Inside one the
 * mark closes it: titles ending in a number (`"Formel 1" startet`, `"20/20"-Specials`) are far
 * more common in news than inch marks inside quotations. Returns the offsets of the inch marks.
 */
function unitMarks(text: string, para: Span, body: string, continuing: boolean, doubled: ReadonlyMap<number, 'open' | 'close'>): Set<number> {
  const marks = new Set<number>();
  let open = continuing;
  for (let i = body.indexOf('"'); i >= 0; i = body.indexOf('"', i + 1)) {
    const at = para.start + i;
    if (doubled.has(at)) {
      i++;
      continue;
    }
    const after = text[at + 1];
    const inch = !open && /\d/.test(text[at - 1] ?? '') && (after === '-' || ((after === ' ' || after === '\u00A0') && /\p{L}/u.test(text[at + 2] ?? '')));
    if (inch) marks.add(at);
    else open = !open;
  }
  return marks;
}

/**
 * Straight quotes with broken spacing (`Marcegaglia",Chefin der Chefs" Italiens`) defeat the
 * neighbourhood rule. When that rule leaves straight quotes of a paragraph unpaired but their
 * number is even, they are paired in order instead (open, close, open, ...). Returns the
 * roles to use, or null to keep the neighbourhood rule.
 */
function straightQuoteFallback(
  text: string,
  para: Span,
  body: string,
  continuing: boolean,
  doubled: ReadonlyMap<number, 'open' | 'close'>,
  inches: ReadonlySet<number>,
): Map<number, 'open' | 'close'> | null {
  const offsets: number[] = [];
  for (let i = body.indexOf('"'); i >= 0; i = body.indexOf('"', i + 1)) {
    // (The quotes of a doubled pair are one mark, read by doubledQuotes.)
    if (doubled.has(para.start + i)) i++;
    else if (!inches.has(para.start + i)) offsets.push(para.start + i);
  }
  if (offsets.length < 2 || offsets.length % 2 !== 0 || continuing) return null;
  let depth = 0;
  let broken = false;
  for (const i of offsets) {
    const f = flank(text, i);
    if (f.right && depth > 0) depth--;
    else if (f.left) depth++;
    else if (depth > 0) depth--;
    else if (f.right) broken = true;
    else depth++;
  }
  if (!broken && depth === 0) return null;
  return new Map(offsets.map((o, k) => [o, k % 2 === 0 ? 'open' : 'close']));
}

/** Words right before a quotation that announce a name or title ("die Zeitung „…“"). */
const TITLE_CUES =
  /(?:zeitung|blatt|magazins?|zeitschrift|wochenzeitung|tageszeitung|sender|senders|agentur|nachrichtenagentur|partei|unternehmens?|konzerns?|firma|verlag[es]*|films?|buch(?:es)?|romans?|albums?|lied(?:es)?|songs?|serie|sendung|programms?|operation|projekts?|clubs?|klubs?|vereins?|mannschaft|festivals?|preis(?:es)?|hotels?|restaurants?|stiftung|organisation|bewegung|fraktion|bündnis(?:ses)?|kampagne|pipeline|gruppe|band|kanal|fernsehsender|radiosender|portal|website|newspaper|magazine|company|party|film|movie|book|novel|album|song|show|series|agency|channel|group|газет[аеуы]|газетой|журнал[аеу]?|агентств[аеуо]|компани[июяей]|партии|партия|партию|фильм[аеу]?|книг[аеиу]|роман[аеу]?|групп[аеыу]|фонд[аеу]?|банк[аеу]?|движени[еяю]|клуб[аеу]?|проект[аеу]?|программ[аеыу]|операци[июяей]|концерн[аеу]?|холдинг[аеу]?|телеканал[аеу]?|канал[аеу]?|радиостанци[июяей]|издани[еяю]|объединени[еяю]|организаци[июяей]|обществ[аеоу]|завод[аеу]?|театр[аеу]?|команд[аеуы]|издательств[аеоу]|сайт[аеу]?|портал[аеу]?)\s*$/iu;

/** Words right before a quotation that mark a term or scare quote. */
const TERM_CUES =
  /(?:sogenannt\p{L}*|so\s+genannt\p{L}*|so-called|so\s+called|так\s+называем\p{L}*|т\.\s?н\.|(?:das|dem|des)\s+wort|(?:den|der|dem|des)\s+begriffs?|the\s+(?:word|term)|слов[оа]|термин[аоу]?|поняти[еяю])\s*$/iu;

/** The last `n` whitespace-separated words of `s` (with trailing space), scanning from the end. */
function lastWords(s: string, n: number): string {
  let i = s.length;
  for (let w = 0; w < n; w++) {
    while (i > 0 && /\s/.test(s[i - 1] as string)) i--;
    if (w > 0 && i === 0) break;
    while (i > 0 && !/\s/.test(s[i - 1] as string)) i--;
  }
  return s.slice(i);
}

/** Classifies a quotation by its content and the words right before it. */
function classifyQuote(text: string, q: Quote, lang: string): QuoteKind {
  const inner = q.text.trim();
  const before = text.slice(Math.max(0, q.open.start - 40), q.open.start);
  // Cues are tested on the last one or two words only: cheap even for thousands of quotes.
  const tail = lastWords(before, 2);
  const lastWord = lastWords(before, 1);
  if (TERM_CUES.test(tail)) return 'term';
  const words = inner.split(/\s+/).filter((w) => w !== '');
  const sentenceLike = /[.!?…,;:]\s*$|[.!?…;:]\s|,/.test(inner) || words.length > 6;
  if (sentenceLike || words.length === 0) return 'quotation';
  const first = words[0] as string;
  const capitalised = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
  // Names and titles are capitalised in every language Sverka knows.
  if (!capitalised(first)) return 'quotation';
  if (TITLE_CUES.test(lastWord)) return 'title';
  // "ein „Akt der Gerechtigkeit“", "als „Fürsprecherin der Armen“": a characterisation, not a name.
  if (/(?:\b(?:ein|eine|einen|einem|einer|eines|als|wie|a|an|as|like|как)\s*)$/iu.test(before)) return 'quotation';
  const functionWord =
    /^(?:der|die|das|des|dem|den|und|von|vom|für|im|am|of|the|and|for|in|on|at|to|a|an|my|your|is|it's|de|la|le|les|du|el|los|las|en|y|di|del|da|и|в|на|за|по|для|с|от|до|из)$/iu;
  const content = words.filter((w) => !functionWord.test(w));
  // A name in another script ("Rossiyskaya Gazeta" in German, «Haber X» in Russian).
  const latin = /^[\p{Script=Latin}\d\s&.\-'’:]+$/u.test(inner);
  // Russian surname endings mark a transliterated name only beside another word: alone,
  // -in/-ina/-ov are ordinary German words too („Kollegin“, „Disziplin“, „Magazin“).
  const russianName = words.length >= 2 && /\b[A-Z][a-z]*(?:aya|skiy|skaya|ov|ova|ev|eva|in|ina)\b/u.test(inner);
  const foreignInGerman = lang === 'de' && latin && (/\b(?:of|the|and|my|your|it's|is|de|la|los|las|el|en|du|des|le|y)\b|[^\x00-\x7FäöüÄÖÜß]/u.test(inner) || russianName);
  if (lang === 'ru' && latin) return 'title';
  if (foreignInGerman && content.every(capitalised)) return 'title';
  switch (lang) {
    case 'de':
      // German capitalises every noun, so only a multi-word phrase with every content word
      // capitalised (adjectives included: „Neue Zürcher Zeitung“) reads as a name.
      return content.length >= 2 && content.every(capitalised) && !/^(?:ich|wir|er|sie|es)$/iu.test(first) ? 'title' : 'quotation';
    case 'ru':
      // Russian capitalises only the first word of a title and names; a lone capitalised
      // question word or pronoun is a quoted word.
      if (/^(?:что|как|это|да|нет|так|почему|зачем|кто|где|когда|я|мы|вы|ты|он|она|оно|они|все|всё|вот|ну|мне|нам|нас|его|её|ее|их)$/iu.test(first) && !TITLE_CUES.test(lastWord)) return 'quotation';
      return content.every(capitalised) ? 'title' : 'quotation';
    case 'en':
      return content.length >= 1 && content.every(capitalised) ? 'title' : 'quotation';
    default:
      return 'quotation';
  }
}
