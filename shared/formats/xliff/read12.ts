import { CodeCollector } from '../inline-code';
import { canonicalDate, normalizeInline, type InlineRun, type InlineTag, type TranslationUnit } from '../model';
import { createReadStats, noteLine, readerLimits, keepsText, recordSkip, SubtreeSkip, UnitBudget, unitReader, type ReadStats, type UnitReader } from '../read-kit';
import { setOwn } from '../tmx/header';
import { SafeXmlStream, type XmlElement, type XmlLimits } from '../xml/safe';
import { statusFrom12, UNTYPED_MARK, SVERKA_NOTE, SVERKA_TOOL_ID, typeFrom12, XLIFF12_NS, XLIFF2_NS } from './common';

export interface XliffReaderOptions {
  limits?: Partial<XmlLimits>;
  /** Source language for a file that names none (XLIFF 1.2 `<file>`, XLIFF 2 `<xliff>`). */
  sourceLang?: string;
  /** Target language for a file that names none (translate-toolkit's po2xliff writes none). */
  targetLang?: string;
}

/** Counters of a read so far (`found` counts trans-units / units). */
export type XliffReadStats = ReadStats;

/** Push reader shared by both XLIFF versions. */
export type XliffReader = UnitReader;

/** Namespaces of XLIFF 1.x; a document without one (XLIFF 1.0, some 1.1/1.2 writers) is read the same way. */
const NS_1X = new Set([XLIFF12_NS, 'urn:oasis:names:tc:xliff:document:1.1', 'urn:oasis:names:tc:xliff:document:1.0', '']);

interface UnitCtx {
  line: number;
  id: string;
  resname?: string;
  approved?: string;
  state?: string;
  targetLang?: string;
  source?: InlineRun[];
  target?: InlineRun[];
  notes: string[];
  sourceNotes: string[];
  targetNotes: string[];
  props: Record<string, string>;
  meta: Partial<Record<'created' | 'changed' | 'creator' | 'changer', string>>;
}

/**
 * Streaming XLIFF 1.2 reader (1.0 and 1.1 accepted, with or without the namespace). One unit
 * per trans-unit that has a target; trans-units inside groups are read, alt-trans /
 * seg-source / context groups and foreign namespaces are skipped. Inline: g and bx/ex ->
 * open/close, x -> standalone, bpt/ept/it/ph keep their native code as `data` (with `sub`
 * flows in `subs`), mrk -> mark; equiv-text -> disp. Notes with `from="sverka:..."` carry
 * Sverka's props and dates; other notes become `notes`, or `sourceNotes`/`targetNotes` by
 * their `annotates`. Without a Sverka status note the status comes from target@state / approved.
 *
 * Lenient where translate-toolkit is: languages the file lacks come from the options, a
 * trans-unit without id gets one (`tu` + its position), a repeated id is read, a bad date is
 * dropped. A trans-unit that cannot be read is skipped and counted in `stats` with its line.
 */
