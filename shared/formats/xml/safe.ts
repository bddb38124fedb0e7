import { SaxesParser, type SaxesTagNS, type SaxesTagPlain } from 'saxes';
import { ParseError } from '../../errors';
import type { FormatErrorReason } from '../model';

/**
 * Size limits every XML reader enforces, so that a hostile or broken file fails with a
 * ParseError instead of exhausting memory. A "unit" is a TMX `tu` or an XLIFF unit/trans-unit.
 */
export interface XmlLimits {
  /** Deepest element nesting accepted (default 64; real TMX/XLIFF stays under 20). */
  maxDepth: number;
  /** Longest attribute value in characters (default 65,536). */
  maxAttributeLength: number;
  /** Most characters of text, native code, notes and props in one unit (default 1,048,576). */
  maxUnitChars: number;
  /** Most elements inside one unit (default 10,000). */
  maxUnitElements: number;
}

export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxDepth: 64,
  maxAttributeLength: 65_536,
  maxUnitChars: 1_048_576,
  maxUnitElements: 10_000,
});

/** Namespace of the `xml:` prefix; attributes in it are keyed `xml:local`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An element as the readers see it: local name, namespace (ns mode) and flat attributes. */
export interface XmlElement {
  /** Local name (in plain mode the full qualified name). */
  name: string;
  /** Namespace URI in ns mode, '' otherwise or when none. */
  uri: string;
  /**
   * Attributes: unprefixed ones by local name, `xml:` ones as `xml:lang`, other namespaced
   * ones as `{uri}local` (ns mode) or by qualified name (plain mode).
   */
  attrs: Record<string, string>;
  line: number;
  column: number;
}

/** What a reader does with the parsed document. */
export interface XmlSink {
  open(el: XmlElement): void;
  close(name: string, uri: string): void;
  text(text: string): void;
}

export interface SafeXmlOptions {
  /** Resolve namespaces (XLIFF); off for TMX, which has none and parses faster without. */
  xmlns: boolean;
  limits: XmlLimits;
}

/**
 * A saxes parser fed string chunks, hardened for untrusted input:
 * - a DOCTYPE with an internal subset declaring entities is rejected (no entity expansion
 *   means no billion laughs; external entities are never resolved or fetched),
 * - undefined entity references are XML errors (saxes only knows the five predefined ones),
 * - depth and attribute length are bounded,
 * - UTF-16 bytes that were decoded as an 8-bit encoding are detected by their NULs,
 * - empty input is its own error.
 * Every failure is a ParseError with line/column and `details.reason`.
 */
export class SafeXmlStream {
  private readonly parser: SaxesParser<{ xmlns: boolean; position: true }>;
  private depth = 0;
  private started = false;
  private sawRoot = false;
  private failed: ParseError | undefined;
  private ended = false;
  // Text the caller read itself (`passOver`) never reaches the parser: these put the positions
  // it reports back where they are in the whole file.
  private lineShift = 0;
  private shiftedLine = -1;
  private columnShift = 0;

  constructor(
    private readonly sink: XmlSink,
    private readonly opts: SafeXmlOptions,
  ) {
    this.parser = new SaxesParser({ xmlns: opts.xmlns, position: true });
    const p = this.parser;
    p.on('error', (err: Error) => {
      // saxes prefixes "line:column: "; ParseError adds the position itself.
      const msg = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
      this.fail('xml', `Malformed XML: ${msg}`);
    });
    p.on('doctype', (doctype: string) => this.checkDoctype(doctype));
    p.on('opentag', (tag) => this.onOpen(tag as SaxesTagNS | SaxesTagPlain));
    p.on('closetag', (tag) => {
      this.depth--;
      const t = tag as SaxesTagNS;
      this.sink.close(opts.xmlns ? t.local : t.name, opts.xmlns ? (t.uri ?? '') : '');
    });
    p.on('text', (t: string) => this.sink.text(t));
    p.on('cdata', (t: string) => this.sink.text(t));
  }

  /** Line (1-based) of the next character, in the whole file. */
  get line(): number {
    return this.parser.line + this.lineShift;
  }

  /** Column (0-based) of the next character, in the whole file. */
  get column(): number {
    return this.parser.column + (this.parser.line === this.shiftedLine ? this.columnShift : 0);
  }

