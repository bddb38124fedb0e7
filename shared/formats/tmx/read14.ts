import { CodeCollector } from '../inline-code';
import { normalizeInline, type InlineRun, type InlineTag, type TranslationUnit } from '../model';
import { noteLine, type ReadStats, recordSkip, unitReader, type UnitReader, xmlReaderState } from '../read-kit';
import { replay, scanElement } from '../xml/lean';
import { SafeXmlStream, type XmlElement, type XmlLimits, type XmlSink } from '../xml/safe';
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
   * Skip a tu whose tuid was seen before (default false: both are read, as other TMX readers
   * do). Costs memory proportional to the ids, about 60 bytes per tu.
   */
  checkDuplicateIds?: boolean;
  /**
   * Read plain tus through the fast path (`xml/lean.ts`; default true). False gives every tu to
   * the full parser: the units, counts and errors are the same either way (tests compare them).
   */
  fastPath?: boolean;
}

/** Counters of a read so far (`found` counts tus). */
export type TmxReadStats = ReadStats;

/** A push reader: feed string chunks, collect the units each chunk completed. */
export interface TmxReader extends UnitReader {
  /** The header, once its element has been read. */
  readonly header: TmxHeader | undefined;
}

/** What a tu and each of its tuvs carry alike: dates, ids, props and notes. */
type Carried = Pick<TranslationUnit, 'created' | 'changed' | 'creator' | 'changer' | 'props' | 'notes'>;

interface Tuv extends Carried {
  lang: string;
  seg: InlineRun[] | undefined;
}

interface Tu extends Carried {
  line: number;
  id?: string;
  srcLang?: string;
  tuvs: Tuv[];
}

type Meta = Partial<Pick<Tuv, 'created' | 'changed' | 'creator' | 'changer'>>;

/**
 * Streaming TMX 1.4b reader (1.1-1.4 files are accepted). Each tu yields one unit per
 * non-source tuv. Props and dates are merged tu < source tuv < target tuv; notes stay where
 * they were (tu notes in `notes`, source and target tuv notes in `sourceNotes`/`targetNotes`).
 * Inline codes: bpt/ept -> open/close (`i` as id, a different `x` kept in `x`), it -> open or
 * close without partner, ph/ut -> standalone, hi -> open/close with role 'mark'; `sub` flows
 * stay marked in the code's `subs`, `assoc` is kept.
 *
 * Lenient where other TMX readers are: a header without srclang (or no header) takes the
 * first tuv as source, an impossible date is dropped, a repeated tuid is read. A tu that
 * cannot be read (no tuv in the source language, a tuv without language or seg, markup TMX
 * does not allow in a seg, over a size limit) is skipped and counted in `stats` with its line.
 */
