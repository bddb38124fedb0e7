import { ParseError } from '../../errors';
import { DEFAULT_XML_LIMITS, SafeXmlStream, type XmlElement } from '../xml/safe';

/** Bilingual dictionary formats Sverka imports. */
export type LexiconFormat = 'tsv' | 'tbx' | 'tei';

export const LEXICON_FORMATS: readonly LexiconFormat[] = ['tsv', 'tbx', 'tei'];

/** One German–Russian pair of a dictionary, with the line it starts on. */
export interface LexiconEntry {
  de: string;
  ru: string;
  line: number;
}

/** A push reader: decoded text goes in by chunks, entries come out through the callback. */
export interface LexiconReader {
  write(chunk: string): void;
  /** Flushes the last line or checks the XML is complete; returns how many records were skipped (no pair in them). */
  end(): { skipped: number };
}

/** Longest word or phrase of an entry (characters); longer is a broken line. */
export const MAX_LEXICON_TERM = 1000;
/** Longest TSV line read (characters); a longer one is a broken or binary file. */
const MAX_LINE = 65_536;
/** Most German x Russian pairs one glossary or dictionary entry gives (synonyms on both sides). */
const MAX_ENTRY_PAIRS = 16;

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

/** The format from the file name, else from the first characters of the text. */
export function lexiconFormatOf(fileName: string, head: string): LexiconFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'tbx') return 'tbx';
  if (ext === 'tei') return 'tei';
  if (ext === 'tsv' || ext === 'txt' || ext === 'tab') return 'tsv';
  const h = head.slice(0, 4096);
  if (/<(?:martif|tbx)\b/i.test(h)) return 'tbx';
  if (/<TEI\b/.test(h)) return 'tei';
  return 'tsv';
}

/** A reader for the format; `onEntry` gets every German–Russian pair in file order. */
export function lexiconReader(format: LexiconFormat, onEntry: (e: LexiconEntry) => void): LexiconReader {
  switch (format) {
    case 'tsv':
      return new TsvReader(onEntry);
    case 'tbx':
      return new XmlEntryReader(onEntry, TBX);
    case 'tei':
      return new XmlEntryReader(onEntry, TEI);
    default: {
      const never: never = format;
      throw new ParseError(`Unknown dictionary format ${String(never)}`);
    }
  }
}

