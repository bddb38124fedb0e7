import { SverkaError } from '../../errors';
import { canonicalDate, isWellNested, pairIndex, type InlineTag, type InlineText, type TranslationUnit } from '../model';
import { escapeAttr, escapeText, type InvalidCharPolicy } from '../xml/escape';
import { isNmtoken, markTypeTo2, MDA_NS, statusTo2, TOOL_NAME, TOOL_VERSION, typeTo2, XLIFF2_NS } from './common';

export interface Xliff21WriteOptions {
  /** `original` of the `<file>` (default `sverka-tm`). */
  original?: string;
  /** Language pair to declare; default: the first unit's. Every unit must have this pair. */
  srcLang?: string;
  trgLang?: string;
  /** For lone surrogates only: other characters XML cannot carry are written as `<cp hex>`. */
  invalidChars?: InvalidCharPolicy;
  chunkChars?: number;
}

type Esc = (s: string) => string;

/** Category of the mda:metaGroup holding Sverka's unit metadata. */
export const SVERKA_META_CATEGORY = 'sverka';

/**
 * Writes XLIFF 2.1 (namespace urn:oasis:names:tc:xliff:document:2.0, version="2.1"), valid
 * against the 2.x core schema; Sverka's metadata goes in the Metadata module
 * (`<mda:metadata><mda:metaGroup category="sverka">`), which the core schema admits at file
 * and unit level. A document holds one language pair (`groupByLangPair` splits a mixed set).
 * Unit ids are generated (`u1`, ...); the unit's own id goes into `name`. Native code goes to
 * `<originalData>`; characters XML cannot carry are written as `<cp hex>`.
 */
