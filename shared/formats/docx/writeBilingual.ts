import { strToU8, zipSync, type Zippable } from 'fflate';
import { allNotes, plainText, type InlineText, type TranslationUnit } from '../model';
import { escapeAttr, escapeText } from '../xml/escape';

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

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// A review document must not fail on a stray control character: those become U+FFFD.
const tx = (s: string) => escapeText(s, 'replace');
const at = (s: string) => escapeAttr(s, 'replace');

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
    `<w:tbl><w:tblPr><w:tblStyle w:val="SverkaTable"/><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`).join('')}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>` +
    `<w:p/><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`;

  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
        `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="20"/></w:rPr></w:rPrDefault>` +
        `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
        `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
        `<w:style w:type="table" w:styleId="SverkaTable"><w:name w:val="Sverka Table"/><w:tblPr><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
        `</w:styles>`,
    ),
    'word/document.xml': strToU8(document),
  };
  return zipSync(files, { level: 6, mtime: opts.mtime ?? new Date(Date.UTC(2020, 0, 1)) });
}

function row(cells: string[], widths: number[], header: boolean): string {
  const trPr = header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>';
  const shade = header ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
  return `<w:tr>${trPr}${cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 1000}" w:type="dxa"/>${shade}</w:tcPr>${c}</w:tc>`).join('')}</w:tr>`;
}

function rPr(lang: string, bold: boolean, tag = false): string {
  return `<w:rPr>${bold ? '<w:b/>' : ''}${tag ? '<w:color w:val="808080"/>' : ''}<w:lang w:val="${at(lang)}"/></w:rPr>`;
}

/** Text -> runs: tabs as <w:tab/>, line breaks as <w:br/>, spaces preserved. */
function runs(text: string, lang: string, bold: boolean, tag = false): string {
  let out = '';
  for (const [i, line] of text.split(/\r\n|\r|\n/).entries()) {
    if (i > 0) out += `<w:r>${rPr(lang, bold, tag)}<w:br/></w:r>`;
    for (const [j, piece] of line.split('\t').entries()) {
      if (j > 0) out += `<w:r>${rPr(lang, bold, tag)}<w:tab/></w:r>`;
      if (piece !== '') out += `<w:r>${rPr(lang, bold, tag)}<w:t xml:space="preserve">${tx(piece)}</w:t></w:r>`;
    }
  }
  return out;
}

function para(text: string, lang: string, bold: boolean): string {
  return `<w:p>${runs(text, lang, bold)}</w:p>`;
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