/** Which side of a pair a text is on, by its script: Cyrillic is Russian, Latin German. */
function sideOf(text: string): 'ru' | 'de' | null {
  const ru = CYRILLIC.test(text);
  const de = LATIN.test(text);
  return ru && !de ? 'ru' : de && !ru ? 'de' : ru ? 'ru' : null;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Two columns, German and Russian in either order (told apart by script; a header line
 * `de<TAB>ru` or `ru<TAB>de` is read and skipped); `#` comments and blank lines are skipped;
 * further columns (notes, part of speech) are ignored. A line with one column, an empty
 * side, two columns of the same script or an overlong term is a ParseError naming the line.
 */
class TsvReader implements LexiconReader {
  private rest = '';
  private line = 0;

  constructor(private readonly onEntry: (e: LexiconEntry) => void) {}

  write(chunk: string): void {
    let text = this.rest + chunk;
    if (this.line === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let pos = 0;
    for (let nl = text.indexOf('\n', pos); nl >= 0; nl = text.indexOf('\n', pos)) {
      this.take(text.slice(pos, nl));
      pos = nl + 1;
    }
    this.rest = text.slice(pos);
    if (this.rest.length > MAX_LINE) throw new ParseError(`Line longer than ${MAX_LINE} characters: not a dictionary in TSV`, { line: this.line + 1 });
  }

  end(): { skipped: number } {
    if (this.rest !== '') this.take(this.rest);
    this.rest = '';
    return { skipped: 0 };
  }

  private take(raw: string): void {
    this.line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!text.trim() || text.trimStart().startsWith('#')) return;
    if (text.includes('\u0000')) throw new ParseError('The line holds NUL characters: the file looks like UTF-16 or binary, not UTF-8 text', { line: this.line });
    const cells = text.split('\t').map(clean);
    if (cells.length >= 2 && /^(?:de|ru|deu|rus|ger)$/i.test(cells[0] as string) && /^(?:de|ru|deu|rus|ger)$/i.test(cells[1] as string)) return;
    const [a, b] = cells;
    if (cells.length < 2 || !a || !b) throw new ParseError('Expected a German and a Russian term separated by a tab', { line: this.line });
    const sa = sideOf(a);
    const sb = sideOf(b);
    if (!sa || !sb || sa === sb) throw new ParseError(`Expected one German and one Russian term; got ${sa ?? 'no letters'} and ${sb ?? 'no letters'}`, { line: this.line });
    if (a.length > MAX_LEXICON_TERM || b.length > MAX_LEXICON_TERM) throw new ParseError(`A term is longer than ${MAX_LEXICON_TERM} characters`, { line: this.line });
    this.onEntry(sa === 'de' ? { de: a, ru: b, line: this.line } : { de: b, ru: a, line: this.line });
  }
}

/** How an XML dictionary marks an entry and its terms. */
interface XmlShape {
  /** Elements that make one entry (a concept, a headword). */
  entry: ReadonlySet<string>;
  /** Whether an element's text is a term (a TBX term, a TEI headword or translation). */
  term(el: XmlElement, stack: readonly XmlElement[]): boolean;
}

const TBX: XmlShape = {
  // TBX 2 (martif: termEntry/langSet/tig/term) and TBX 3 (conceptEntry/langSec/termSec/term).
  entry: new Set(['termEntry', 'conceptEntry']),
  term: (el) => el.name === 'term',
};

const TEI: XmlShape = {
  // FreeDict TEI: entry/form/orth (headword), entry/sense/cit[@type=trans]/quote (translation).
  entry: new Set(['entry']),
  term: (el, stack) => el.name === 'orth' || (el.name === 'quote' && stack.some((s) => s.name === 'cit' && (s.attrs['type'] ?? 'trans') === 'trans')),
};

/**
 * TBX and TEI read by one SAX pass: the terms of each entry are collected (told apart by
 * script, else by the xml:lang in force) and every German term is paired with every Russian
 * term of the same entry (synonyms; at most 16 pairs). Entries with no German or no Russian
 * term are counted as skipped; malformed XML is a ParseError with its line.
 */
class XmlEntryReader implements LexiconReader {
  private readonly xml: SafeXmlStream;
  private readonly stack: XmlElement[] = [];
  private entryLine = 0;
  private inEntry = 0;
  private termDepth = 0;
  private termText = '';
  private termLang: string | null = null;
  private de: string[] = [];
  private ru: string[] = [];
  private skipped = 0;

  constructor(
    private readonly onEntry: (e: LexiconEntry) => void,
    private readonly shape: XmlShape,
  ) {
    this.xml = new SafeXmlStream(
      {
        open: (el) => this.open(el),
        close: (name) => this.close(name),
        text: (t) => {
          if (this.termDepth > 0) {
            this.termText += t;
            if (this.termText.length > MAX_LEXICON_TERM) this.xml.fail('limit', `A term is longer than ${MAX_LEXICON_TERM} characters`);
          }
        },
      },
      { xmlns: false, limits: DEFAULT_XML_LIMITS },
    );
  }

  write(chunk: string): void {
    this.xml.write(chunk);
  }

  end(): { skipped: number } {
    this.xml.end();
    return { skipped: this.skipped };
  }

  private open(el: XmlElement): void {
    this.stack.push(el);
    if (this.shape.entry.has(el.name)) {
      if (this.inEntry++ === 0) {
        this.entryLine = el.line;
        this.de = [];
        this.ru = [];
      }
      return;
    }
    if (this.inEntry > 0 && this.termDepth === 0 && this.shape.term(el, this.stack)) {
      this.termDepth = this.stack.length;
      this.termText = '';
      this.termLang = this.langInForce();
    }
  }

  private close(name: string): void {
    if (this.termDepth > 0 && this.stack.length === this.termDepth) {
      this.termDepth = 0;
      const t = clean(this.termText);
      const lang = this.termLang ?? '';
      // The script decides (a dictionary's xml:lang is sometimes its documentation language); xml:lang serves terms without letters of either.
      const side = sideOf(t) ?? (/^(?:de|deu|ger)\b/i.test(lang) ? 'de' : /^(?:ru|rus)\b/i.test(lang) ? 'ru' : null);
      if (t && side === 'de') this.de.push(t);
      else if (t && side === 'ru') this.ru.push(t);
    }
    this.stack.pop();
    if (this.shape.entry.has(name) && --this.inEntry === 0) this.flush();
  }

  private langInForce(): string | null {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const l = (this.stack[k] as XmlElement).attrs['xml:lang'] ?? (this.stack[k] as XmlElement).attrs['lang'];
      if (l) return l;
    }
    return null;
  }

  private flush(): void {
    const de = [...new Set(this.de)];
    const ru = [...new Set(this.ru)];
    if (!de.length || !ru.length) {
      this.skipped++;
      return;
    }
    let n = 0;
    for (const d of de) {
      for (const r of ru) {
        if (n++ >= MAX_ENTRY_PAIRS) return;
        this.onEntry({ de: d, ru: r, line: this.entryLine });
      }
    }
  }
}
