import { SverkaError } from '../../errors';
import { isWellNested, pairIndex, type InlineTag, type InlineText, type TranslationUnit } from '../model';
import { codeContent } from '../inline-code';
import { escapeAttr, escapeText, writingUnit, type InvalidCharPolicy } from '../xml/escape';
import { toTmxDate } from './dates';
import { propTypeToTmx, type TmxWriteHeader } from './header';
import { joinChunks } from '../chunks';

export type { TmxWriteHeader } from './header';

export interface TmxWriteOptions {
  /** Characters XML 1.0 cannot carry: throw (default) or write U+FFFD. */
  invalidChars?: InvalidCharPolicy;
  /** Approximate size of the chunks `serializeTmxChunks` yields (default 64 KiB). */
  chunkChars?: number;
}

const TOOL_VERSION = '0.1.0';

/**
 * Writes TMX 1.4b, valid against the TMX 1.4b DTD (the DOCTYPE is not written, so no tool
 * tries to fetch the DTD). Units with the same id that follow each other and share source
 * language and source text become one tu with several target tuvs; their metadata then sits
 * on the target tuvs so that each unit reads back unchanged. A repeated id elsewhere is a
 * CONFLICT error since the result would not be valid input for any TMX reader that checks tuids.
 */
export function* serializeTmxChunks(units: Iterable<TranslationUnit>, header: TmxWriteHeader = {}, opts: TmxWriteOptions = {}): Generator<string, void, undefined> {
  const policy = opts.invalidChars ?? 'error';
  const chunkChars = opts.chunkChars ?? 65_536;
  const at = (s: string) => escapeAttr(s, policy);
  const tx = (s: string) => escapeText(s, policy);

  let buf = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  buf += `  <header creationtool="${at(header.creationTool ?? 'Sverka')}" creationtoolversion="${at(header.creationToolVersion ?? TOOL_VERSION)}"`;
  buf += ` segtype="${at(header.segType ?? 'sentence')}" o-tmf="${at(header.oTmf ?? 'Sverka')}" adminlang="${at(header.adminLang ?? 'en')}"`;
  buf += ` srclang="${at(header.srcLang ?? '*all*')}" datatype="${at(header.dataType ?? 'plaintext')}"`;
  if (header.created !== undefined) buf += ` creationdate="${toTmxDate(header.created)}"`;
  if (header.creator !== undefined) buf += ` creationid="${at(header.creator)}"`;
  const hProps = Object.entries(header.props ?? {});
  const hNotes = header.notes ?? [];
  if (hProps.length === 0 && hNotes.length === 0) buf += '/>\n';
  else {
    buf += '>\n';
    for (const n of hNotes) buf += `    <note>${tx(n)}</note>\n`;
    for (const [k, v] of hProps) buf += `    <prop type="${at(propTypeToTmx(k))}">${tx(v)}</prop>\n`;
    buf += '  </header>\n';
  }
  buf += '  <body>\n';

  const written = new Set<string>();
  let group: TranslationUnit[] = [];
  // 1-based position of the group's first unit (errors name it).
  let seen = 0;
  let groupStart = 1;

  const flush = (): string => {
    const g = group;
    group = [];
    if (g.length === 0) return '';
    const first = g[0] as TranslationUnit;
    if (first.id !== undefined) {
      if (written.has(first.id)) throw new SverkaError('CONFLICT', `Two units with id ${JSON.stringify(first.id)} are not adjacent; TMX needs unique tuids`, { id: first.id });
      written.add(first.id);
    }
    return writingUnit('TMX', groupStart, first, () => writeTu(g, at, tx));
  };

  // Parts joined once per chunk: cheaper than growing one string unit by unit.
  let parts: string[] = [buf];
  let size = buf.length;
  for (const u of units) {
    const last = group[group.length - 1];
    if (last && !(u.id !== undefined && u.id === last.id && u.sourceLang === last.sourceLang && sameInline(u.source, last.source))) {
      const tu = flush();
      parts.push(tu);
      size += tu.length;
      if (size >= chunkChars) {
        yield parts.join('');
        parts = [];
        size = 0;
      }
    }
    if (group.length === 0) groupStart = seen + 1;
    seen++;
    group.push(u);
  }
  parts.push(flush(), '  </body>\n</tmx>\n');
  yield parts.join('');
}

/** The whole TMX document as one string. */
export function serializeTmx(units: Iterable<TranslationUnit>, header?: TmxWriteHeader, opts?: TmxWriteOptions): string {
  return joinChunks(serializeTmxChunks(units, header, opts));
}

type Esc = (s: string) => string;

function writeTu(g: TranslationUnit[], at: Esc, tx: Esc): string {
  const first = g[0] as TranslationUnit;
  const single = g.length === 1;
  // Unit notes shared by every unit of the group belong to the tu (where a reader found them).
  const tuNotes = g.every((u) => sameList(u.notes, first.notes));
  let s = '    <tu';
  if (first.id !== undefined) s += ` tuid="${at(first.id)}"`;
  s += ` srclang="${at(first.sourceLang)}"`;
  if (single) s += metaAttrs(first, at);
  s += '>\n';
  if (tuNotes) s += notesXml(first.notes, '      ', tx);
  if (single) s += propsXml(first, '      ', at, tx);
  s += tuvXml(first.sourceLang, first.source, sourceNotesOf(g), '', '      ', at, tx);
  for (const u of g) {
    const notes = [...(tuNotes ? [] : u.notes), ...(u.targetNotes ?? [])];
    const inner = single ? '' : propsXml(u, '        ', at, tx);
    s += tuvXml(u.targetLang, u.target, notes, inner, '      ', at, tx, single ? '' : metaAttrs(u, at));
  }
  return s + '    </tu>\n';
}

