import { isWellNested, pairIndex, type InlineTag, type InlineText, type TranslationUnit } from '../model';
import { codeContent } from '../inline-code';
import { escapeAttr, escapeText, writingUnit, type InvalidCharPolicy } from '../xml/escape';
import { canonicalDate } from '../model';
import { SverkaError } from '../../errors';
import { isNmtoken, statusTo12, UNTYPED_MARK, SVERKA_NOTE, SVERKA_TOOL_ID, TOOL_NAME, TOOL_VERSION, typeTo12, XLIFF12_NS } from './common';
import { joinChunks } from '../chunks';

export interface Xliff12WriteOptions {
  /** `original` of each `<file>` (default `sverka-tm`). */
  original?: string;
  /** `datatype` of each `<file>` (default `plaintext`). */
  datatype?: string;
  invalidChars?: InvalidCharPolicy;
  /** Approximate size of the chunks the generator yields (default 64 KiB). */
  chunkChars?: number;
}

type Esc = (s: string) => string;

/**
 * Writes XLIFF 1.2 valid against the OASIS 1.2 strict schema. Each run of units with the same
 * language pair becomes one `<file>` (source-language/target-language), so order is kept.
 * trans-unit ids are generated (the file says tool-id="sverka"); a unit's own id goes into
 * `resname`. Status maps to target@state/approved; props, dates and people travel in
 * `<note from="sverka:...">` elements so that every OASIS-valid tool keeps them.
 */
