import { allNotes, plainText, type InlineText, type TranslationUnit } from '../model';
import { A4_LANDSCAPE, docxPackage, para, R, row, runs, table, W } from './package';

export interface BilingualDocxOptions {
  /** Heading above the table. */
  title?: string;
  /** Column headings (default Russian | Deutsch | Status | Anmerkung). */
  labels?: { source?: string; target?: string; status?: string; note?: string };
  /**
   * Zip timestamps; fixed by default so that the same units give the same bytes (reproducible
   * exports, stable tests).
   */
  mtime?: Date;
}

/**
 * A bilingual review table as a .docx (Russian | German | status | note), built from minimal
 * WordprocessingML: A4 landscape, header row repeated on every page, each text column tagged
 * with its language so Word spell-checks it correctly, tabs and line breaks kept, inline tags
 * shown as grey `{n}` markers (`{/n}` closing, `{n/}` standalone).
 */
export function writeBilingualDocx(units: Iterable<TranslationUnit>, opts: BilingualDocxOptions = {}): Uint8Array {
  const labels = { source: 'Русский', target: 'Deutsch', status: 'Status', note: 'Anmerkung', ...opts.labels };
  // Twentieths of a point; A4 landscape minus 2 cm margins leaves 14 570.
  const widths = [5600, 5600, 1300, 2070];
  let rows = '';
  rows += row([para(labels.source, 'ru-RU', true), para(labels.target, 'de-DE', true), para(labels.status, 'de-DE', true), para(labels.note, 'de-DE', true)], widths, true);
  for (const u of units) {
    rows += row(
      [inlinePara(u.source, u.sourceLang), inlinePara(u.target, u.targetLang), para(u.props.status ?? '', 'en-US', false), para(allNotes(u).join('\n'), u.targetLang, false)],
      widths,
      false,
    );
  }
  const title = opts.title !== undefined ? `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${runs(opts.title, 'de-DE', false)}</w:p>` : '';
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${title}` +
    `${table(widths, rows)}${A4_LANDSCAPE}</w:body></w:document>`;

  return docxPackage(document, opts.mtime);
}

function inlinePara(inline: InlineText, lang: string): string {
  if (inline.every((r) => typeof r === 'string')) return para(plainText(inline), lang, false);
  let out = '';
  let n = 0;
  for (const r of inline) {
    if (typeof r === 'string') out += runs(r, lang, false);
    else {
      n++;
      out += runs(r.kind === 'open' ? `{${n}}` : r.kind === 'close' ? `{/${n}}` : `{${n}/}`, lang, false, true);
    }
  }
  return `<w:p>${out}</w:p>`;
}
