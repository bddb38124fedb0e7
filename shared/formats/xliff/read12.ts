import { canonicalDate, normalizeInline, type InlineRun, type InlineTag, type TranslationUnit } from '../model';
import { setOwn } from '../tmx/header';
import { DEFAULT_XML_LIMITS, SafeXmlStream, type XmlElement, type XmlLimits } from '../xml/safe';
import { statusFrom12, UNTYPED_MARK, SVERKA_NOTE, SVERKA_TOOL_ID, typeFrom12, XLIFF12_NS, XLIFF2_NS } from './common';

export interface XliffReaderOptions {
  limits?: Partial<XmlLimits>;
}

export interface XliffReadStats {
  /** trans-units (1.2) or units (2.x) seen. */
  units: number;
  /** Units emitted. */
  emitted: number;
  /** Units without a target. */
  skipped: number;
}

/** Push reader shared by both XLIFF versions. */
export interface XliffReader {
  write(chunk: string): TranslationUnit[];
  end(): TranslationUnit[];
  readonly stats: Readonly<XliffReadStats>;
}

const NS_12 = new Set([XLIFF12_NS, 'urn:oasis:names:tc:xliff:document:1.1']);

interface UnitCtx {
  el: XmlElement;
  id: string;
  resname?: string;
  approved?: string;
  state?: string;
  targetLang?: string;
  source?: InlineRun[];
  target?: InlineRun[];
  notes: string[];
  props: Record<string, string>;
  meta: Partial<Record<'created' | 'changed' | 'creator' | 'changer', string>>;
  chars: number;
  elements: number;
}

/**
 * Streaming XLIFF 1.2 reader (1.1 accepted). One unit per trans-unit that has a target;
 * trans-units inside groups are read, alt-trans / seg-source / context groups and foreign
 * namespaces are skipped. Inline: g and bx/ex -> open/close, x -> standalone, bpt/ept/it/ph
 * keep their native code as `data`, mrk -> mark; equiv-text -> disp. Notes with
 * `from="sverka:..."` carry Sverka's props and dates; other notes become `notes`. Without a
 * Sverka status note the status comes from target@state / approved.
 */
