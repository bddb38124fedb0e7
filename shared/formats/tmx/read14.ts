import { normalizeInline, type InlineRun, type InlineTag, type TranslationUnit } from '../model';
import { DEFAULT_XML_LIMITS, SafeXmlStream, type XmlElement, type XmlLimits, type XmlSink } from '../xml/safe';
import { fromTmxDate } from './dates';
import { addProp, langRank, propKeyFromTmx, type TmxHeader } from './header';

export type { TmxHeader } from './header';

export interface TmxReaderOptions {
  /**
   * Take this language as the source instead of the file's srclang (needed for `*all*`
   * files with a preferred direction, or to read a TM in reverse). tus without a tuv in it
   * are skipped.
   */
  sourceLang?: string;
  /** Only emit units whose target matches (exact tag or same primary subtag). */
  targetLang?: string;
  /** Overrides of the size limits (see `DEFAULT_XML_LIMITS`). */
  limits?: Partial<XmlLimits>;
  /**
   * Reject a tuid seen before (default true). Costs memory proportional to the ids, about
   * 60 bytes per tu.
   */
  checkDuplicateIds?: boolean;
}

/** Counters of a read so far. */
export interface TmxReadStats {
  tus: number;
  units: number;
  /** tus that gave no unit: a single tuv, or no tuv in the requested languages. */
  skipped: number;
}

/** A push reader: feed string chunks, collect the units each chunk completed. */
export interface TmxReader {
  /** Parses a chunk; returns the units completed by it (in file order). Throws ParseError. */
  write(chunk: string): TranslationUnit[];
  /** Ends the input; returns the last units. Throws ParseError for a truncated file. */
  end(): TranslationUnit[];
  /** The header, once its element has been read. */
  readonly header: TmxHeader | undefined;
  readonly stats: Readonly<TmxReadStats>;
}

interface Tuv {
  lang: string;
  seg: InlineRun[] | undefined;
  created?: string;
  changed?: string;
  creator?: string;
  changer?: string;
  props: Record<string, string>;
  notes: string[];
}

interface Tu {
  line: number;
  column: number;
  id?: string;
  srcLang?: string;
  created?: string;
  changed?: string;
  creator?: string;
  changer?: string;
  props: Record<string, string>;
  notes: string[];
  tuvs: Tuv[];
  chars: number;
  elements: number;
}

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/**
 * Streaming TMX 1.4b reader (1.1-1.4 files are accepted). Each tu yields one unit per
 * non-source tuv. Metadata is merged tu < source tuv < target tuv (props, dates, ids);
 * notes are concatenated in that order. Inline codes: bpt/ept -> open/close, it -> open or
 * close without partner, ph/ut -> standalone, hi -> open/close with role 'mark'; `sub`
 * flows are flattened into the code's `data`.
 */
