import { ParseError } from '../../errors';
import { cleanTag, type InlineTag, type InlineText } from '../model';

/** Fixed columns, in the order the writer emits them; `prop:<key>` and `note_<n>` follow. */
export const CSV_COLUMNS = [
  'source_lang',
  'target_lang',
  'source',
  'target',
  'status',
  'note',
  'id',
  'created',
  'changed',
  'creator',
  'changer',
  'source_tags',
  'target_tags',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Inline text -> cell text plus a tags cell. Without tags the cell is the plain text and the
 * tags cell is empty, so spreadsheets show ordinary text. With tags, each tag becomes `{n}`
 * (open), `{/n}` (close) or `{n/}` (standalone), n indexing the JSON array in the tags cell,
 * and a literal `{` is doubled.
 */
export function inlineToCell(inline: InlineText): { text: string; tags: string } {
  if (inline.every((r) => typeof r === 'string')) return { text: inline.join(''), tags: '' };
  const tags: InlineTag[] = [];
  let text = '';
  for (const run of inline) {
    if (typeof run === 'string') {
      text += run.replace(/\{/g, '{{');
      continue;
    }
    tags.push(run);
    const n = tags.length;
    text += run.kind === 'open' ? `{${n}}` : run.kind === 'close' ? `{/${n}}` : `{${n}/}`;
  }
  return { text, tags: JSON.stringify(tags) };
}

/** Inverse of `inlineToCell`; `where` names the cell in errors. */
export function cellToInline(text: string, tagsCell: string, where: { line: number; column: string }): InlineText {
  if (tagsCell === '') return text === '' ? [] : [text];
  const fail = (msg: string): never => {
    throw new ParseError(`${msg} in column ${where.column}`, { line: where.line, column: 0, reason: 'csv-tags' });
  };
  let tags: unknown;
  try {
    tags = JSON.parse(tagsCell);
  } catch {
    return fail('Tags cell is not JSON');
  }
  if (!Array.isArray(tags) || !tags.every(isTag)) return fail('Tags cell is not an array of tags');
  const list = tags as InlineTag[];
  const out: Array<string | InlineTag> = [];
  let buf = '';
  const re = /\{\{|\{(\/?)(\d+)(\/?)\}|\{/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    buf += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{') {
      buf += '{';
      continue;
    }
    if (m[2] === undefined) fail(`Lone "{" at position ${m.index}`);
    const tag = list[Number(m[2]) - 1];
    if (!tag) return fail(`Tag {${m[2]}} has no entry in the tags cell`);
    const kind = m[1] ? 'close' : m[3] ? 'standalone' : 'open';
    if (kind !== tag.kind || (m[1] && m[3])) fail(`Tag token ${m[0]} does not match a ${tag.kind} tag`);
    if (buf !== '') out.push(buf);
    buf = '';
    out.push(cleanTag(tag));
  }
  buf += text.slice(last);
  if (buf !== '') out.push(buf);
  return out;
}

function isTag(v: unknown): v is InlineTag {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  if (t.kind !== 'open' && t.kind !== 'close' && t.kind !== 'standalone') return false;
  if (typeof t.id !== 'string') return false;
  if (t.role !== undefined && t.role !== 'mark') return false;
  for (const k of ['type', 'data', 'disp', 'x', 'assoc'] as const) if (t[k] !== undefined && typeof t[k] !== 'string') return false;
  if (t.subs !== undefined && !(Array.isArray(t.subs) && t.subs.every(isSub))) return false;
  return true;
}

function isSub(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return false;
  return (s.type === undefined || typeof s.type === 'string') && (s.datatype === undefined || typeof s.datatype === 'string');
}

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR as a formula
 * (CSV injection). The writer prefixes such a cell with `'`, and one more `'` before a cell
 * that already starts with apostrophes and then such a character, so that `unguardCell` can
 * undo it exactly: a guarded file still reads back unchanged.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

export function guardCell(v: string): string {
  return FORMULA.test(v) ? `'${v}` : v;
}

export function unguardCell(v: string): string {
  return v.startsWith("'") && FORMULA.test(v) ? v.slice(1) : v;
}