export function createXliff12Reader(opts: XliffReaderOptions = {}): XliffReader {
  const limits = readerLimits(opts.limits);
  const stats = createReadStats();
  const out: TranslationUnit[] = [];
  const skip = new SubtreeSkip();
  const budget = new UnitBudget(limits, 'trans-unit');
  const code = new CodeCollector();
  let depth = 0;
  let docNs = XLIFF12_NS;
  let file: { srcLang?: string; tgtLang?: string; toolId?: string } | undefined;
  let unit: UnitCtx | undefined;
  // Which child of trans-unit we are in.
  let part: 'source' | 'target' | 'note' | undefined;
  let runs: InlineRun[] = [];
  let noteText = '';
  let noteAttrs: { from?: string | undefined; annotates?: string | undefined } = {};
  const nesting: Array<InlineTag | undefined> = [];
  let autoId = 0;
  let markId = 0;

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
        const xlf = el.uri === docNs;
        if (part === 'source' || part === 'target') return openInline(el, xlf);
        if (!xlf || part === 'note') return skip.start();
        if (!file) return el.name === 'file' ? openFile(el) : skip.start();
        if (!unit) {
          if (el.name === 'body' || el.name === 'group') return;
          if (el.name === 'trans-unit') return openUnit(el);
          // header, bin-unit and anything unknown: not translation units.
          return skip.start();
        }
        switch (el.name) {
          case 'source':
          case 'target':
            part = el.name;
            runs = [];
            resetInline();
            if (el.name === 'target') {
              if (el.attrs.state !== undefined) unit.state = el.attrs.state;
              if (el.attrs['xml:lang']?.trim()) unit.targetLang = el.attrs['xml:lang'].trim();
            }
            return;
          case 'note':
            part = 'note';
            noteText = '';
            noteAttrs = { from: el.attrs.from, annotates: el.attrs.annotates };
            return;
          default:
            // alt-trans, seg-source, context-group, count-group, prop-group: not part of the unit's text.
            return skip.start();
        }
      },

      close(name, uri) {
        depth--;
        if (skip.close()) return;
        if (part === 'source' || part === 'target') {
          if (code.active) {
            const done = code.close();
            if (done) runs.push(done);
            return;
          }
          if (nesting.length > 0 || name !== part) {
            const closing = nesting.pop();
            if (closing) runs.push(closing);
            return;
          }
          if (unit) unit[part] = normalizeInline(runs);
          part = undefined;
          return;
        }
        if (part === 'note' && name === 'note') {
          if (unit) addNote(unit, noteAttrs, noteText);
          part = undefined;
          return;
        }
        if (uri !== docNs) return;
        if (name === 'trans-unit' && unit) {
          finishUnit(unit);
          unit = undefined;
        } else if (name === 'file') {
          file = undefined;
        }
      },

      text(t) {
        if (!keepsText(skip, budget, unit !== undefined, t)) return;
        if (part === 'note') noteText += t;
        else if (part === 'source' || part === 'target') {
          if (code.active) code.text(t);
          else runs.push(t);
        }
        // Text between elements elsewhere is not content; lenient readers ignore it too.
      },
    },
    { xmlns: true, limits },
  );

  function openRoot(el: XmlElement): void {
    if (el.name !== 'xliff') stream.fail('root', `Root element is <${el.name}>, expected <xliff>`, el);
    if (el.uri === XLIFF2_NS) stream.fail('version', `This is XLIFF ${el.attrs.version ?? '2.x'}, not 1.2; read it with parseXliff21`, el);
    if (!NS_1X.has(el.uri)) stream.fail('root', `<xliff> in unknown namespace ${el.uri}`, el);
    const v = el.attrs.version;
    if (v !== undefined && !/^1\.\d+$/.test(v)) stream.fail('version', `Unsupported XLIFF version ${JSON.stringify(v)}`, el);
    docNs = el.uri;
  }

  function openFile(el: XmlElement): void {
    file = {};
    const src = el.attrs['source-language']?.trim() || opts.sourceLang;
    if (src) file.srcLang = src;
    const tgt = el.attrs['target-language']?.trim() || opts.targetLang;
    if (tgt) file.tgtLang = tgt;
    if (el.attrs['tool-id'] !== undefined) file.toolId = el.attrs['tool-id'];
  }

  function openUnit(el: XmlElement): void {
    stats.found++;
    budget.reset();
    // The schema requires an id; a unit without one gets its position in the document.
    const id = el.attrs.id ?? `tu${stats.found}`;
    unit = { line: el.line, id, notes: [], sourceNotes: [], targetNotes: [], props: {}, meta: {} };
    if (el.attrs.resname !== undefined) unit.resname = el.attrs.resname;
    if (el.attrs.approved !== undefined) unit.approved = el.attrs.approved;
  }

  function addNote(u: UnitCtx, attrs: { from?: string | undefined; annotates?: string | undefined }, text: string): void {
    const from = attrs.from;
    if (from === undefined || !from.startsWith(SVERKA_NOTE)) {
      if (attrs.annotates === 'source') u.sourceNotes.push(text);
      else if (attrs.annotates === 'target') u.targetNotes.push(text);
      else u.notes.push(text);
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
        if (d !== undefined) u.meta[key] = d;
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
    if (budget.problem) return recordSkip(stats, budget.problem.reason, u.line, budget.problem.message);
    if (u.source === undefined) return recordSkip(stats, 'no-source', u.line, `trans-unit ${JSON.stringify(u.id)} has no <source>`);
    if (u.target === undefined) return recordSkip(stats, 'no-target', u.line, `trans-unit ${JSON.stringify(u.id)} has no <target>`);
    const sourceLang = file?.srcLang;
    const targetLang = u.targetLang ?? file?.tgtLang;
    if (sourceLang === undefined) return recordSkip(stats, 'no-language', u.line, 'No source-language on <file> and none given');
    if (targetLang === undefined) return recordSkip(stats, 'no-language', u.line, 'No target-language on <file>, no xml:lang on <target> and none given');
    const unitOut: TranslationUnit = { sourceLang, targetLang, source: u.source, target: u.target, props: u.props, notes: u.notes };
    if (u.sourceNotes.length > 0) unitOut.sourceNotes = u.sourceNotes;
    if (u.targetNotes.length > 0) unitOut.targetNotes = u.targetNotes;
    const id = u.resname ?? (file?.toolId === SVERKA_TOOL_ID ? undefined : u.id);
    if (id !== undefined) unitOut.id = id;
    if (u.meta.created !== undefined) unitOut.created = u.meta.created;
    if (u.meta.changed !== undefined) unitOut.changed = u.meta.changed;
    if (u.meta.creator !== undefined) unitOut.creator = u.meta.creator;
    if (u.meta.changer !== undefined) unitOut.changer = u.meta.changer;
    if (!Object.hasOwn(u.props, 'status')) {
      const st = statusFrom12(u.state, u.approved);
      if (st !== undefined) u.props.status = st;
    }
    out.push(noteLine(unitOut, u.line));
    stats.read++;
  }

  function resetInline(): void {
    nesting.length = 0;
    autoId = 0;
    markId = 0;
  }

  function openInline(el: XmlElement, xlf: boolean): void {
    if (code.active) return code.open(xlf && el.name === 'sub' ? { type: el.attrs.ctype, datatype: el.attrs.datatype } : undefined);
    if (!xlf) return skip.start();
    const a = el.attrs;
    const id = a.id ?? `a${++autoId}`;
    const pairId = a.rid ?? id;
    const withMeta = (t: InlineTag, list: boolean): InlineTag => {
      if (list && a.ctype !== undefined) t.type = typeFrom12(a.ctype);
      if (a['equiv-text'] !== undefined) t.disp = a['equiv-text'];
      return t;
    };
    switch (el.name) {
      case 'g':
        runs.push(withMeta({ kind: 'open', id }, true));
        nesting.push({ kind: 'close', id });
        return;
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
        return skip.start();
      case 'bx':
        runs.push(withMeta({ kind: 'open', id: pairId }, true));
        return skip.start();
      case 'ex':
        runs.push(withMeta({ kind: 'close', id: pairId }, false));
        return skip.start();
      case 'bpt':
        return code.begin(withMeta({ kind: 'open', id: pairId }, true));
      case 'ept':
        return code.begin(withMeta({ kind: 'close', id: pairId }, false));
      case 'ph': {
        const ph = withMeta({ kind: 'standalone', id }, true);
        if (a.assoc !== undefined) ph.assoc = a.assoc;
        return code.begin(ph);
      }
      case 'it': {
        // pos is required; TMX's begin/end (OmegaT writes them) mean the same, and an isolated
        // code without pos is kept as a placeholder rather than losing the unit.
        const kind = a.pos === 'open' || a.pos === 'begin' ? 'open' : a.pos === 'close' || a.pos === 'end' ? 'close' : 'standalone';
        return code.begin(withMeta({ kind, id: pairId }, kind !== 'close'));
      }
      default:
        budget.giveUp('markup', `Unexpected <${el.name}> inside <${part}>`);
        return skip.start();
    }
  }

  return unitReader({ feed: (chunk) => stream.write(chunk), finish: () => stream.end() }, out, stats);
}

/** Parses a whole XLIFF 1.2 document. */
export function parseXliff12(text: string, opts?: XliffReaderOptions): { units: TranslationUnit[]; stats: ReadStats } {
  const r = createXliff12Reader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { units, stats: r.stats };
}
