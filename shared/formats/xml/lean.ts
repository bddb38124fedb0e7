import type { XmlLimits, XmlSink } from './safe';

/**
 * A fast path for the bulk of a large exchange file: one complete element (a TMX `tu`) held in
 * a string is turned into the same open/text/close events the full parser (`SafeXmlStream`,
 * saxes in plain mode) would produce, with indexOf and slices instead of a per-character state
 * machine. It covers the XML that such elements are made of in practice: elements with
 * quoted attributes, text with the five predefined and numeric character references, and
 * line ends. Everything else — comments, CDATA, processing instructions, other references,
 * attribute values holding line breaks or tabs, characters XML does not allow, non-ASCII
 * names, a tag it cannot close, a limit reached — makes it answer `undefined`, and the caller
 * gives the element to the full parser, which reads it (or reports the error) as before.
 */

/** One event of an element scanned by `scanElement`, in document order. */
export type LeanEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; line: number; column: number }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

// Characters XML 1.0 does not allow, surrogates (checked one by one when present), and the one
// sequence text may not hold.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|\]\]>/;
const BAD_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\]\]>/;
const REF = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/y;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** ASCII letters and `_` start a name here; digits, `.`, `-` (and `:` in attribute names) may follow. */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isNameChar(c: number, colon: boolean): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (colon && c === 58);
}

/** End of the name at `at` (at itself when there is none). */
function nameEnd(s: string, at: number, colon: boolean): number {
  if (!isNameStart(s.charCodeAt(at))) return at;
  let i = at + 1;
  while (isNameChar(s.charCodeAt(i), colon)) i++;
  return i;
}

/** First position from `at` that is not XML white space. */
function skipSpace(s: string, at: number): number {
  let i = at;
  for (let c = s.charCodeAt(i); c === 32 || c === 10 || c === 9 || c === 13; c = s.charCodeAt(++i));
  return i;
}

/** A character XML 1.0 allows (a character reference to anything else is an error). */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** `s` with its character references resolved; undefined when one is not a plain one the full parser would read the same way. */
function decodeRefs(s: string): string | undefined {
  let out = '';
  let at = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', at)) {
    REF.lastIndex = amp;
    const m = REF.exec(s);
    if (!m) return undefined;
    let ch: string;
    if (m[1] !== undefined) ch = NAMED[m[1]]!;
    else {
      const code = m[2] !== undefined ? Number.parseInt(m[2], 10) : Number.parseInt(m[3]!, 16);
      if (!isXmlChar(code)) return undefined;
      ch = String.fromCodePoint(code);
    }
    out += s.slice(at, amp) + ch;
    at = REF.lastIndex;
  }
  return out + s.slice(at);
}

/** Line breaks in s[from, to): \r\n, \r and \n each count once, as XML reads them. */
function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** Where the line of position `at` starts: just after the last line break before it. */
function lineStart(s: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return -1;
}

/**
 * The events of the element s[start, end) (it must begin with its open tag and end with its
 * close tag), or undefined when it is not of the kind this fast path reads. `depth` is the
 * depth of its parent (its own open tag goes to depth + 1), `line` and `column` the position
 * of `start` in the file, as the full parser counts them.
 */