export function createXliff12Reader(opts: XliffReaderOptions = {}): XliffReader {
  const limits: XmlLimits = { ...DEFAULT_XML_LIMITS, ...opts.limits };
  const stats: XliffReadStats = { units: 0, emitted: 0, skipped: 0 };
  let out: TranslationUnit[] = [];
  let depth = 0;
  let skip = 0;
  let file: { srcLang: string; tgtLang?: string; toolId?: string; ids: Set<string> } | undefined;
  let unit: UnitCtx | undefined;
  // Which child of trans-unit we are in.
  let part: 'source' | 'target' | 'note' | undefined;
  let runs: InlineRun[] = [];
  let noteText = '';
  let noteFrom: string | undefined;
  let code: InlineTag | undefined;
  let codeDepth = 0;
  const nesting: Array<InlineTag | undefined> = [];
  let autoId = 0;
  let markId = 0;

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
          if (unit.elements > limits.maxUnitElements) stream.fail('limit', `A trans-unit holds more than ${limits.maxUnitElements} elements`);
        }
        if (depth === 1) return openRoot(el);
        const xlf = NS_12.has(el.uri);
        if (part === 'source' || part === 'target') return openInline(el, xlf);
        if (!xlf) {
          skip = 1;
          return;
        }
        if (!file) {
          if (el.name === 'file') return openFile(el);
          return stream.fail('structure', `Unexpected <${el.name}> outside <file>`, el);
        }
        if (!unit) {
          switch (el.name) {
            case 'header':
            case 'bin-unit':
              skip = 1;
              return;
            case 'body':
            case 'group':
              return;
            case 'trans-unit':
              return openUnit(el);
            default:
              return stream.fail('structure', `Unexpected <${el.name}> inside <file>`, el);
          }
        }
        if (part === 'note') return stream.fail('structure', '<note> must hold text only', el);
        switch (el.name) {
          case 'source':
            part = 'source';
            runs = [];
            resetInline();
            return;
          case 'target':
            part = 'target';
            runs = [];
            resetInline();
            if (el.attrs.state !== undefined) unit.state = el.attrs.state;
            if (el.attrs['xml:lang'] !== undefined) unit.targetLang = el.attrs['xml:lang'];
            return;
          case 'note':
            part = 'note';
            noteText = '';
            noteFrom = el.attrs.from;
            return;
          default:
            // alt-trans, seg-source, context-group, count-group, prop-group: not part of the unit's text.
            skip = 1;
            return;
        }
      },

      close(name, uri) {
        depth--;
        if (skip > 0) {
          skip--;
          return;
        }
        if (part === 'source' || part === 'target') {
          if (codeDepth > 0 || nesting.length > 0 || name !== part) return closeInline();
          if (unit) unit[part] = normalizeInline(runs);
          part = undefined;
          return;
        }
        if (part === 'note' && name === 'note') {
          if (unit) addNote(unit, noteFrom, noteText);
          part = undefined;
          return;
        }
        if (!NS_12.has(uri)) return;
        if (name === 'trans-unit' && unit) {
          finishUnit(unit);
          unit = undefined;
        } else if (name === 'file') {
          file = undefined;
        }
      },

      text(t) {
        if (skip > 0) return;
        if (unit) {
          unit.chars += t.length;
          if (unit.chars > limits.maxUnitChars) stream.fail('limit', `A trans-unit holds more than ${limits.maxUnitChars} characters`);
        }
        if (part === 'note') noteText += t;
        else if (part === 'source' || part === 'target') {
          if (code) code.data = (code.data ?? '') + t;
          else runs.push(t);
        } else if (t.trim() !== '') stream.fail('structure', `Text ${JSON.stringify(t.trim().slice(0, 20))} outside <source>, <target> or <note>`);
      },
    },
    { xmlns: true, limits },
  );

  function openRoot(el: XmlElement): void {
    if (el.name !== 'xliff') stream.fail('root', `Root element is <${el.name}>, expected <xliff>`, el);
    if (el.uri === XLIFF2_NS) stream.fail('version', `This is XLIFF ${el.attrs.version ?? '2.x'}, not 1.2; read it with parseXliff21`, el);
    if (!NS_12.has(el.uri) && el.uri !== '') stream.fail('root', `<xliff> in unknown namespace ${el.uri}`, el);
    const v = el.attrs.version;
    if (v !== undefined && !/^1\.[0-2]$/.test(v)) stream.fail('version', `Unsupported XLIFF version ${JSON.stringify(v)}`, el);
  }

  function openFile(el: XmlElement): void {
    const src = el.attrs['source-language'];
    if (src === undefined || src.trim() === '') stream.fail('lang', '<file> without source-language', el);
    file = { srcLang: src.trim(), ids: new Set() };
    if (el.attrs['target-language'] !== undefined) file.tgtLang = el.attrs['target-language'].trim();
    if (el.attrs['tool-id'] !== undefined) file.toolId = el.attrs['tool-id'];
  }

  function openUnit(el: XmlElement): void {
    if (!file) return;
    const id = el.attrs.id;
    if (id === undefined) stream.fail('structure', '<trans-unit> without id', el);
    if (file.ids.has(id)) stream.fail('duplicate-id', `Duplicate trans-unit id ${JSON.stringify(id)}`, el);
    file.ids.add(id);
    unit = { el, id, notes: [], props: {}, meta: {}, chars: 0, elements: 0 };
    if (el.attrs.resname !== undefined) unit.resname = el.attrs.resname;
    if (el.attrs.approved !== undefined) unit.approved = el.attrs.approved;
    stats.units++;
  }

  function addNote(u: UnitCtx, from: string | undefined, text: string): void {
    if (from === undefined || !from.startsWith(SVERKA_NOTE)) {
      u.notes.push(text);
      return;
    }
    const key = from.slice(SVERKA_NOTE.length);
    if (key.startsWith('prop:')) {
      setOwn(u.props, key.slice(5), text);
      return;
    }
    switch (key) {
      case 'created':
      case 'changed': {
        const d = canonicalDate(text);
        if (d === undefined) stream.fail('date', `Invalid ${key} date ${JSON.stringify(text)} in note`);
        u.meta[key] = d;
        return;
      }
      case 'creator':
      case 'changer':
        u.meta[key] = text;
        return;
      default:
        u.notes.push(text);
    }
  }

  function finishUnit(u: UnitCtx): void {
    if (!file) return;
    if (u.source === undefined) stream.fail('structure', `trans-unit ${JSON.stringify(u.id)} has no <source>`, u.el);
    if (u.target === undefined) {
      stats.skipped++;
      return;
    }
    const targetLang = u.targetLang ?? file.tgtLang;
    if (targetLang === undefined || targetLang.trim() === '') stream.fail('lang', `trans-unit ${JSON.stringify(u.id)}: no target-language on <file> or xml:lang on <target>`, u.el);
    const unitOut: TranslationUnit = { sourceLang: file.srcLang, targetLang: targetLang.trim(), source: u.source, target: u.target, props: u.props, notes: u.notes };
    const id = u.resname ?? (file.toolId === SVERKA_TOOL_ID ? undefined : u.id);
    if (id !== undefined) unitOut.id = id;
    if (u.meta.created !== undefined) unitOut.created = u.meta.created;
    if (u.meta.changed !== undefined) unitOut.changed = u.meta.changed;
    if (u.meta.creator !== undefined) unitOut.creator = u.meta.creator;
    if (u.meta.changer !== undefined) unitOut.changer = u.meta.changer;
    if (!Object.hasOwn(u.props, 'status')) {
      const st = statusFrom12(u.state, u.approved);
      if (st !== undefined) u.props.status = st;
    }
    out.push(unitOut);
    stats.emitted++;
  }

  function resetInline(): void {
    code = undefined;
    codeDepth = 0;
    nesting.length = 0;
    autoId = 0;
    markId = 0;
  }

  function openInline(el: XmlElement, xlf: boolean): void {
    if (codeDepth > 0) {
      codeDepth++;
      return;
    }
    if (!xlf) {
      skip = 1;
      return;
    }
    const a = el.attrs;
    const id = a.id ?? `a${++autoId}`;
    const pairId = a.rid ?? id;
    const withMeta = (t: InlineTag, list: boolean): InlineTag => {
      if (list && a.ctype !== undefined) t.type = typeFrom12(a.ctype);
      if (a['equiv-text'] !== undefined) t.disp = a['equiv-text'];
      return t;
    };
    switch (el.name) {
      case 'g': {
        const open = withMeta({ kind: 'open', id }, true);
        runs.push(open);
        nesting.push({ kind: 'close', id });
        return;
      }
      case 'mrk': {
        if (a.mtype === 'seg') {
          // Segmentation markers (SDLXLIFF, Okapi): the text is the content, the marker is not.
          nesting.push(undefined);
          return;
        }
        const mid = a.mid ?? `m${++markId}`;
        const open: InlineTag = { kind: 'open', id: mid, role: 'mark' };
        if (a.mtype !== undefined && a.mtype !== UNTYPED_MARK) open.type = typeFrom12(a.mtype);
        runs.push(open);
        nesting.push({ kind: 'close', id: mid, role: 'mark' });
        return;
      }
      case 'x':
        runs.push(withMeta({ kind: 'standalone', id }, true));
        skip = 1;
        return;
      case 'bx':
        runs.push(withMeta({ kind: 'open', id: pairId }, true));
        skip = 1;
        return;
      case 'ex':
        runs.push(withMeta({ kind: 'close', id: pairId }, false));
        skip = 1;
        return;
      case 'bpt':
        code = withMeta({ kind: 'open', id: pairId }, true);
        break;
      case 'ept':
        code = withMeta({ kind: 'close', id: pairId }, false);
        break;
      case 'ph':
        code = withMeta({ kind: 'standalone', id }, true);
        break;
      case 'it':
        if (a.pos !== 'open' && a.pos !== 'close') stream.fail('structure', '<it> needs pos="open" or pos="close"', el);
        code = withMeta({ kind: a.pos === 'open' ? 'open' : 'close', id: pairId }, a.pos === 'open');
        break;
      default:
        return stream.fail('structure', `Unexpected <${el.name}> inside <${part}>`, el);
    }
    codeDepth = 1;
  }

  function closeInline(): void {
    if (codeDepth > 0) {
      codeDepth--;
      if (codeDepth === 0 && code) {
        if (code.data === '') delete code.data;
        runs.push(code);
        code = undefined;
      }
      return;
    }
    const closing = nesting.pop();
    if (closing) runs.push(closing);
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

/** Parses a whole XLIFF 1.2 document. */
export function parseXliff12(text: string, opts?: XliffReaderOptions): { units: TranslationUnit[] } {
  const r = createXliff12Reader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { units };
}
