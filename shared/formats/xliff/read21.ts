import { canonicalDate, normalizeInline, type InlineRun, type InlineTag, type TranslationUnit } from '../model';
import { createReadStats, noteLine, readerLimits, keepsText, recordSkip, SubtreeSkip, UnitBudget, unitReader, type ReadStats } from '../read-kit';
import { setOwn } from '../tmx/header';
import { SafeXmlStream, type XmlElement } from '../xml/safe';
import { markTypeFrom2, MDA_NS, statusFrom2, typeFrom2, XLIFF12_NS, XLIFF2_NS } from './common';
import type { XliffReader, XliffReaderOptions } from './read12';
import { SVERKA_META_CATEGORY } from './write21';

interface PendingTag {
  tag: InlineTag;
  dataRef?: string;
}

interface UnitCtx {
  line: number;
  id: string;
  name?: string;
  state?: string;
  subState?: string;
  sawState: boolean;
  targetLang?: string;
  source: PendingTag[] | undefined;
  srcRuns: Array<string | PendingTag>;
  tgtRuns: Array<string | PendingTag>;
  segments: number;
  translated: number;
  notes: string[];
  sourceNotes: string[];
  targetNotes: string[];
  metas: Array<[string, string]>;
  data: Map<string, string>;
}

/**
 * Streaming XLIFF 2.x reader (2.0, 2.1, 2.2: one namespace, told apart by `version`). One unit
 * per `<unit>` whose segments all have targets; segments and ignorables are concatenated (an
 * ignorable without target contributes its source). Inline: ph -> standalone, pc and sc/ec ->
 * open/close, mrk and sm/em -> marks, cp -> the character; dataRef* resolve through
 * `<originalData>` into `data`. Sverka metadata comes from `<mda:metaGroup category="sverka">`;
 * without a status there the status comes from segment@state/subState. Notes go to `notes`,
 * or to `sourceNotes`/`targetNotes` by their `appliesTo`.
 *
 * Lenient like the 1.2 reader: languages the file lacks come from the options, a unit without
 * id gets one (`u` + its position), a repeated id is read, a bad date is dropped; a unit that
 * cannot be read is skipped and counted in `stats` with its line.
 */