export function scanElement(text: string, from: number, to: number, depth: number, limits: XmlLimits, line: number, column: number): LeanEvent[] | undefined {
  // The element alone: reading a short string is faster than reading inside a long one.
  const s = text.slice(from, to);
  const start = 0;
  const end = s.length;
  if (SUSPECT.test(s) && BAD_CHARS.test(s)) return undefined;
  const events: LeanEvent[] = [];
  const open: string[] = [];
  const multiline = s.includes('\n') || s.includes('\r');
  let lineAt = start;
  let i = start;
  // Line and column of the character after position `to` (the full parser reports a tag's after its `>`).
  const where = (to: number): { line: number; column: number } => {
    if (!multiline) return { line, column: column + (to - start) };
    line += countLines(s, lineAt, to);
    lineAt = to;
    const ls = lineStart(s, start, to);
    return { line, column: ls < 0 ? column + (to - start) : to - ls };
  };
  while (i < end) {
    const lt = s.indexOf('<', i);
    if (lt < 0 || lt >= end) return undefined;
    if (lt > i) {
      if (open.length === 0) return undefined;
      // Line ends are normalised before references are resolved: `&#13;` stays a CR.
      let text = s.slice(i, lt);
      if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
      if (text.includes('&')) {
        const decoded = decodeRefs(text);
        if (decoded === undefined) return undefined;
        text = decoded;
      }
      events.push({ kind: 'text', text });
    }
    const c = s.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const ne = nameEnd(s, lt + 2, false);
      const gt = skipSpace(s, ne);
      if (ne === lt + 2 || s.charCodeAt(gt) !== 62 /* > */) return undefined;
      const name = s.slice(lt + 2, ne);
      if (open.pop() !== name) return undefined;
      events.push({ kind: 'close', name });
      i = gt + 1;
      if (open.length === 0) return i === end ? events : undefined;
      continue;
    }
    const ne = nameEnd(s, lt + 1, false);
    if (ne === lt + 1) return undefined;
    const name = s.slice(lt + 1, ne);
    // A plain object, as saxes gives in plain mode (`__proto__` is left to the full parser).
    const attrs: Record<string, string> = {};
    let at = ne;
    let selfClosing = false;
    for (;;) {
      const sp = skipSpace(s, at);
      const spaced = sp > at;
      at = sp;
      const ch = s.charCodeAt(at);
      if (ch === 62 /* > */) break;
      if (ch === 47 /* / */) {
        if (s.charCodeAt(at + 1) !== 62) return undefined;
        selfClosing = true;
        at++;
        break;
      }
      // Attributes need space before them, as in XML.
      if (!spaced) return undefined;
      const an = nameEnd(s, at, true);
      if (an === at) return undefined;
      const attrName = s.slice(at, an);
      if (attrName === '__proto__' || Object.hasOwn(attrs, attrName)) return undefined;
      const eq = skipSpace(s, an);
      if (s.charCodeAt(eq) !== 61 /* = */) return undefined;
      const qAt = skipSpace(s, eq + 1);
      const q = s.charCodeAt(qAt);
      if (q !== 34 && q !== 39) return undefined;
      const vStart = qAt + 1;
      const vEnd = s.indexOf(q === 34 ? '"' : "'", vStart);
      if (vEnd < 0 || vEnd >= end) return undefined;
      let value = s.slice(vStart, vEnd);
      // '<' is an error, and line breaks and tabs become spaces: the full parser says and does that.
      for (let k = 0; k < value.length; k++) {
        const v = value.charCodeAt(k);
        if (v === 60 || v === 9 || v === 10 || v === 13) return undefined;
      }
      if (value.includes('&')) {
        const decoded = decodeRefs(value);
        if (decoded === undefined) return undefined;
        value = decoded;
      }
      if (value.length > limits.maxAttributeLength) return undefined;
      attrs[attrName] = value;
      at = vEnd + 1;
    }
    if (depth + open.length + 1 > limits.maxDepth) return undefined;
    const pos = where(at + 1);
    events.push({ kind: 'open', name, attrs, line: pos.line, column: pos.column });
    i = at + 1;
    if (selfClosing) {
      events.push({ kind: 'close', name });
      if (open.length === 0) return i === end ? events : undefined;
    } else open.push(name);
  }
  return undefined;
}

/** Hands scanned events to a sink, as the full parser would have. */
export function replay(events: readonly LeanEvent[], sink: XmlSink): void {
  for (const e of events) {
    if (e.kind === 'text') sink.text(e.text);
    else if (e.kind === 'open') sink.open({ name: e.name, uri: '', attrs: e.attrs, line: e.line, column: e.column });
    else sink.close(e.name, '');
  }
}