// The source tuv is written once per tu: the source notes of all its units, each once.
function sourceNotesOf(g: TranslationUnit[]): string[] {
  const out: string[] = [];
  for (const u of g) for (const n of u.sourceNotes ?? []) if (g.length === 1 || !out.includes(n)) out.push(n);
  return out;
}

function tuvXml(lang: string, seg: InlineText, notes: readonly string[], props: string, indent: string, at: Esc, tx: Esc, attrs = ''): string {
  const head = `${indent}<tuv xml:lang="${at(lang)}"${attrs}>`;
  const body = `<seg>${inlineToTmx(seg, at, tx)}</seg>`;
  if (notes.length === 0 && props === '') return `${head}${body}</tuv>\n`;
  const inner = `${indent}  `;
  return `${head}\n${notesXml(notes, inner, tx)}${props}${inner}${body}\n${indent}</tuv>\n`;
}

function metaAttrs(u: TranslationUnit, at: Esc): string {
  let s = '';
  if (u.created !== undefined) s += ` creationdate="${toTmxDate(u.created)}"`;
  if (u.creator !== undefined) s += ` creationid="${at(u.creator)}"`;
  if (u.changed !== undefined) s += ` changedate="${toTmxDate(u.changed)}"`;
  if (u.changer !== undefined) s += ` changeid="${at(u.changer)}"`;
  return s;
}

// The DTD allows (note|prop)* in any order; notes first keeps them readable.
function notesXml(notes: readonly string[], indent: string, tx: Esc): string {
  let s = '';
  for (const n of notes) s += `${indent}<note>${tx(n)}</note>\n`;
  return s;
}

function propsXml(u: TranslationUnit, indent: string, at: Esc, tx: Esc): string {
  let s = '';
  for (const [k, v] of Object.entries(u.props)) s += `${indent}<prop type="${at(propTypeToTmx(k))}">${tx(v)}</prop>\n`;
  return s;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameInline(a: InlineText, b: InlineText): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Inline text -> TMX seg content (see `createTmxReader` for the mapping). */
export function inlineToTmx(inline: InlineText, at: Esc = (s) => escapeAttr(s), tx: Esc = (s) => escapeText(s)): string {
  if (inline.length === 1 && typeof inline[0] === 'string') return tx(inline[0]);
  const partner = pairIndex(inline);
  // hi must nest as XML; bpt/ept are leaves and may overlap freely.
  const marksNest = isWellNested(
    inline.map((r) => (typeof r !== 'string' && r.role !== 'mark' ? '' : r)),
    partner.map((p, i) => {
      const r = inline[i];
      return r !== undefined && typeof r !== 'string' && r.role === 'mark' ? p : -1;
    }),
  );
  let s = '';
  inline.forEach((run, i) => {
    if (typeof run === 'string') {
      s += tx(run);
      return;
    }
    const paired = (partner[i] ?? -1) >= 0;
    if (run.role === 'mark' && paired && marksNest && run.kind !== 'standalone') {
      if (run.kind === 'open') s += `<hi${xAttr(run.id, at, /^m\d+$/)}${typeAttr(run, at)}>`;
      else s += '</hi>';
      return;
    }
    const data = codeContent(run, 'type', tx, at);
    switch (run.kind) {
      case 'standalone':
        s += `<ph${xAttr(run.id, at)}${typeAttr(run, at)}${run.assoc === 'p' || run.assoc === 'f' || run.assoc === 'b' ? ` assoc="${run.assoc}"` : ''}>${data}</ph>`;
        return;
      case 'open':
        if (paired) s += `<bpt i="${at(run.id)}"${(run.x !== undefined ? ` x="${at(run.x)}"` : /^\d+$/.test(run.id) ? ` x="${run.id}"` : '')}${typeAttr(run, at)}>${data}</bpt>`;
        else s += `<it pos="begin"${xAttr(run.id, at)}${typeAttr(run, at)}>${data}</it>`;
        return;
      case 'close':
        if (paired) s += `<ept i="${at(run.id)}">${data}</ept>`;
        else s += `<it pos="end"${xAttr(run.id, at)}>${data}</it>`;
        return;
    }
  });
  return s;
}

function typeAttr(tag: InlineTag, at: Esc): string {
  return tag.type !== undefined ? ` type="${at(tag.type)}"` : '';
}

// The reader numbers codes without x as a1, a2, ... and marks as m1, m2, ...: such an id is
// not written (TMX wants a number there), so reading again generates the same one.
function xAttr(id: string, at: Esc, generated = /^a\d+$/): string {
  return generated.test(id) ? '' : ` x="${at(id)}"`;
}