export function* serializeXliff21Chunks(units: Iterable<TranslationUnit>, opts: Xliff21WriteOptions = {}): Generator<string, void, undefined> {
  const policy = opts.invalidChars ?? 'error';
  const at: Esc = (s) => escapeAttr(s, policy);
  const chunkChars = opts.chunkChars ?? 65_536;
  let buf = '';
  let n = 0;
  let src = opts.srcLang;
  let trg = opts.trgLang;
  for (const u of units) {
    if (n === 0) {
      src ??= u.sourceLang;
      trg ??= u.targetLang;
      buf += `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${XLIFF2_NS}" xmlns:mda="${MDA_NS}" version="2.1" srcLang="${at(src)}" trgLang="${at(trg)}">\n`;
      buf += `  <file id="f1" original="${at(opts.original ?? 'sverka-tm')}">\n`;
      buf += `    <mda:metadata>\n      <mda:metaGroup category="${SVERKA_META_CATEGORY}">\n        <mda:meta type="generator">${TOOL_NAME} ${TOOL_VERSION}</mda:meta>\n      </mda:metaGroup>\n    </mda:metadata>\n`;
    }
    if (u.sourceLang !== src || u.targetLang !== trg) {
      throw new SverkaError('BAD_REQUEST', `XLIFF 2 holds one language pair per document: ${src}->${trg}, but unit ${n + 1} is ${u.sourceLang}->${u.targetLang}`, {
        index: n,
      });
    }
    buf += writeUnit(u, ++n, at, policy);
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  if (n === 0) throw new SverkaError('BAD_REQUEST', 'An XLIFF 2 document needs at least one unit');
  buf += '  </file>\n</xliff>\n';
  yield buf;
}

export function serializeXliff21(units: Iterable<TranslationUnit>, opts?: Xliff21WriteOptions): string {
  let s = '';
  for (const c of serializeXliff21Chunks(units, opts)) s += c;
  return s;
}

/** Splits units into language pairs (in order of first appearance), one XLIFF 2 document each. */
export function groupByLangPair(units: Iterable<TranslationUnit>): Array<{ sourceLang: string; targetLang: string; units: TranslationUnit[] }> {
  const groups = new Map<string, { sourceLang: string; targetLang: string; units: TranslationUnit[] }>();
  for (const u of units) {
    const key = `${u.sourceLang}\u0000${u.targetLang}`;
    let g = groups.get(key);
    if (!g) {
      g = { sourceLang: u.sourceLang, targetLang: u.targetLang, units: [] };
      groups.set(key, g);
    }
    g.units.push(u);
  }
  return [...groups.values()];
}

// Characters XML 1.0 cannot hold, except surrogates (cp cannot name those either).
const CP_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function text2(s: string, policy: InvalidCharPolicy): string {
  if (!CP_CHARS.test(s)) return escapeText(s, policy);
  CP_CHARS.lastIndex = 0;
  let out = '';
  let last = 0;
  for (const m of s.matchAll(CP_CHARS)) {
    out += escapeText(s.slice(last, m.index), policy);
    out += `<cp hex="${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
    last = m.index + 1;
  }
  return out + escapeText(s.slice(last), policy);
}

function writeUnit(u: TranslationUnit, n: number, at: Esc, policy: InvalidCharPolicy): string {
  const tx: Esc = (s) => text2(s, policy);
  let s = `    <unit id="u${n}"`;
  if (u.id !== undefined) s += ` name="${at(u.id)}"`;
  s += '>\n';
  const metas: Array<[string, string]> = [];
  if (u.created !== undefined) metas.push(['created', checkDate(u.created)]);
  if (u.changed !== undefined) metas.push(['changed', checkDate(u.changed)]);
  if (u.creator !== undefined) metas.push(['creator', u.creator]);
  if (u.changer !== undefined) metas.push(['changer', u.changer]);
  for (const [k, v] of Object.entries(u.props)) metas.push([`prop:${k}`, v]);
  if (metas.length > 0) {
    s += `      <mda:metadata>\n        <mda:metaGroup category="${SVERKA_META_CATEGORY}">\n`;
    for (const [k, v] of metas) s += `          <mda:meta type="${at(k)}">${escapeText(v, policy)}</mda:meta>\n`;
    s += '        </mda:metaGroup>\n      </mda:metadata>\n';
  }
  const sideNotes: Array<[string, readonly string[]]> = [
    ['', u.notes],
    [' appliesTo="source"', u.sourceNotes ?? []],
    [' appliesTo="target"', u.targetNotes ?? []],
  ];
  if (sideNotes.some(([, list]) => list.length > 0)) {
    s += '      <notes>\n';
    // <cp> is allowed in source, target and data only.
    for (const [attr, list] of sideNotes) for (const note of list) s += `        <note${attr}>${escapeText(note, policy)}</note>\n`;
    s += '      </notes>\n';
  }
  const data = new Map<string, string>();
  const source = inlineTo21(u.source, data, at, tx);
  const target = inlineTo21(u.target, data, at, tx);
  if (data.size > 0) {
    s += '      <originalData>\n';
    for (const [code, id] of data) s += `        <data id="${id}">${tx(code)}</data>\n`;
    s += '      </originalData>\n';
  }
  const st = statusTo2(u.props.status);
  s += `      <segment${st ? ` state="${st.state}"` : ''}${st?.subState ? ` subState="${st.subState}"` : ''}>\n`;
  s += `        <source xml:space="preserve">${source}</source>\n`;
  s += `        <target xml:space="preserve">${target}</target>\n`;
  return s + '      </segment>\n    </unit>\n';
}

function checkDate(iso: string): string {
  const d = canonicalDate(iso);
  if (d === undefined) throw new SverkaError('BAD_REQUEST', `Not an ISO 8601 date-time with zone: ${JSON.stringify(iso)}`);
  return d;
}

// Inline ids must be NMTOKENs; others are made into one (the only lossy case).
function nm(id: string): string {
  if (isNmtoken(id)) return id;
  const clean = id.replace(/[^\p{L}\p{M}\p{N}._\-]/gu, '_');
  return clean === '' ? '_' : clean;
}

/**
 * Inline text -> XLIFF 2 content: pc/mrk for pairs that nest, sc/ec and sm/em otherwise,
 * ph for standalone codes; `data` holds code -> data id and is shared by source and target.
 */
export function inlineTo21(inline: InlineText, data: Map<string, string>, at: Esc, tx: Esc): string {
  const partner = pairIndex(inline);
  const asElements = isWellNested(inline, partner);
  const ref = (code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    let id = data.get(code);
    if (id === undefined) {
      id = `d${data.size + 1}`;
      data.set(code, id);
    }
    return id;
  };
  let s = '';
  inline.forEach((run, i) => {
    if (typeof run === 'string') {
      s += tx(run);
      return;
    }
    const p = partner[i] ?? -1;
    const id = at(nm(run.id));
    if (run.role === 'mark' && run.kind !== 'standalone') {
      const type = run.kind === 'open' && run.type !== undefined ? ` type="${at(markTypeTo2(run.type))}"` : '';
      if (asElements && p >= 0) s += run.kind === 'open' ? `<mrk id="${id}"${type}>` : '</mrk>';
      else s += run.kind === 'open' ? `<sm id="${id}"${type}/>` : `<em startRef="${id}"/>`;
      return;
    }
    const d = ref(run.data);
    switch (run.kind) {
      case 'standalone':
        s += `<ph id="${id}"${types(run, at)}${attr('dataRef', d)}${attr('disp', run.disp, at)}/>`;
        return;
      case 'open': {
        if (asElements && p >= 0) {
          const close = inline[p] as InlineTag;
          const dEnd = ref(close.data);
          s += `<pc id="${id}"${types(run, at)}${attr('dataRefStart', d)}${attr('dataRefEnd', dEnd)}${attr('dispStart', run.disp, at)}${attr('dispEnd', close.disp, at)}>`;
        } else {
          s += `<sc id="${id}"${p < 0 ? ' isolated="yes"' : ''}${types(run, at)}${attr('dataRef', d)}${attr('disp', run.disp, at)}/>`;
        }
        return;
      }
      case 'close':
        if (asElements && p >= 0) s += '</pc>';
        else if (p < 0) s += `<ec id="${id}" isolated="yes"${attr('dataRef', d)}${attr('disp', run.disp, at)}/>`;
        else s += `<ec startRef="${id}"${attr('dataRef', d)}${attr('disp', run.disp, at)}/>`;
        return;
    }
  });
  return s;
}

function types(tag: InlineTag, at: Esc): string {
  if (tag.type === undefined) return '';
  const t = typeTo2(tag.type);
  return ` type="${at(t.type)}"${t.subType !== undefined ? ` subType="${at(t.subType)}"` : ''}`;
}

function attr(name: string, value: string | undefined, at: Esc = (s) => s): string {
  return value === undefined ? '' : ` ${name}="${at(value)}"`;
}