export function createXliff21Reader(opts: XliffReaderOptions = {}): XliffReader {
  const limits = readerLimits(opts.limits);
  const stats = createReadStats();
  const out: TranslationUnit[] = [];
  const skip = new SubtreeSkip();
  const budget = new UnitBudget(limits, 'unit');
  let depth = 0;
  let srcLang: string | undefined;
  let trgLang: string | undefined;
  let file: { sverka: boolean } | undefined;
  let unit: UnitCtx | undefined;
  // Where character data goes.
  let sink: 'source' | 'target' | 'note' | 'data' | 'meta' | undefined;
  let textBuf = '';
  let noteAppliesTo: string | undefined;
  let dataId = '';
  let metaType = '';
  const metaCategories: string[] = [];
  let segTarget = false;
  let segIgnorable = false;
  let segSource: Array<string | PendingTag> = [];
  const nesting: InlineTag[] = [];
  let segmentSawTarget = false;

  const stream: SafeXmlStream = new SafeXmlStream(
    {
      open(el) {
        depth++;
        if (skip.open()) return;
        if (unit) {
          budget.addElement();
          if (budget.problem) return skip.start();
        }
        if (depth === 1) return openRoot(el);
        if (sink === 'source' || sink === 'target') return openInline(el);
        if (sink === 'data' && el.uri === XLIFF2_NS && el.name === 'cp') {
          textBuf += cpChar(el);
          return skip.start();
        }
        if (sink !== undefined && sink !== 'meta') return skip.start();
        if (el.uri === MDA_NS) return openMeta(el);
        if (el.uri !== XLIFF2_NS) return skip.start();
        if (!file) {
          if (el.name !== 'file') return skip.start();
          file = { sverka: false };
          return;
        }
        if (!unit) {
          if (el.name === 'group') return;
          if (el.name === 'unit') return openUnit(el);
          // skeleton, file-level notes and anything unknown: not translation units.
          return skip.start();
        }
        switch (el.name) {
          case 'notes':
          case 'originalData':
            return;
          case 'note':
            sink = 'note';
            textBuf = '';
            noteAppliesTo = el.attrs.appliesTo;
            return;
          case 'data':
            if (el.attrs.id === undefined) return skip.start();
            sink = 'data';
            dataId = el.attrs.id;
            textBuf = '';
            return;
          case 'segment':
          case 'ignorable':
            segIgnorable = el.name === 'ignorable';
            segmentSawTarget = false;
            segSource = [];
            if (el.name === 'segment') {
              unit.segments++;
              if (!unit.sawState) {
                unit.sawState = true;
                if (el.attrs.state !== undefined) unit.state = el.attrs.state;
                if (el.attrs.subState !== undefined) unit.subState = el.attrs.subState;
              }
            }
            return;
          case 'source':
          case 'target':
            sink = el.name;
            segTarget = el.name === 'target';
            nesting.length = 0;
            if (segTarget) {
              segmentSawTarget = true;
              if (el.attrs['xml:lang'] !== undefined) unit.targetLang = el.attrs['xml:lang'];
            }
            return;
          default:
            return skip.start();
        }
      },

      close(name, uri) {
        depth--;
        if (skip.close()) return;
        if (sink === 'source' || sink === 'target') {
          if (uri === XLIFF2_NS && (name === 'source' || name === 'target') && nesting.length === 0 && name === sink) {
            sink = undefined;
            return;
          }
          return closeInline(name);
        }
        if (uri === MDA_NS) return closeMeta(name);
        if (!unit) {
          if (name === 'file' && uri === XLIFF2_NS) file = undefined;
          return;
        }
        switch (name) {
          case 'note':
            (noteAppliesTo === 'source' ? unit.sourceNotes : noteAppliesTo === 'target' ? unit.targetNotes : unit.notes).push(textBuf);
            sink = undefined;
            return;
          case 'data':
            unit.data.set(dataId, textBuf);
            sink = undefined;
            return;
          case 'segment':
          case 'ignorable':
            if (segmentSawTarget) {
              if (!segIgnorable) unit.translated++;
            } else if (segIgnorable) {
              unit.tgtRuns.push(...segSource);
            }
            return;
          case 'unit':
            finishUnit(unit);
            unit = undefined;
            return;
          default:
            return;
        }
      },

      text(t) {
        if (!keepsText(skip, budget, unit !== undefined, t)) return;
        switch (sink) {
          case 'source':
          case 'target':
            push(t);
            return;
          case 'note':
          case 'data':
          case 'meta':
            textBuf += t;
            return;
          case undefined:
            // Text between elements is not content; lenient readers ignore it too.
            return;
        }
      },
    },
    { xmlns: true, limits },
  );

  function push(run: string | PendingTag): void {
    if (!unit) return;
    (segTarget ? unit.tgtRuns : unit.srcRuns).push(run);
    if (!segTarget && segIgnorable) segSource.push(run);
  }

  function openRoot(el: XmlElement): void {
    if (el.name !== 'xliff') stream.fail('root', `Root element is <${el.name}>, expected <xliff>`, el);
    if (el.uri === XLIFF12_NS) stream.fail('version', 'This is XLIFF 1.2, not 2.x; read it with parseXliff12', el);
    if (el.uri !== XLIFF2_NS) stream.fail('root', `<xliff> in namespace ${JSON.stringify(el.uri)}, expected ${XLIFF2_NS}`, el);
    const v = el.attrs.version;
    if (v !== undefined && !/^2\.\d$/.test(v)) stream.fail('version', `Unsupported XLIFF version ${JSON.stringify(v)}`, el);
    srcLang = el.attrs.srcLang?.trim() || opts.sourceLang;
    trgLang = el.attrs.trgLang?.trim() || opts.targetLang;
  }

  function openUnit(el: XmlElement): void {
    stats.found++;
    budget.reset();
    unit = {
      line: el.line,
      // The schema requires an id; a unit without one gets its position in the document.
      id: el.attrs.id ?? `u${stats.found}`,
      sawState: false,
      source: undefined,
      srcRuns: [],
      tgtRuns: [],
      segments: 0,
      translated: 0,
      notes: [],
      sourceNotes: [],
      targetNotes: [],
      metas: [],
      data: new Map(),
    };
    if (el.attrs.name !== undefined) unit.name = el.attrs.name;
  }

  function openMeta(el: XmlElement): void {
    switch (el.name) {
      case 'metadata':
        return;
      case 'metaGroup':
        metaCategories.push(el.attrs.category ?? '');
        return;
      case 'meta':
        if (el.attrs.type === undefined) return skip.start();
        sink = 'meta';
        metaType = el.attrs.type;
        textBuf = '';
        return;
      default:
        skip.start();
    }
  }

  function closeMeta(name: string): void {
    if (name === 'metaGroup') metaCategories.pop();
    if (name !== 'meta') return;
    sink = undefined;
    if (!metaCategories.includes(SVERKA_META_CATEGORY)) return;
    if (unit) unit.metas.push([metaType, textBuf]);
    else if (file && metaType === 'generator') file.sverka = true;
  }

  function openInline(el: XmlElement): void {
    if (el.uri !== XLIFF2_NS) return skip.start();
    const a = el.attrs;
    const withTypes = (t: InlineTag): InlineTag => {
      const type = typeFrom2(a.type, a.subType);
      if (type !== undefined) t.type = type;
      return t;
    };
    const disp = (t: InlineTag, v: string | undefined): InlineTag => {
      if (v !== undefined) t.disp = v;
      return t;
    };
    const id = a.id ?? '';
    switch (el.name) {
      case 'cp':
        push(cpChar(el));
        return skip.start();
      case 'ph':
        push({ tag: disp(withTypes({ kind: 'standalone', id }), a.disp), ...(a.dataRef !== undefined ? { dataRef: a.dataRef } : {}) });
        return skip.start();
      case 'sc':
        push({ tag: disp(withTypes({ kind: 'open', id }), a.disp), ...(a.dataRef !== undefined ? { dataRef: a.dataRef } : {}) });
        return skip.start();
      case 'ec':
        push({ tag: disp({ kind: 'close', id: a.startRef ?? id }, a.disp), ...(a.dataRef !== undefined ? { dataRef: a.dataRef } : {}) });
        return skip.start();
      case 'pc': {
        push({ tag: disp(withTypes({ kind: 'open', id }), a.dispStart), ...(a.dataRefStart !== undefined ? { dataRef: a.dataRefStart } : {}) });
        const close = disp({ kind: 'close', id }, a.dispEnd);
        nesting.push(close);
        pcRefs.set(close, a.dataRefEnd);
        return;
      }
      case 'mrk': {
        const open: InlineTag = { kind: 'open', id, role: 'mark' };
        const t = markTypeFrom2(a.type);
        if (t !== undefined) open.type = t;
        push({ tag: open });
        nesting.push({ kind: 'close', id, role: 'mark' });
        return;
      }
      case 'sm': {
        const open: InlineTag = { kind: 'open', id, role: 'mark' };
        const t = markTypeFrom2(a.type);
        if (t !== undefined) open.type = t;
        push({ tag: open });
        return skip.start();
      }
      case 'em':
        push({ tag: { kind: 'close', id: a.startRef ?? '', role: 'mark' } });
        return skip.start();
      default:
        budget.giveUp('markup', `Unexpected <${el.name}> inside <${sink}>`);
        return skip.start();
    }
  }

  function cpChar(el: XmlElement): string {
    const hex = el.attrs.hex ?? '';
    const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
    if (code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    budget.giveUp('markup', `<cp> with bad hex ${JSON.stringify(hex)}`);
    return '';
  }

  const pcRefs = new Map<InlineTag, string | undefined>();

  function closeInline(name: string): void {
    if (name !== 'pc' && name !== 'mrk') return;
    const close = nesting.pop();
    if (!close) return;
    const ref = pcRefs.get(close);
    pcRefs.delete(close);
    push(ref !== undefined ? { tag: close, dataRef: ref } : { tag: close });
  }

  /** The runs with their dataRefs resolved, or undefined when one names no <data>. */
  function resolve(u: UnitCtx, runs: Array<string | PendingTag>): InlineRun[] | undefined {
    const resolved: InlineRun[] = [];
    for (const r of runs) {
      if (typeof r === 'string' || r.dataRef === undefined) {
        resolved.push(typeof r === 'string' ? r : r.tag);
        continue;
      }
      const data = u.data.get(r.dataRef);
      if (data === undefined) return undefined;
      resolved.push(data === '' ? r.tag : { ...r.tag, data });
    }
    return normalizeInline(resolved);
  }

  function finishUnit(u: UnitCtx): void {
    const id = JSON.stringify(u.id);
    if (budget.problem) return recordSkip(stats, budget.problem.reason, u.line, budget.problem.message);
    if (u.segments === 0) return recordSkip(stats, 'no-source', u.line, `unit ${id} has no segment`);
    if (u.translated < u.segments) return recordSkip(stats, 'no-target', u.line, `unit ${id} has a segment without target`);
    const targetLang = u.targetLang ?? trgLang;
    if (srcLang === undefined) return recordSkip(stats, 'no-language', u.line, 'No srcLang on <xliff> and none given');
    if (targetLang === undefined) return recordSkip(stats, 'no-language', u.line, 'No trgLang on <xliff>, no xml:lang on <target> and none given');
    const source = resolve(u, u.srcRuns);
    const target = resolve(u, u.tgtRuns);
    if (!source || !target) return recordSkip(stats, 'markup', u.line, `A dataRef in unit ${id} names no <data>`);
    const res: TranslationUnit = { sourceLang: srcLang, targetLang, source, target, props: {}, notes: u.notes };
    if (u.sourceNotes.length > 0) res.sourceNotes = u.sourceNotes;
    if (u.targetNotes.length > 0) res.targetNotes = u.targetNotes;
    const unitId = u.name ?? (file?.sverka ? undefined : u.id);
    if (unitId !== undefined) res.id = unitId;
    for (const [type, value] of u.metas) {
      if (type.startsWith('prop:')) setOwn(res.props, type.slice(5), value);
      else if (type === 'created' || type === 'changed') {
        const d = canonicalDate(value);
        if (d !== undefined) res[type] = d;
      } else if (type === 'creator' || type === 'changer') res[type] = value;
    }
    if (!Object.hasOwn(res.props, 'status')) {
      const st = statusFrom2(u.state, u.subState);
      if (st !== undefined) res.props.status = st;
    }
    out.push(noteLine(res, u.line));
    stats.read++;
  }

  return unitReader({ feed: (chunk) => stream.write(chunk), finish: () => stream.end() }, out, stats);
}

/** Parses a whole XLIFF 2.x document. */
export function parseXliff21(text: string, opts?: XliffReaderOptions): { units: TranslationUnit[]; stats: ReadStats } {
  const r = createXliff21Reader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { units, stats: r.stats };
}
