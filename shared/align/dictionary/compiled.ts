/**
 * The compiled form of the shipped base lexicon (`de-ru.lexc`, written at build time from
 * `de-ru.tsv` by `compileLexicon`): the TSV's rows sorted by German stem, then the sorted
 * list of every Russian stem, as UTF-8 bytes. Loading it is reading the file: a German stem
 * is found by binary search over the bytes, its row decoded and parsed on first lookup, and
 * "is this a Russian stem of the lexicon?" is a binary search too. Nothing is decoded or
 * split up front, so the first use costs a few milliseconds and about the file's size in memory.
 *
 * Layout (UTF-8; rows and stems sorted by code point, which is UTF-8 byte order):
 *
 *   #sverka-lexicon-compiled<TAB>1<TAB>pairs<TAB>germanStems<TAB>russianStems<TAB>rowBytes<NL>
 *   de<TAB>ru/Wo<TAB>ru/Wo...<NL>      (germanStems rows, rowBytes bytes in all)
 *   ru<NL>                             (russianStems lines)
 */
import { parseLexicon, type PairOrigin } from './format';

/** A Russian stem a German stem may render, with the pair's strength and origin. */
export interface StemLink {
  ru: string;
  weight: number;
  origin: PairOrigin;
}

const MAGIC = '#sverka-lexicon-compiled';
const VERSION = 1;

/** A compiled lexicon that cannot be read (truncated, another version, not one at all). */
export class CompiledLexiconError extends Error {
  constructor(message: string) {
    super(`compiled lexicon: ${message}`);
    this.name = 'CompiledLexiconError';
  }
}

const NL = 0x0a;
const TAB = 0x09;

/** UTF-8 bytes of a string (stems are short; no TextEncoder in the shared code). */
export function utf8Encode(str: string): Uint8Array {
  return utf8Into(new Uint8Array(str.length * 3), str);
}

/** Where a key is encoded for a search (one buffer, grown as needed: no allocation per lookup). */
let scratch = new Uint8Array(256);

/** The UTF-8 bytes of a search key, in `scratch` (valid until the next call). */
function keyBytes(str: string): Uint8Array {
  if (scratch.length < str.length * 3) scratch = new Uint8Array(str.length * 3);
  return utf8Into(scratch, str);
}