export function* serializeXliff12Chunks(units: Iterable<TranslationUnit>, opts: Xliff12WriteOptions = {}): Generator<string, void, undefined> {
  const policy = opts.invalidChars ?? 'error';
  const at: Esc = (s) => escapeAttr(s, policy);
  const tx: Esc = (s) => escapeText(s, policy);
  const chunkChars = opts.chunkChars ?? 65_536;
  let buf = `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${XLIFF12_NS}">\n`;
  let pair: string | undefined;
  let n = 0;
  const closeFile = '    </body>\n  </file>\n';
  for (const u of units) {
    const key = `${u.sourceLang}\u0000${u.targetLang}`;
    if (key !== pair) {
      if (pair !== undefined) buf += closeFile;
      pair = key;
      buf += `  <file original="${at(opts.original ?? 'sverka-tm')}" source-language="${at(lang(u.sourceLang))}" target-language="${at(lang(u.targetLang))}" datatype="${at(opts.datatype ?? 'plaintext')}" tool-id="${SVERKA_TOOL_ID}">\n`;
      buf += `    <header>\n      <tool tool-id="${SVERKA_TOOL_ID}" tool-name="${TOOL_NAME}" tool-version="${TOOL_VERSION}"/>\n    </header>\n    <body>\n`;
    }
    const at1 = ++n;
    buf += writingUnit('XLIFF 1.2', at1, u, () => writeUnit(u, at1, at, tx));
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  if (pair !== undefined) buf += closeFile;
  else {
    // The schema requires at least one <file>; an empty export still has to validate.
    buf += `  <file original="${at(opts.original ?? 'sverka-tm')}" source-language="und" datatype="${at(opts.datatype ?? 'plaintext')}" tool-id="${SVERKA_TOOL_ID}">\n`;
    buf += `    <header>\n      <tool tool-id="${SVERKA_TOOL_ID}" tool-name="${TOOL_NAME}" tool-version="${TOOL_VERSION}"/>\n    </header>\n    <body/>\n  </file>\n`;
  }
  buf += '</xliff>\n';
  yield buf;
}

export function serializeXliff12(units: Iterable<TranslationUnit>, opts?: Xliff12WriteOptions): string {
  return joinChunks(serializeXliff12Chunks(units, opts));
}

// xs:language; a tag the schema would reject is a caller error worth naming.
function lang(tag: string): string {
  if (!/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(tag)) throw new SverkaError('BAD_REQUEST', `Not a language tag XLIFF accepts: ${JSON.stringify(tag)}`);
  return tag;
}

function writeUnit(u: TranslationUnit, n: number, at: Esc, tx: Esc): string {
  const st = statusTo12(u.props.status);
  let s = `      <trans-unit id="${n}"`;
  if (u.id !== undefined) s += ` resname="${at(u.id)}"`;
  if (st?.approved) s += ' approved="yes"';
  s += ' xml:space="preserve">\n';
  s += `        <source>${inlineTo12(u.source, at, tx)}</source>\n`;
  s += `        <target${st ? ` state="${st.state}"` : ''}>${inlineTo12(u.target, at, tx, 'target')}</target>\n`;
  for (const note of u.notes) s += `        <note>${tx(note)}</note>\n`;
  for (const note of u.sourceNotes ?? []) s += `        <note annotates="source">${tx(note)}</note>\n`;
  for (const note of u.targetNotes ?? []) s += `        <note annotates="target">${tx(note)}</note>\n`;
  const meta: Array<[string, string | undefined]> = [
    ['created', u.created === undefined ? undefined : checkDate(u.created)],
    ['changed', u.changed === undefined ? undefined : checkDate(u.changed)],
    ['creator', u.creator],
    ['changer', u.changer],
  ];
  for (const [k, v] of meta) if (v !== undefined) s += `        <note from="${SVERKA_NOTE}${k}">${tx(v)}</note>\n`;
  for (const [k, v] of Object.entries(u.props)) s += `        <note from="${at(`${SVERKA_NOTE}prop:${k}`)}">${tx(v)}</note>\n`;
  return s + '      </trans-unit>\n';
}

function checkDate(iso: string): string {
  const d = canonicalDate(iso);
  if (d === undefined) throw new SverkaError('BAD_REQUEST', `Not an ISO 8601 date-time with zone: ${JSON.stringify(iso)}`);
  return d;
}

/**
 * Inline text -> XLIFF 1.2 content. Tags with native code use bpt/ept/ph/it (their content is
 * the code); tags without use g (well-nested pairs), bx/ex, x; marks use mrk when they nest.
 */
export function inlineTo12(inline: InlineText, at: Esc = (s) => escapeAttr(s), tx: Esc = (s) => escapeText(s), where: 'source' | 'target' = 'source'): string {
  if (inline.length === 1 && typeof inline[0] === 'string') return tx(inline[0]);
  const partner = pairIndex(inline);
  // Elements that must nest as XML: g (pairs without code) and mrk.
  const nests = (i: number): boolean => {
    const r = inline[i];
    if (r === undefined || typeof r === 'string' || r.kind === 'standalone' || (partner[i] ?? -1) < 0) return false;
    if (r.role === 'mark') return true;
    const p = inline[partner[i] as number];
    // </g> carries nothing, so a close with its own code or disp needs the ex form.
    return r.data === undefined && p !== undefined && typeof p !== 'string' && p.data === undefined && (r.kind === 'open' ? p.disp : r.disp) === undefined;
  };
  const nestedIdx = partner.map((p, i) => (nests(i) ? p : -1));
  const asElements = isWellNested(inline, nestedIdx);
  let s = '';
  let gDepth = 0;
  inline.forEach((run, i) => {
    if (typeof run === 'string') {
      s += tx(run);
      return;
    }
    const disp = run.disp !== undefined ? ` equiv-text="${at(run.disp)}"` : '';
    if (asElements && nestedIdx[i] !== -1) {
      if (run.kind === 'close') {
        if (run.role === 'mark') s += '</mrk>';
        else {
          s += '</g>';
          gDepth--;
        }
      } else if (run.role === 'mark') {
        // The schema ties mid of a mrk directly inside <target> to <seg-source> segments, so
        // such marks go without mid and read back numbered m1, m2, ... (see read12).
        const mid = isNmtoken(run.id) && !(where === 'target' && gDepth === 0) ? ` mid="${at(run.id)}"` : '';
        s += `<mrk mtype="${at(run.type === undefined ? UNTYPED_MARK : typeTo12(run.type, 'mtype'))}"${mid}>`;
      } else {
        s += `<g id="${at(run.id)}"${ctype(run, 'delimiter', at)}${disp}>`;
        gDepth++;
      }
      return;
    }
    const paired = (partner[i] ?? -1) >= 0;
    const id = ` id="${at(run.id)}"`;
    if (run.data !== undefined) {
      const data = codeContent(run, 'ctype', tx, at);
      switch (run.kind) {
        case 'standalone':
          s += `<ph${id}${ctype(run, 'placeholder', at)}${assoc(run)}${disp}>${data}</ph>`;
          return;
        case 'open':
          s += paired ? `<bpt${id}${ctype(run, 'delimiter', at)}${disp}>${data}</bpt>` : `<it${id} pos="open"${ctype(run, 'delimiter', at)}${disp}>${data}</it>`;
          return;
        case 'close':
          s += paired ? `<ept${id}${disp}>${data}</ept>` : `<it${id} pos="close"${disp}>${data}</it>`;
          return;
      }
    }
    switch (run.kind) {
      case 'standalone':
        s += `<x${id}${ctype(run, 'placeholder', at)}${disp}/>`;
        return;
      case 'open':
        s += `<bx${id}${ctype(run, 'delimiter', at)}${disp}/>`;
        return;
      case 'close':
        s += `<ex${id}${disp}/>`;
        return;
    }
  });
  return s;
}

function assoc(tag: InlineTag): string {
  return tag.assoc === 'p' || tag.assoc === 'f' || tag.assoc === 'b' ? ` assoc="${tag.assoc}"` : '';
}

function ctype(tag: InlineTag, list: 'delimiter' | 'placeholder', at: Esc): string {
  return tag.type !== undefined ? ` ctype="${at(typeTo12(tag.type, list))}"` : '';
}
