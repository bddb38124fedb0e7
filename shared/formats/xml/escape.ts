import { SverkaError } from '../../errors';

// Characters XML 1.0 cannot carry at all, even as character references.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVALID_XML_G = new RegExp(INVALID_XML.source, 'g');
// One cheap scan decides whether a string needs any work at all (the usual answer is no).
const NEEDS_TEXT = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NEEDS_ATTR = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** How writers treat characters XML 1.0 cannot represent (U+000B from Word, lone surrogates, ...). */
export type InvalidCharPolicy = 'error' | 'replace';

const CTRL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const SURROGATE = /[\uD800-\uDFFF]/;

function checkChars(s: string, policy: InvalidCharPolicy): string {
  // The full pattern (with look-around for lone surrogates) only runs when a suspect is present.
  if (!CTRL.test(s) && !SURROGATE.test(s)) return s;
  if (!INVALID_XML.test(s)) return s;
  if (policy === 'replace') return s.replace(INVALID_XML_G, '\uFFFD');
  const m = INVALID_XML.exec(s);
  const code = m ? m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') : '?';
  throw new SverkaError('BAD_REQUEST', `Character U+${code} cannot be written to XML 1.0`, { char: `U+${code}` });
}

/**
 * Escapes element content. `\r` becomes `&#13;` because XML parsers normalise bare CR and CRLF
 * to LF, which would silently change the text.
 */
export function escapeText(s: string, policy: InvalidCharPolicy = 'error'): string {
  if (!NEEDS_TEXT.test(s)) return s;
  s = checkChars(s, policy);
  if (!/[&<>\r]/.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; tabs and newlines as references since attribute normalisation would turn them into spaces. */
export function escapeAttr(s: string, policy: InvalidCharPolicy = 'error'): string {
  if (!NEEDS_ATTR.test(s)) return s;
  s = checkChars(s, policy);
  if (!/[&<>"\t\n\r]/.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * Runs `write` for one unit; a character XML 1.0 cannot carry becomes an error that names the
 * unit (its position, id and the start of its source) and the formats that keep the character,
 * so a memory of thousands of units is not refused with no clue where to look.
 */
export function writingUnit<T>(
  format: string,
  n: number,
  unit: { id?: string; source: ReadonlyArray<string | object> },
  write: () => T,
): T {
  try {
    return write();
  } catch (err) {
    if (!(err instanceof SverkaError) || err.code !== 'BAD_REQUEST' || typeof err.details?.char !== 'string') throw err;
    const text = unit.source.filter((r): r is string => typeof r === 'string').join('');
    const start = text.replace(INVALID_XML_G, ' ').trim().slice(0, 40);
    const id = unit.id !== undefined ? ` (id ${JSON.stringify(unit.id)})` : '';
    throw new SverkaError(
      'BAD_REQUEST',
      `Unit ${n}${id}, "${start}${text.length > 40 ? '…' : ''}", holds the character ${err.details.char}, which ${format} (XML 1.0) cannot carry. ` +
        'Export as XLIFF 2.1 or CSV, which keep it, or remove it from the unit.',
      { ...err.details, unit: n, ...(unit.id !== undefined ? { id: unit.id } : {}) },
    );
  }
}