export function createTmxReader(opts: TmxReaderOptions = {}): TmxReader {
  const { limits, stats, out, skip, budget, gate } = xmlReaderState(opts.limits, 'tu');
  const seenIds = new Set<string>();
  const code = new CodeCollector();
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
  const hiIds: string[] = [];
  let autoId = 0;
  // Marks without x are numbered m1, m2, ... like mid-less XLIFF 1.2 mrk.
  let markId = 0;

  const sink: XmlSink = {
    open(el) {
      stack.push(el.name);
      if (!gate.open(tu !== undefined)) return;
      if (seg) return openInline(el);
      const parent = stack[stack.length - 2];
      if (parent === undefined) return openRoot(el);
      openStructure(el, parent);
    },
    close(name) {
      stack.pop();
      if (!gate.close()) return;
      if (seg) {
        if (code.active) {
          const done = code.close();
          if (done) seg.push(done);
          return;
        }
        if (name === 'seg') {
          if (tuv) tuv.seg = normalizeInline(seg);
          seg = undefined;
          return;
        }
        if (name === 'hi') seg.push({ kind: 'close', id: hiIds.pop() ?? '', role: 'mark' });
        return;
      }
      closeStructure(name, stack[stack.length - 1]);
    },
    text(t) {
      if (!gate.text(tu !== undefined, t)) return;
      if (seg) {
        if (code.active) code.text(t);
        else seg.push(t);
        return;
      }
      if (textBuf !== undefined) {
        textBuf += t;
        return;
      }
      // Stray text inside a tu is markup TMX does not allow; elsewhere it is ignored.
      if (tu && t.trim() !== '') budget.giveUp('markup', `Text ${JSON.stringify(t.trim().slice(0, 20))} outside any <seg>, <prop> or <note>`);
    },
  };
  const stream = new SafeXmlStream(sink, { xmlns: false, limits });

  function openRoot(el: XmlElement): void {
    if (el.name !== 'tmx') stream.fail('root', `Root element is <${el.name}>, expected <tmx>`, el);
    version = el.attrs.version ?? '';
    if (version !== '' && !/^1\.\d/.test(version)) stream.fail('version', `Unsupported TMX version ${JSON.stringify(version)}`, el);
  }

  function openStructure(el: XmlElement, parent: string): void {
    const a = el.attrs;
    switch (el.name) {
      case 'header':
        if (parent !== 'tmx') break;
        pendingHeader = readHeader(el);
        return;
      case 'body':
        if (parent !== 'tmx') break;
        header ??= pendingHeader;
        return;
      case 'tu':
        if (parent !== 'body') break;
        stats.found++;
        budget.reset();
        tu = { line: el.line, props: {}, notes: [], tuvs: [], ...metaAttrs(el) };
        if (a.tuid !== undefined) {
          if (opts.checkDuplicateIds && seenIds.has(a.tuid)) budget.giveUp('markup', `Duplicate tuid ${JSON.stringify(a.tuid)}`);
          if (opts.checkDuplicateIds) seenIds.add(a.tuid);
          tu.id = a.tuid;
        }
        if (a.srclang !== undefined) tu.srcLang = a.srclang;
        return;
      case 'tuv': {
        if (parent !== 'tu' || !tu) break;
        const lang = (a['xml:lang'] ?? a.lang ?? '').trim();
        if (lang === '') {
          budget.giveUp('no-language', '<tuv> without xml:lang');
          return skip.start();
        }
        tuv = { lang, seg: undefined, props: {}, notes: [], ...metaAttrs(el) };
        return;
      }
      case 'seg':
        if (parent !== 'tuv' || !tuv) break;
        if (tuv.seg) {
          budget.giveUp('markup', 'A <tuv> with two <seg> elements');
          return skip.start();
        }
        seg = [];
        hiIds.length = 0;
        autoId = 0;
        markId = 0;
        return;
      case 'prop':
      case 'note':
        if (parent !== 'tu' && parent !== 'tuv' && parent !== 'header') break;
        propType = a.type;
        textBuf = '';
        return;
      case 'ude':
      case 'map':
        if (parent === 'header' || parent === 'ude') return;
        break;
      default:
        break;
    }
    // A tu out of place is a unit the file meant to hold: counted as skipped, not lost silently.
    if (el.name === 'tu') {
      stats.found++;
      recordSkip(stats, 'markup', el.line, `<tu> inside <${parent}> instead of <body>`);
    }
    // Elements TMX does not define here (extensions, misplaced ones) are passed over.
    skip.start();
  }

  function readHeader(el: XmlElement): TmxHeader {
    const a = el.attrs;
    const h: TmxHeader = { version, srcLang: (a.srclang ?? '').trim(), props: {}, notes: [] };
    if (a.creationtool !== undefined) h.creationTool = a.creationtool;
    if (a.creationtoolversion !== undefined) h.creationToolVersion = a.creationtoolversion;
    if (a.segtype !== undefined) h.segType = a.segtype;
    if (a['o-tmf'] !== undefined) h.oTmf = a['o-tmf'];
    if (a.adminlang !== undefined) h.adminLang = a.adminlang;
    if (a.datatype !== undefined) h.dataType = a.datatype;
    if (a['o-encoding'] !== undefined) h.oEncoding = a['o-encoding'];
    Object.assign(h, metaAttrs(el));
    return h;
  }

  function closeStructure(name: string, parent: string | undefined): void {
    switch (name) {
      case 'prop':
      case 'note': {
        const value = textBuf ?? '';
        textBuf = undefined;
        const owner = parent === 'tuv' ? tuv : parent === 'tu' ? tu : pendingHeader;
        if (owner) {
          // A prop without type is kept under an empty key rather than dropped.
          if (name === 'prop') addProp(owner.props, propKeyFromTmx(propType ?? ''), value);
          else owner.notes.push(value);
        }
        propType = undefined;
        return;
      }
      case 'tuv':
        if (tu && tuv) {
          if (tuv.seg === undefined) budget.giveUp('markup', `<tuv xml:lang="${tuv.lang}"> without <seg>`);
          tu.tuvs.push(tuv);
        }
        tuv = undefined;
        return;
      case 'tu':
        if (tu) finishTu(tu);
        tu = undefined;
        return;
      case 'header':
        header ??= pendingHeader;
        return;
      default:
        return;
    }
  }

  function metaAttrs(el: XmlElement): Meta {
    const m: Meta = {};
    // An impossible date is dropped: the unit is worth more than its time stamp.
    const c = fromTmxDate(el.attrs.creationdate ?? '');
    if (c !== undefined) m.created = c;
    const ch = fromTmxDate(el.attrs.changedate ?? '');
    if (ch !== undefined) m.changed = ch;
    if (el.attrs.creationid !== undefined) m.creator = el.attrs.creationid;
    if (el.attrs.changeid !== undefined) m.changer = el.attrs.changeid;
    return m;
  }

  function openInline(el: XmlElement): void {
    if (!seg) return;
    if (code.active) return code.open(el.name === 'sub' ? { type: el.attrs.type, datatype: el.attrs.datatype } : undefined);
    const a = el.attrs;
    let tag: InlineTag;
    switch (el.name) {
      case 'bpt':
        tag = { kind: 'open', id: a.i ?? a.x ?? `a${++autoId}` };
        if (a.i !== undefined && a.x !== undefined && a.x !== a.i) tag.x = a.x;
        break;
      case 'ept':
        tag = { kind: 'close', id: a.i ?? `a${++autoId}` };
        break;
      case 'it': {
        // pos is required; XLIFF's open/close mean the same, and an isolated code without pos
        // is kept as a placeholder rather than losing the unit.
        const kind = a.pos === 'begin' || a.pos === 'open' ? 'open' : a.pos === 'end' || a.pos === 'close' ? 'close' : 'standalone';
        tag = { kind, id: a.x ?? `a${++autoId}` };
        break;
      }
      case 'ph':
      case 'ut':
        tag = { kind: 'standalone', id: a.x ?? `a${++autoId}` };
        if (a.assoc !== undefined) tag.assoc = a.assoc;
        break;
      case 'hi': {
        const hi: InlineTag = { kind: 'open', id: a.x ?? `m${++markId}`, role: 'mark' };
        if (a.type !== undefined) hi.type = a.type;
        hiIds.push(hi.id);
        seg.push(hi);
        return;
      }
      default:
        budget.giveUp('markup', `Unexpected <${el.name}> inside <seg>`);
        return skip.start();
    }
    if (a.type !== undefined && tag.kind !== 'close') tag.type = a.type;
    code.begin(tag);
  }

  function finishTu(t: Tu): void {
    if (budget.problem) return recordSkip(stats, budget.problem.reason, t.line, budget.problem.message);
    const srcDecl = (t.srcLang ?? header?.srcLang ?? '').trim();
    let src: Tuv | undefined;
    if (opts.sourceLang !== undefined) {
      src = best(t.tuvs, opts.sourceLang);
      if (!src) return recordSkip(stats, 'other-language', t.line, `No tuv in ${opts.sourceLang}`);
    } else if (srcDecl === '*all*' || srcDecl === '') {
      src = t.tuvs[0];
    } else {
      src = best(t.tuvs, srcDecl);
      if (!src && t.tuvs.length > 0) return recordSkip(stats, 'no-source', t.line, `No tuv in the source language ${srcDecl}`);
    }
    if (!src || t.tuvs.length < 2) return recordSkip(stats, 'single-language', t.line, 'A tu with one language only');
    let emitted = 0;
    for (const tgt of t.tuvs) {
      if (tgt === src) continue;
      if (opts.targetLang !== undefined && langRank(opts.targetLang, tgt.lang) === 0) continue;
      out.push(noteLine(unitOf(t, src, tgt), t.line));
      emitted++;
    }
    if (emitted === 0) return recordSkip(stats, 'other-language', t.line, `No tuv in ${opts.targetLang ?? 'a target language'}`);
    stats.read += emitted;
  }

  function unitOf(t: Tu, src: Tuv, tgt: Tuv): TranslationUnit {
    const u: TranslationUnit = {
      sourceLang: src.lang,
      targetLang: tgt.lang,
      source: src.seg ?? [],
      target: tgt.seg ?? [],
      props: { ...t.props, ...src.props, ...tgt.props },
      notes: [...t.notes],
    };
    if (src.notes.length > 0) u.sourceNotes = [...src.notes];
    if (tgt.notes.length > 0) u.targetNotes = [...tgt.notes];
    if (t.id !== undefined) u.id = t.id;
    const created = tgt.created ?? t.created ?? src.created;
    if (created !== undefined) u.created = created;
    const changed = tgt.changed ?? t.changed ?? src.changed;
    if (changed !== undefined) u.changed = changed;
    const creator = tgt.creator ?? t.creator ?? src.creator;
    if (creator !== undefined) u.creator = creator;
    const changer = tgt.changer ?? t.changer ?? src.changer;
    if (changer !== undefined) u.changer = changer;
    return u;
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

  // Between tus in the body the fast path may read the next tu itself (see `feedFast`).
  const betweenTus = () => tu === undefined && !skip.active && textBuf === undefined && stack.length === 2 && stack[1] === 'body';
  const fast = opts.fastPath === false ? undefined : fastFeeder(stream, sink, limits, betweenTus);

  const reader = unitReader(
    {
      feed: (chunk) => (fast ? fast.feed(chunk) : stream.write(chunk)),
      finish: () => {
        fast?.finish();
        stream.end();
        header ??= pendingHeader;
      },
    },
    out,
    stats,
  );
  return {
    ...reader,
    get header() {
      return header;
    },
  };
}

/** Longest stretch of text the fast path holds back while it waits for the end of a tu. */
const MAX_PENDING = 1 << 22;
const BLANK = /^[ \t\r\n]*$/;

/** Line breaks in `s` and the characters after the last one (what `SafeXmlStream.passOver` takes). */
function extent(s: string, from: number, to: number): { lines: number; tail: number } {
  let lines = 0;
  let last = from - 1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) {
      lines++;
      last = i;
    }
  }
  return { lines, tail: to - last - 1 };
}