/** Writes the UTF-8 bytes of `str` into `out` (room for 3 bytes a code unit) and returns them. */
function utf8Into(out: Uint8Array, str: string): Uint8Array {
  let n = 0;
  for (let k = 0; k < str.length; k++) {
    let c = str.charCodeAt(k);
    if (c >= 0xd800 && c < 0xdc00 && k + 1 < str.length) {
      const l = str.charCodeAt(k + 1);
      if (l >= 0xdc00 && l < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (l - 0xdc00);
        k++;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

/** The string of UTF-8 bytes [from, to) (malformed sequences become U+FFFD). */
export function utf8Decode(b: Uint8Array, from: number, to: number): string {
  let out = '';
  const cps: number[] = [];
  let k = from;
  while (k < to) {
    const x = b[k] as number;
    // Plain assignments, no [c, n] pairs: a row is decoded on first lookup, before the JIT helps.
    let c = 0xfffd;
    let n = 1;
    if (x < 0x80) c = x;
    else if (x >= 0xc0 && x < 0xe0 && k + 1 < to) {
      c = ((x & 31) << 6) | ((b[k + 1] as number) & 63);
      n = 2;
    } else if (x >= 0xe0 && x < 0xf0 && k + 2 < to) {
      c = ((x & 15) << 12) | (((b[k + 1] as number) & 63) << 6) | ((b[k + 2] as number) & 63);
      n = 3;
    } else if (x >= 0xf0 && k + 3 < to) {
      c = ((x & 7) << 18) | (((b[k + 1] as number) & 63) << 12) | (((b[k + 2] as number) & 63) << 6) | ((b[k + 3] as number) & 63);
      n = 4;
    }
    cps.push(c);
    k += n;
    if (cps.length >= 4096) out += String.fromCodePoint(...cps.splice(0));
  }
  return out + String.fromCodePoint(...cps);
}

/**
 * Compares the key of the line starting at `s` (its bytes up to `sep`, a newline or `to`) with
 * `key` as unsigned byte strings: negative, zero or positive. The line is read only as far as
 * the comparison needs, with no search for its separator first.
 */
function compareLineKey(b: Uint8Array, s: number, to: number, key: Uint8Array, sep: number): number {
  const n = key.length;
  for (let k = 0; k < n; k++) {
    if (s + k >= to) return -1;
    const x = b[s + k] as number;
    // The line's key ends here, a proper prefix of `key`.
    if (x === sep || x === NL) return -1;
    const d = x - (key[k] as number);
    if (d !== 0) return d;
  }
  if (s + n >= to) return 0;
  const x = b[s + n] as number;
  return x === sep || x === NL ? 0 : 1;
}

/**
 * Binary search over the sorted lines of bytes [from, to) (each ending in a newline) for the
 * line whose key — the bytes up to `sep` or the line end — equals `key`: its start, or -1.
 */
function findLine(b: Uint8Array, from: number, to: number, key: Uint8Array, sep: number): number {
  let lo = from;
  let hi = to;
  // Line starts and ends are found with the typed array's native searches, not byte by byte;
  // a line's end only when the search goes on after it.
  while (lo < hi) {
    let s = (lo + hi) >>> 1;
    if (s > lo) {
      const p = b.lastIndexOf(NL, s - 1);
      s = p >= lo ? p + 1 : lo;
    }
    const c = compareLineKey(b, s, to, key, sep);
    if (c === 0) return s;
    if (c < 0) lo = lineEnd(b, s, to) + 1;
    else hi = s;
  }
  return -1;
}

/** The first newline at or after `from` before `to`, or `to`. */
function lineEnd(b: Uint8Array, from: number, to: number): number {
  const nl = b.indexOf(NL, from);
  return nl >= 0 && nl < to ? nl : to;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Code point order (= UTF-8 byte order), the order the compiled form is searched in. */
function byCodePoint(a: string, b: string): number {
  // Without surrogates, code unit order is code point order.
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = [...a].map((c) => c.codePointAt(0) as number);
  const y = [...b].map((c) => c.codePointAt(0) as number);
  for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return (x[k] as number) - (y[k] as number);
  return x.length - y.length;
}

/** Length of a string in UTF-8 bytes. */
function utf8Length(str: string): number {
  let n = 0;
  for (let k = 0; k < str.length; k++) {
    const c = str.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && k + 1 < str.length) {
      n += 4;
      k++;
    } else n += 3;
  }
  return n;
}

/**
 * Compiles the lexicon file format (see format.ts) into the compiled form (UTF-8 text). Rows
 * keep the TSV's cells; a German stem listed twice gets its cells joined.
 */
export function compileLexicon(tsv: string): string {
  const rows = new Map<string, string[]>();
  const ru = new Set<string>();
  let pairs = 0;
  parseLexicon(tsv, (de, r, w, o) => {
    if (de.includes('\n') || r.includes('\n')) return;
    let row = rows.get(de);
    if (!row) rows.set(de, (row = []));
    row.push(`${r}/${Math.max(1, Math.min(10, Math.round(w * 10)))}${o}`);
    ru.add(r);
    pairs++;
  });
  const keys = [...rows.keys()].sort(byCodePoint);
  const rowBlock = keys.map((k) => `${k}\t${(rows.get(k) as string[]).join('\t')}\n`).join('');
  const ruBlock = [...ru].sort(byCodePoint).map((r) => r + '\n').join('');
  const header = [MAGIC, VERSION, pairs, keys.length, ru.size, utf8Length(rowBlock)].join('\t');
  return `${header}\n${rowBlock}${ruBlock}`;
}

/** A read-only lexicon over the compiled bytes; a row is decoded on its first lookup. */
export class CompiledLexicon {
  /** Number of stem pairs. */
  readonly pairs: number;
  /** Number of German and of Russian stems. */
  readonly germanCount: number;
  readonly russianCount: number;
  private readonly parsed = new Map<string, readonly StemLink[] | null>();
  private readonly known = new Map<string, boolean>();
  private readonly knownRu = new Map<string, boolean>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly rowsAt: number,
    private readonly ruAt: number,
    counts: [number, number, number],
  ) {
    [this.pairs, this.germanCount, this.russianCount] = counts;
  }

  /** Reads the compiled bytes; throws `CompiledLexiconError` when they are not a readable lexicon. */
  static parse(bytes: Uint8Array): CompiledLexicon {
    let nl = 0;
    while (nl < bytes.length && nl < 200 && bytes[nl] !== NL) nl++;
    const head = utf8Decode(bytes, 0, nl).split('\t');
    if (head[0] !== MAGIC || bytes[nl] !== NL) throw new CompiledLexiconError('not a compiled lexicon (no header)');
    if (Number(head[1]) !== VERSION) throw new CompiledLexiconError(`version ${head[1]} is not ${VERSION}; rebuild it with npm run build`);
    const [pairs, deCount, ruCount, rowBytes] = head.slice(2, 6).map(Number) as [number, number, number, number];
    const rowsAt = nl + 1;
    const ruAt = rowsAt + rowBytes;
    if (![pairs, deCount, ruCount, rowBytes].every((x) => Number.isInteger(x) && x >= 0) || ruAt > bytes.length)
      throw new CompiledLexiconError('the header does not match the file (truncated?)');
    if ((rowBytes > 0 && bytes[ruAt - 1] !== NL) || (bytes.length > ruAt && bytes[bytes.length - 1] !== NL))
      throw new CompiledLexiconError('the file is truncated');
    // A plain Uint8Array view: a Node Buffer's indexOf/lastIndexOf go through a JS wrapper,
    // the typed array's own are V8 builtins (the binary search calls them on every step).
    const view = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new CompiledLexicon(view, rowsAt, ruAt, [pairs, deCount, ruCount]);
  }

  /** Whether the German stem is in the lexicon. */
  has(deStem: string): boolean {
    let k = this.known.get(deStem);
    if (k === undefined) {
      k = findLine(this.bytes, this.rowsAt, this.ruAt, keyBytes(deStem), TAB) >= 0;
      if (this.known.size > 50_000) this.known.clear();
      this.known.set(deStem, k);
    }
    return k;
  }

  /** The Russian stems of a German stem, strongest first (shared: do not modify). */
  lookup(deStem: string): readonly StemLink[] | undefined {
    let row = this.parsed.get(deStem);
    if (row === undefined) {
      const key = keyBytes(deStem);
      const s = findLine(this.bytes, this.rowsAt, this.ruAt, key, TAB);
      row = null;
      if (s >= 0) {
        const e = lineEnd(this.bytes, s + key.length, this.ruAt);
        const links: StemLink[] = [];
        parseLexicon(utf8Decode(this.bytes, s, e), (_de, ru, weight, origin) => links.push({ ru, weight, origin }));
        row = links.sort((a, b) => b.weight - a.weight);
      }
      if (this.parsed.size > 50_000) this.parsed.clear();
      this.parsed.set(deStem, row);
    }
    return row ?? undefined;
  }

  /** Whether the Russian stem renders some German stem. */
  hasRussian(ruStem: string): boolean {
    let k = this.knownRu.get(ruStem);
    if (k === undefined) {
      k = findLine(this.bytes, this.ruAt, this.bytes.length, keyBytes(ruStem), NL) >= 0;
      if (this.knownRu.size > 50_000) this.knownRu.clear();
      this.knownRu.set(ruStem, k);
    }
    return k;
  }

  /** Every Russian stem, sorted (decodes the whole block: for tools, not for lookups). */
  russian(): string[] {
    const out = utf8Decode(this.bytes, this.ruAt, this.bytes.length).split('\n');
    out.pop();
    return out;
  }
}