export function createTmxReader(opts: TmxReaderOptions = {}): TmxReader {
  const limits: XmlLimits = { ...DEFAULT_XML_LIMITS, ...opts.limits };
  const checkDup = opts.checkDuplicateIds ?? true;
  const seenIds = new Set<string>();
  const stats: TmxReadStats = { tus: 0, units: 0, skipped: 0 };
  let out: TranslationUnit[] = [];
  let header: TmxHeader | undefined;
  let pendingHeader: TmxHeader | undefined;
  const stack: string[] = [];
  let version = '';

  let tu: Tu | undefined;
  let tuv: Tuv | undefined;
  // Text collection for prop/note (owner decides where it goes on close).
  let textBuf: string | undefined;
  let propType: string | undefined;
  // Inside seg.
  let seg: InlineRun[] | undefined;
  let code: InlineTag | undefined;
  let codeDepth = 0;
  const hiIds: string[] = [];
  let autoId = 0;
  // Marks without x are numbered m1, m2, ... like mid-less XLIFF 1.2 mrk.
  let markId = 0;

  const stream: SafeXmlStream = new SafeXmlStream(sink(), { xmlns: false, limits });

  function at(el: { line: number; column: number }) {
    return { line: el.line, column: el.column };
  }

  function date(el: XmlElement, attr: string): string | undefined {
    const v = el.attrs[attr];
    if (v === undefined) return undefined;
    const d = fromTmxDate(v);
    if (d === undefined) stream.fail('date', `Invalid ${attr} ${JSON.stringify(v)} on <${el.name}> (expected YYYYMMDDThhmmssZ)`, at(el));
    return d;
  }

  function count(chars: number): void {
    if (!tu) return;
    tu.chars += chars;
    if (tu.chars > limits.maxUnitChars) stream.fail('limit', `A tu holds more than ${limits.maxUnitChars} characters`);
  }

  function sink(): XmlSink {
    return {
      open(el) {
        const parent = stack[stack.length - 1];
        stack.push(el.name);
        if (tu) {
          tu.elements++;
          if (tu.elements > limits.maxUnitElements) stream.fail('limit', `A tu holds more than ${limits.maxUnitElements} elements`);
        }
        if (seg) return openInline(el);
        if (parent === undefined) {
          if (el.name !== 'tmx') stream.fail('root', `Root element is <${el.name}>, expected <tmx>`, at(el));
          version = el.attrs.version ?? '';
          if (version !== '' && !/^1\.\d/.test(version)) stream.fail('version', `Unsupported TMX version ${JSON.stringify(version)}`, at(el));
          return;
        }
        switch (el.name) {
          case 'header': {
            if (parent !== 'tmx') break;
            const a = el.attrs;
            const src = a.srclang;
            if (src === undefined || src.trim() === '') stream.fail('srclang', 'The TMX header has no srclang', at(el));
            const h: TmxHeader = { version, srcLang: src.trim(), props: {}, notes: [] };
            if (a.creationtool !== undefined) h.creationTool = a.creationtool;
            if (a.creationtoolversion !== undefined) h.creationToolVersion = a.creationtoolversion;
            if (a.segtype !== undefined) h.segType = a.segtype;
            if (a['o-tmf'] !== undefined) h.oTmf = a['o-tmf'];
            if (a.adminlang !== undefined) h.adminLang = a.adminlang;
            if (a.datatype !== undefined) h.dataType = a.datatype;
            if (a['o-encoding'] !== undefined) h.oEncoding = a['o-encoding'];
            const c = date(el, 'creationdate');
            if (c !== undefined) h.created = c;
            const ch = date(el, 'changedate');
            if (ch !== undefined) h.changed = ch;
            if (a.creationid !== undefined) h.creator = a.creationid;
            if (a.changeid !== undefined) h.changer = a.changeid;
            pendingHeader = h;
            return;
          }
          case 'body':
            if (parent !== 'tmx') break;
            if (!header) {
              if (!pendingHeader) stream.fail('structure', '<body> before <header>', at(el));
              header = pendingHeader;
            }
            return;
          case 'tu': {
            if (parent !== 'body') break;
            const a = el.attrs;
            tu = { line: el.line, column: el.column, props: {}, notes: [], tuvs: [], chars: 0, elements: 0 };
            if (a.tuid !== undefined) {
              if (checkDup) {
                if (seenIds.has(a.tuid)) stream.fail('duplicate-id', `Duplicate tuid ${JSON.stringify(a.tuid)}`, at(el));
                seenIds.add(a.tuid);
              }
              tu.id = a.tuid;
            }
            if (a.srclang !== undefined) tu.srcLang = a.srclang;
            Object.assign(tu, metaAttrs(el));
            return;
          }
          case 'tuv': {
            if (parent !== 'tu' || !tu) break;
            const lang = el.attrs['xml:lang'] ?? el.attrs.lang;
            if (lang === undefined || lang.trim() === '') stream.fail('lang', '<tuv> without xml:lang', at(el));
            tuv = { lang: lang.trim(), seg: undefined, props: {}, notes: [], ...metaAttrs(el) };
            return;
          }
          case 'seg':
            if (parent !== 'tuv' || !tuv) break;
            if (tuv.seg) stream.fail('structure', 'A <tuv> with two <seg> elements', at(el));
            seg = [];
            hiIds.length = 0;
            autoId = 0;
            markId = 0;
            return;
          case 'prop':
            if (parent !== 'tu' && parent !== 'tuv' && parent !== 'header') break;
            if (el.attrs.type === undefined) stream.fail('structure', '<prop> without type', at(el));
            propType = el.attrs.type;
            textBuf = '';
            return;
          case 'note':
            if (parent !== 'tu' && parent !== 'tuv' && parent !== 'header') break;
            textBuf = '';
            return;
          case 'ude':
          case 'map':
            if (parent === 'header' || parent === 'ude') return;
            break;
          default:
            break;
        }
        stream.fail('structure', `Unexpected <${el.name}> inside <${parent}>`, at(el));
      },

      close(name) {
        stack.pop();
        if (seg) {
          if (name === 'seg' && codeDepth === 0) {
            if (tuv) tuv.seg = normalizeInline(seg);
            seg = undefined;
            return;
          }
          return closeInline(name);
        }
        const parent = stack[stack.length - 1];
        switch (name) {
          case 'prop':
          case 'note': {
            const value = textBuf ?? '';
            textBuf = undefined;
            const owner = parent === 'tuv' ? tuv : parent === 'tu' ? tu : pendingHeader;
            if (!owner) return;
            if (name === 'prop') addProp(owner.props, propKeyFromTmx(propType ?? ''), value);
            else owner.notes.push(value);
            propType = undefined;
            return;
          }
          case 'tuv':
            if (tu && tuv) {
              if (tuv.seg === undefined) stream.fail('structure', `<tuv xml:lang="${tuv.lang}"> without <seg>`);
              tu.tuvs.push(tuv);
            }
            tuv = undefined;
            return;
          case 'tu':
            if (tu) finishTu(tu);
            tu = undefined;
            return;
          case 'header':
            if (!header) header = pendingHeader;
            return;
          default:
            return;
        }
      },

      text(t) {
        if (seg) {
          count(t.length);
          if (code) code.data = (code.data ?? '') + t;
          else seg.push(t);
          return;
        }
        if (textBuf !== undefined) {
          count(t.length);
          textBuf += t;
          return;
        }
        if (t.trim() !== '') stream.fail('structure', `Text ${JSON.stringify(t.trim().slice(0, 20))} outside any <seg>, <prop> or <note>`);
      },
    };
  }

  function metaAttrs(el: XmlElement): Partial<Pick<Tuv, 'created' | 'changed' | 'creator' | 'changer'>> {
    const m: Partial<Pick<Tuv, 'created' | 'changed' | 'creator' | 'changer'>> = {};
    const c = date(el, 'creationdate');
    if (c !== undefined) m.created = c;
    const ch = date(el, 'changedate');
    if (ch !== undefined) m.changed = ch;
    if (el.attrs.creationid !== undefined) m.creator = el.attrs.creationid;
    if (el.attrs.changeid !== undefined) m.changer = el.attrs.changeid;
    return m;
  }

  function openInline(el: XmlElement): void {
    if (!seg) return;
    if (codeDepth > 0) {
      // Inside native code: sub flows (and anything in them) are flattened into the data.
      codeDepth++;
      return;
    }
    const a = el.attrs;
    let tag: InlineTag;
    switch (el.name) {
      case 'bpt':
        tag = { kind: 'open', id: a.i ?? a.x ?? `a${++autoId}` };
        break;
      case 'ept':
        tag = { kind: 'close', id: a.i ?? `a${++autoId}` };
        break;
      case 'it':
        if (a.pos !== 'begin' && a.pos !== 'end') stream.fail('structure', `<it> needs pos="begin" or pos="end"`, at(el));
        tag = { kind: a.pos === 'begin' ? 'open' : 'close', id: a.x ?? `a${++autoId}` };
        break;
      case 'ph':
      case 'ut':
        tag = { kind: 'standalone', id: a.x ?? `a${++autoId}` };
        break;
      case 'hi': {
        const hi: InlineTag = { kind: 'open', id: a.x ?? `m${++markId}`, role: 'mark' };
        if (a.type !== undefined) hi.type = a.type;
        hiIds.push(hi.id);
        seg.push(hi);
        return;
      }
      default:
        return stream.fail('structure', `Unexpected <${el.name}> inside <seg>`, at(el));
    }
    if (a.type !== undefined && tag.kind !== 'close') tag.type = a.type;
    tag.data = '';
    code = tag;
    codeDepth = 1;
  }

  function closeInline(name: string): void {
    if (!seg) return;
    if (codeDepth > 0) {
      codeDepth--;
      if (codeDepth === 0 && code && CODE_ELEMENTS.has(name)) {
        if (code.data === '') delete code.data;
        seg.push(code);
        code = undefined;
      }
      return;
    }
    if (name === 'hi') {
      const id = hiIds.pop() ?? '';
      seg.push({ kind: 'close', id, role: 'mark' });
    }
  }

  function finishTu(t: Tu): void {
    stats.tus++;
    const srcDecl = (t.srcLang ?? header?.srcLang ?? '').trim();
    let src: Tuv | undefined;
    if (opts.sourceLang !== undefined) {
      src = best(t.tuvs, opts.sourceLang);
      if (!src) {
        stats.skipped++;
        return;
      }
    } else if (srcDecl === '*all*' || srcDecl === '') {
      src = t.tuvs[0];
    } else {
      src = best(t.tuvs, srcDecl);
      if (!src && t.tuvs.length > 0) {
        stream.fail('srclang', `tu has no tuv in its source language ${srcDecl}`, { line: t.line, column: t.column });
      }
    }
    if (!src || t.tuvs.length < 2) {
      stats.skipped++;
      return;
    }
    let emitted = 0;
    for (const tgt of t.tuvs) {
      if (tgt === src) continue;
      if (opts.targetLang !== undefined && langRank(opts.targetLang, tgt.lang) === 0) continue;
      const u: TranslationUnit = {
        sourceLang: src.lang,
        targetLang: tgt.lang,
        source: src.seg ?? [],
        target: tgt.seg ?? [],
        props: { ...t.props, ...src.props, ...tgt.props },
        notes: [...t.notes, ...src.notes, ...tgt.notes],
      };
      if (t.id !== undefined) u.id = t.id;
      const created = tgt.created ?? t.created ?? src.created;
      if (created !== undefined) u.created = created;
      const changed = tgt.changed ?? t.changed ?? src.changed;
      if (changed !== undefined) u.changed = changed;
      const creator = tgt.creator ?? t.creator ?? src.creator;
      if (creator !== undefined) u.creator = creator;
      const changer = tgt.changer ?? t.changer ?? src.changer;
      if (changer !== undefined) u.changer = changer;
      out.push(u);
      emitted++;
    }
    stats.units += emitted;
    if (emitted === 0) stats.skipped++;
  }

  function best(tuvs: Tuv[], lang: string): Tuv | undefined {
    let found: Tuv | undefined;
    let rank = 0;
    for (const v of tuvs) {
      const r = langRank(lang, v.lang);
      if (r > rank) {
        rank = r;
        found = v;
        if (r === 2) break;
      }
    }
    return found;
  }

  function drain(): TranslationUnit[] {
    const u = out;
    out = [];
    return u;
  }

  return {
    write(chunk) {
      stream.write(chunk);
      return drain();
    },
    end() {
      stream.end();
      if (!header) stream.fail('structure', 'The TMX file has no <header>');
      return drain();
    },
    get header() {
      return header;
    },
    stats,
  };
}

/** Parses a whole TMX document held in memory. */
export function parseTmx(text: string, opts?: TmxReaderOptions): { header: TmxHeader; units: TranslationUnit[] } {
  const r = createTmxReader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  // end() has thrown if there was no header.
  return { header: r.header as TmxHeader, units };
}

/** Reads TMX from string chunks (e.g. a decoded file stream), yielding units in batches. */
export async function* readTmx(chunks: AsyncIterable<string> | Iterable<string>, opts?: TmxReaderOptions): AsyncGenerator<TranslationUnit[], TmxHeader> {
  const r = createTmxReader(opts);
  for await (const c of chunks) {
    const units = r.write(c);
    if (units.length > 0) yield units;
  }
  const last = r.end();
  if (last.length > 0) yield last;
  return r.header as TmxHeader;
}
