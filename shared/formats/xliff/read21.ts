import { canonicalDate, normalizeInline, type InlineRun, type InlineTag, type TranslationUnit } from '../model';
import { setOwn } from '../tmx/header';
import { DEFAULT_XML_LIMITS, SafeXmlStream, type XmlElement, type XmlLimits } from '../xml/safe';
import { markTypeFrom2, MDA_NS, statusFrom2, typeFrom2, XLIFF12_NS, XLIFF2_NS } from './common';
import type { XliffReader, XliffReaderOptions, XliffReadStats } from './read12';
import { SVERKA_META_CATEGORY } from './write21';

interface PendingTag {
  tag: InlineTag;
  dataRef?: string;
}

interface UnitCtx {
  el: XmlElement;
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
  metas: Array<[string, string]>;
  data: Map<string, string>;
  chars: number;
  elements: number;
}

/**
 * Streaming XLIFF 2.x reader (2.0, 2.1, 2.2: one namespace, told apart by `version`). One unit
 * per `<unit>` whose segments all have targets; segments and ignorables are concatenated (an
 * ignorable without target contributes its source). Inline: ph -> standalone, pc and sc/ec ->
 * open/close, mrk and sm/em -> marks, cp -> the character; dataRef* resolve through
 * `<originalData>` into `data`. Sverka metadata comes from `<mda:metaGroup category="sverka">`;
 * without a status there the status comes from segment@state/subState.
 */
