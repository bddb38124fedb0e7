import { A4_LANDSCAPE, docxPackage, para, R, row, runs, table, W } from '../docx/package';
import { flagLine, provenanceLine, stateLabel, summaryRows, verdictLine, type FactCheckReport } from './model';

/** A4 landscape minus 2 cm margins: 14 570 twentieths of a point. */
const WIDTHS = [3900, 3900, 3270, 2100, 1400];
const SUMMARY_WIDTHS = [5000, 1200];

const heading = (text: string, style: 'Title' | 'Heading1') => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs(text, 'en-US', false)}</w:p>`;

/**
 * The fact-check report as a .docx: title, the summary table, then one row per quotation
 * (German | Russian source | flags | verdict and comment | link provenance), text columns
 * tagged with their language so Word spell-checks them.
 */
export function writeFactCheckDocx(r: FactCheckReport, mtime?: Date): Uint8Array {
  const summary = summaryRows(r.summary)
    .map(([k, v]) => row([para(k, 'en-US', false), para(String(v), 'en-US', false)], SUMMARY_WIDTHS, false))
    .join('');
  let rows = row(['German quotation', 'Russian source', 'Flags', 'Verdict and comment', 'Link'].map((h) => para(h, 'en-US', true)), WIDTHS, true);
  for (const e of r.entries) {
    const flags = e.state !== 'ok' ? stateLabel(e.state) : e.flags.length === 0 ? 'no flags' : e.flags.map(flagLine).join('\n');
    rows += row(
      [para(e.german, 'de-DE', false), para(e.russian ?? '—', 'ru-RU', false), para(flags, 'en-US', false), para(verdictLine(e.verdict), 'en-US', false), para(provenanceLine(e.link), 'en-US', false)],
      WIDTHS,
      false,
    );
  }
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${heading(r.title, 'Title')}` +
    (r.subtitle !== undefined ? para(r.subtitle, 'en-US', false) : '') +
    `${heading('Summary', 'Heading1')}${table(SUMMARY_WIDTHS, summary)}${heading('Quotations', 'Heading1')}${table(WIDTHS, rows)}` +
    `${A4_LANDSCAPE}</w:body></w:document>`;
  return docxPackage(document, mtime);
}