/**
 * Feeds a TMX reader's parser, reading each plain tu between tus of the body itself
 * (`scanElement`) and replaying its events into the reader's sink; the parser only sees the
 * rest (header, unusual tus, what follows the body) and is told how much it was not shown, so
 * that lines in skips and errors stay those of the file. The parser is given text one markup
 * item at a time (a piece starts at a `<` and stops before the next), comments, CDATA and
 * processing instructions whole, so that whenever `betweenTus` holds it is reading plain text
 * and the next `<tu` really opens a tu.
 */
function fastFeeder(stream: SafeXmlStream, sink: XmlSink, limits: XmlLimits, betweenTus: () => boolean): { feed(chunk: string): void; finish(): void } {
  let pending = '';
  let started = false;
  let off = false;
  // Tus the fast path tried and gave to the parser: a file where most are unusual is read by the parser alone.
  let tried = 0;
  let declined = 0;
  const skipOver = (s: string, from: number, to: number) => {
    const { lines, tail } = extent(s, from, to);
    stream.passOver(lines, tail);
  };
  // One step over s from i; returns the new position, or -1 to wait for more text.
  const step = (s: string, i: number): number => {
    if (!betweenTus()) {
      // The parser may take a piece in parts: only where `betweenTus` holds must it end before a `<`.
      const next = s.indexOf('<', i + 1);
      // A CR at the end waits for the next chunk: saxes would count a CR LF split there twice.
      const to = next >= 0 ? next : s.charCodeAt(s.length - 1) === 13 ? s.length - 1 : s.length;
      if (to <= i) return -1;
      stream.write(s.slice(i, to));
      return to;
    }
    const lt = s.indexOf('<', i);
    if (lt < 0) return -1;
    if (lt > i) {
      if (BLANK.test(s.slice(i, lt))) skipOver(s, i, lt);
      else stream.write(s.slice(i, lt));
      return lt;
    }
    const c = s.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = s.startsWith('<!--', lt) ? '-->' : s.startsWith('<![CDATA[', lt) ? ']]>' : c === 63 ? '?>' : '>';
      const end = s.indexOf(close, lt + 2);
      if (end < 0) return -1;
      stream.write(s.slice(lt, end + close.length));
      return end + close.length;
    }
    const after = s.charCodeAt(lt + 3);
    if (s.startsWith('<tu', lt) && (after === 62 || after === 32 || after === 9 || after === 10 || after === 13)) {
      const close = s.indexOf('</tu>', lt);
      if (close < 0) return -1;
      const end = close + 5;
      const events = scanElement(s, lt, end, 2, limits, stream.line, stream.column);
      tried++;
      if (!events) declined++;
      if (events) {
        replay(events, sink);
        skipOver(s, lt, end);
        return end;
      }
    }
    const next = s.indexOf('<', lt + 1);
    if (next < 0) return -1;
    stream.write(s.slice(lt, next));
    return next;
  };
  return {
    feed(chunk) {
      if (off) return stream.write(chunk);
      if (!started) {
        started = true;
        stream.checkHead(chunk.slice(0, 513));
      }
      const s = pending === '' ? chunk : pending + chunk;
      let i = 0;
      while (i < s.length) {
        const next = step(s, i);
        if (next < 0) break;
        i = next;
      }
      pending = s.slice(i);
      // A tu (or comment) too long to wait for, or a file of unusual tus (where trying first
      // only costs): the parser reads the rest of the file.
      if (pending.length > MAX_PENDING || (tried >= 1000 && declined * 2 > tried)) {
        off = true;
        stream.write(pending);
        pending = '';
      }
    },
    finish() {
      if (pending !== '') stream.write(pending);
      pending = '';
    },
  };
}

/** Parses a whole TMX document held in memory. */
export function parseTmx(text: string, opts?: TmxReaderOptions): { header: TmxHeader | undefined; units: TranslationUnit[]; stats: ReadStats } {
  const r = createTmxReader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { header: r.header, units, stats: r.stats };
}

/** Reads TMX from string chunks (e.g. a decoded file stream), yielding units in batches. */
export async function* readTmx(chunks: AsyncIterable<string> | Iterable<string>, opts?: TmxReaderOptions): AsyncGenerator<TranslationUnit[], TmxHeader | undefined> {
  const r = createTmxReader(opts);
  for await (const c of chunks) {
    const units = r.write(c);
    if (units.length > 0) yield units;
  }
  const last = r.end();
  if (last.length > 0) yield last;
  return r.header;
}