export function createXliff21Reader(opts: XliffReaderOptions = {}): XliffReader {
  const limits: XmlLimits = { ...DEFAULT_XML_LIMITS, ...opts.limits };
  const stats: XliffReadStats = { units: 0, emitted: 0, skipped: 0 };
  let out: TranslationUnit[] = [];
  let depth = 0;
  let skip = 0;
  let srcLang = '';
  let trgLang: string | undefined;
  let file: { ids: Set<string>; sverka: boolean } | undefined;
  let unit: UnitCtx | undefined;
  // Where character data goes.
  let sink: 'source' | 'target' | 'note' | 'data' | 'meta' | undefined;
  let textBuf = '';
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
        if (skip > 0) {
          skip++;
          return;
        }
        if (unit) {
          unit.elements++;
          if (unit.elements > limits.maxUnitElements) stream.fail('limit', `A unit holds more than ${limits.maxUnitElements} elements`);
        }
        if (depth === 1) return openRoot(el);
        if (sink === 'source' || sink === 'target') return openInline(el);
        if (sink === 'data' && el.uri === XLIFF2_NS && el.name === 'cp') {
          textBuf += cpChar(el);
          skip = 1;
          return;
        }
        if (sink !== undefined && sink !== 'meta') return stream.fail('structure', `<${el.name}> inside a text-only element`, el);
        if (el.uri === MDA_NS) return openMeta(el);
        if (el.uri !== XLIFF2_NS) {
          skip = 1;
          return;
        }
        if (!file) {
          if (el.name !== 'file') return stream.fail('structure', `Unexpected <${el.name}> outside <file>`, el);
          file = { ids: new Set(), sverka: false };
          return;
        }
        if (!unit) {
          switch (el.name) {
            case 'group':
              return;
            case 'unit':
              return openUnit(el);
            case 'skeleton':
            case 'notes':
              skip = 1;
              return;
            default:
              return stream.fail('structure', `Unexpected <${el.name}> inside <file>`, el);
          }
        }
        switch (el.name) {
          case 'notes':
          case 'originalData':
            return;
          case 'note':
            sink = 'note';
            textBuf = '';
            return;
          case 'data':
            if (el.attrs.id === undefined) return stream.fail('structure', '<data> without id', el);
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
            return stream.fail('structure', `Unexpected <${el.name}> inside <unit>`, el);
        }
      },

      close(name, uri) {
        depth--;
        if (skip > 0) {
          skip--;
          return;
        }
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
            unit.notes.push(textBuf);
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
        if (skip > 0) return;
        if (unit) {
          unit.chars += t.length;
          if (unit.chars > limits.maxUnitChars) stream.fail('limit', `A unit holds more than ${limits.maxUnitChars} characters`);
        }
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
            if (t.trim() !== '') stream.fail('structure', `Text ${JSON.stringify(t.trim().slice(0, 20))} outside <source>, <target>, <note> or <data>`);
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
    if (v === undefined || !/^2\.\d$/.test(v)) stream.fail('version', `Unsupported XLIFF version ${JSON.stringify(v ?? '')}`, el);
    const s = el.attrs.srcLang;
    if (s === undefined || s.trim() === '') stream.fail('lang', '<xliff> without srcLang', el);
    srcLang = s.trim();
    trgLang = el.attrs.trgLang?.trim();
  }

  function openUnit(el: XmlElement): void {
    if (!file) return;
    const id = el.attrs.id;
    if (id === undefined) stream.fail('structure', '<unit> without id', el);
    if (file.ids.has(id)) stream.fail('duplicate-id', `Duplicate unit id ${JSON.stringify(id)}`, el);
    file.ids.add(id);
    unit = {
      el,
      id,
      sawState: false,
      source: undefined,
      srcRuns: [],
      tgtRuns: [],
      segments: 0,
      translated: 0,
      notes: [],
      metas: [],
      data: new Map(),
      chars: 0,
      elements: 0,
    };
    if (el.attrs.name !== undefined) unit.name = el.attrs.name;
    stats.units++;
  }

  function openMeta(el: XmlElement): void {
    switch (el.name) {
      case 'metadata':
        return;
      case 'metaGroup':
        metaCategories.push(el.attrs.category ?? '');
        return;
      case 'meta':
        if (el.attrs.type === undefined) return stream.fail('structure', '<mda:meta> without type', el);
        sink = 'meta';
        metaType = el.attrs.type;
        textBuf = '';
        return;
      default:
        skip = 1;
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
    if (el.uri !== XLIFF2_NS) {
      skip = 1;
      return;
    }
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
        skip = 1;
        return;
      case 'ph':
        push({ tag: disp(withTypes({ kind: 'standalone', id }), a.disp), ...(a.dataRef !== undefined ? { dataRef: a.dataRef } : {}) });
        skip = 1;
        return;
      case 'sc':
        push({ tag: disp(withTypes({ kind: 'open', id }), a.disp), ...(a.dataRef !== undefined ? { dataRef: a.dataRef } : {}) });
        skip = 1;
        return;
      case 'ec':
        push({ tag: disp({ kind: 'close', id: a.startRef ?? id }, a.disp), ...(a.dataRef !== undefined ? { dataRef: a.dataRef } : {}) });
        skip = 1;
        return;
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
        skip = 1;
        return;
      }
      case 'em':
        push({ tag: { kind: 'close', id: a.startRef ?? '', role: 'mark' } });
        skip = 1;
        return;
      default:
        return stream.fail('structure', `Unexpected <${el.name}> inside <${sink}>`, el);
    }
  }

  function cpChar(el: XmlElement): string {
    const hex = el.attrs.hex ?? '';
    const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
    if (code < 0 || code > 0x10ffff) return stream.fail('structure', `<cp> with bad hex ${JSON.stringify(hex)}`, el);
    return String.fromCodePoint(code);
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

  function resolve(u: UnitCtx, runs: Array<string | PendingTag>): InlineRun[] {
    return normalizeInline(
      runs.map((r) => {
        if (typeof r === 'string') return r;
        if (r.dataRef === undefined) return r.tag;
        const data = u.data.get(r.dataRef);
        if (data === undefined) stream.fail('structure', `dataRef ${JSON.stringify(r.dataRef)} names no <data> in unit ${JSON.stringify(u.id)}`, u.el);
        return data === '' ? r.tag : { ...r.tag, data };
      }),
    );
  }

  function finishUnit(u: UnitCtx): void {
    if (u.segments === 0 || u.translated < u.segments) {
      stats.skipped++;
      return;
    }
    const targetLang = u.targetLang ?? trgLang;
    if (targetLang === undefined || targetLang === '') stream.fail('lang', `unit ${JSON.stringify(u.id)}: no trgLang on <xliff> or xml:lang on <target>`, u.el);
    const res: TranslationUnit = { sourceLang: srcLang, targetLang, source: resolve(u, u.srcRuns), target: resolve(u, u.tgtRuns), props: {}, notes: u.notes };
    const id = u.name ?? (file?.sverka ? undefined : u.id);
    if (id !== undefined) res.id = id;
    for (const [type, value] of u.metas) {
      if (type.startsWith('prop:')) setOwn(res.props, type.slice(5), value);
      else if (type === 'created' || type === 'changed') {
        const d = canonicalDate(value);
        if (d === undefined) stream.fail('date', `Invalid ${type} date ${JSON.stringify(value)} in unit ${JSON.stringify(u.id)}`, u.el);
        res[type] = d;
      } else if (type === 'creator' || type === 'changer') res[type] = value;
    }
    if (!Object.hasOwn(res.props, 'status')) {
      const st = statusFrom2(u.state, u.subState);
      if (st !== undefined) res.props.status = st;
    }
    out.push(res);
    stats.emitted++;
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
      return drain();
    },
    stats,
  };
}

/** Parses a whole XLIFF 2.x document. */
export function parseXliff21(text: string, opts?: XliffReaderOptions): { units: TranslationUnit[] } {
  const r = createXliff21Reader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { units };
}