  /**
   * Records that the caller read the next part of the file itself (a complete element, or
   * space between elements, that the parser is not given): it held `lines` line breaks and
   * `tail` characters after the last of them. Positions reported later count it.
   */
  passOver(lines: number, tail: number): void {
    const { line, column } = this.parser;
    if (lines === 0) {
      if (this.shiftedLine === line) this.columnShift += tail;
      else {
        this.shiftedLine = line;
        this.columnShift = tail;
      }
      return;
    }
    this.lineShift += lines;
    this.shiftedLine = line;
    this.columnShift = tail - column;
  }

  /** Throws a ParseError at the current position. */
  fail(reason: FormatErrorReason, message: string, where?: { line: number; column: number }): never {
    if (this.failed) throw this.failed;
    const err = new ParseError(message, { line: where?.line ?? this.line, column: where?.column ?? this.column, reason });
    this.failed = err;
    throw err;
  }

  write(chunk: string): void {
    if (this.failed) throw this.failed;
    if (this.ended) this.fail('structure', 'write() after end()');
    if (chunk === '') return;
    if (!this.started) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      const head = chunk.slice(0, 512);
      if (head.trim() === '') {
        // Whitespace only so far: keep looking in the next chunk before calling it empty.
        if (head.length === chunk.length) {
          this.feed(chunk);
          return;
        }
      }
      this.started = true;
      this.checkEncoding(head);
    }
    this.feed(chunk);
  }

  end(): void {
    if (this.failed) throw this.failed;
    if (this.ended) return;
    this.ended = true;
    // Nothing but whitespace (or a BOM) was written.
    if (!this.sawRoot && !this.started) this.fail('empty', 'The file is empty', { line: 1, column: 1 });
    this.parser.close();
  }

  private feed(chunk: string): void {
    try {
      this.parser.write(chunk);
    } catch (e) {
      if (e instanceof ParseError) throw e;
      throw this.failed ?? e;
    }
  }

  /**
   * Checks the start of the file for the signs of a wrong decoding (as the first `write`
   * does), for a caller that will write it in small pieces.
   */
  checkHead(head: string): void {
    if (this.failed) throw this.failed;
    const h = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    if (h.trim() !== '') this.checkEncoding(h.slice(0, 512));
  }

  private checkEncoding(head: string): void {
    if (head.charCodeAt(0) === 0xfffe || head.includes('\u0000')) {
      this.fail(
        'utf16',
        'The text contains NUL characters: it looks like UTF-16 (or another multi-byte encoding) decoded as UTF-8 or Latin-1; decode the file with its real encoding first',
        { line: 1, column: 1 },
      );
    }
  }

  private checkDoctype(doctype: string): void {
    const decl = /<!ENTITY\s+(%\s*)?[^\s>]+\s+(SYSTEM|PUBLIC)?/i.exec(doctype);
    if (!decl) return;
    if (decl[2]) {
      this.fail('external-entity', 'The DOCTYPE declares an external entity; external entities are never loaded');
    }
    this.fail('doctype-entity', 'The DOCTYPE declares entities; entity declarations are rejected (no entity expansion)');
  }

  private onOpen(tag: SaxesTagNS | SaxesTagPlain): void {
    this.sawRoot = true;
    this.depth++;
    const lim = this.opts.limits;
    if (this.depth > lim.maxDepth) this.fail('limit', `Elements nested deeper than ${lim.maxDepth}`);
    let attrs: Record<string, string> = {};
    let name: string;
    let uri = '';
    if (this.opts.xmlns) {
      const t = tag as SaxesTagNS;
      name = t.local;
      uri = t.uri ?? '';
      for (const a of Object.values(t.attributes)) {
        if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
        const key = a.uri === '' ? a.local : a.uri === XML_NS ? `xml:${a.local}` : `{${a.uri}}${a.local}`;
        attrs[key] = a.value;
      }
    } else {
      const t = tag as SaxesTagPlain;
      name = t.name;
      // saxes builds a fresh object per tag; no need to copy it.
      attrs = t.attributes;
    }
    for (const k in attrs) {
      if ((attrs[k] as string).length > lim.maxAttributeLength) this.fail('limit', `Attribute ${k} longer than ${lim.maxAttributeLength} characters`);
    }
    this.sink.open({ name, uri, attrs, line: this.line, column: this.column });
  }
}
