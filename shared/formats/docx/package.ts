import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeAttr, escapeText } from '../xml/escape';

/** The pieces of a minimal WordprocessingML document shared by Sverka's DOCX exports. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// A review document must not fail on a stray control character: those become U+FFFD.
const tx = (s: string) => escapeText(s, 'replace');
export const at = (s: string) => escapeAttr(s, 'replace');

/**
 * A .docx package around `document` (word/document.xml) with Sverka's styles (Normal, Title,
 * Heading1, the table style). Zip timestamps are fixed by default, so the same content gives
 * the same bytes.
 */
export function docxPackage(document: string, mtime?: Date): Uint8Array {
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
        `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
        `<w:style w:type="table" w:styleId="SverkaTable"><w:name w:val="Sverka Table"/><w:tblPr><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
        `</w:styles>`,
    ),
    'word/document.xml': strToU8(document),
  };
  return zipSync(files, { level: 6, mtime: mtime ?? new Date(Date.UTC(2020, 0, 1)) });
}

/** A fixed-layout table with thin grey borders (widths in twentieths of a point). */
export function table(widths: readonly number[], rows: string): string {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="SverkaTable"/><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}

/** An empty paragraph and the section properties: A4 landscape, 2 cm margins. */
export const A4_LANDSCAPE =
  `<w:p/><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;

/** A table row; a header row repeats on every page. */
export function row(cells: string[], widths: number[], header: boolean): string {
  const trPr = header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>';
  const shade = header ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
  return `<w:tr>${trPr}${cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 1000}" w:type="dxa"/>${shade}</w:tcPr>${c}</w:tc>`).join('')}</w:tr>`;
}

function rPr(lang: string, bold: boolean, tag = false): string {
  return `<w:rPr>${bold ? '<w:b/>' : ''}${tag ? '<w:color w:val="808080"/>' : ''}<w:lang w:val="${at(lang)}"/></w:rPr>`;
}

/** Text -> runs: tabs as <w:tab/>, line breaks as <w:br/>, spaces preserved. */
export function runs(text: string, lang: string, bold: boolean, tag = false): string {
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

export function para(text: string, lang: string, bold: boolean): string {
  return `<w:p>${runs(text, lang, bold)}</w:p>`;
}

