import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { SverkaError } from '../../../shared/errors';

/** Largest uncompressed size of one extracted .docx part (document.xml, footnotes.xml, endnotes.xml). */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;
/** Compression ratio above which a part is treated as a zip bomb. */
export const MAX_DOCX_RATIO = 200;
/** More entries than this is not a Word document but an attack or a broken archive. */
export const MAX_DOCX_ENTRIES = 10_000;

const WANTED = new Set(['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml']);

/**
 * Extracts the text of a .docx: one paragraph per `w:p`, separated by blank lines; tabs and
 * manual line breaks kept; deleted revisions, the old place of moved text, field codes and the
 * fallback copy Word writes of every text box (mc:Fallback) dropped. Footnotes, then endnotes,
 * are appended after the body (when present) and reported in `warnings`. Declared sizes are checked
 * before anything is inflated, and output can never exceed the declared size, so a zip bomb
 * is refused without allocating it.
 */
export function docxToText(bytes: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let files: Record<string, Uint8Array>;
  let entries = 0;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        entries++;
        if (entries > MAX_DOCX_ENTRIES) {
          throw new SverkaError('PARSE_ERROR', `The .docx archive has more than ${MAX_DOCX_ENTRIES} entries; refusing it.`);
        }
        if (!WANTED.has(f.name)) return false;
        if (f.originalSize > MAX_DOCX_PART_BYTES || (f.size > 0 && f.originalSize / f.size > MAX_DOCX_RATIO && f.originalSize > 1024 * 1024)) {
          throw new SverkaError(
            'PARSE_ERROR',
            `The .docx part ${f.name} would expand to ${f.originalSize} bytes from ${f.size} (limit ${MAX_DOCX_PART_BYTES} bytes, ratio ${MAX_DOCX_RATIO}): it looks like a zip bomb.`,
            { part: f.name, originalSize: f.originalSize, size: f.size },
          );
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof SverkaError) throw err;
    throw new SverkaError('PARSE_ERROR', `The .docx file is damaged (not a readable zip archive): ${err instanceof Error ? err.message : String(err)}.`);
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new SverkaError('PARSE_ERROR', 'The .docx file has no word/document.xml: it is not a Word document.');
  const body = wordXmlToParagraphs(doc, 'word/document.xml');
  const notesXml = files['word/footnotes.xml'];
  let notes: string[] = [];
  if (notesXml) {
    notes = wordXmlToParagraphs(notesXml, 'word/footnotes.xml', true);
    if (notes.length > 0) warnings.push(`${notes.length} footnote paragraph(s) appended after the text.`);
  }
  const endXml = files['word/endnotes.xml'];
  let endnotes: string[] = [];
  if (endXml) {
    endnotes = wordXmlToParagraphs(endXml, 'word/endnotes.xml', true);
    if (endnotes.length > 0) warnings.push(`${endnotes.length} endnote paragraph(s) appended after the text.`);
  }
  const paragraphs = [...body, ...notes, ...endnotes];
  return { text: paragraphs.join('\n\n'), warnings };
}

/**
 * Elements whose text is not the document's: deleted revisions, the old place of moved text,
 * field codes, and the fallback Word writes beside each drawing (a text box appears once as a
 * drawing and again as VML for old readers).
 */
const SKIPPED = new Set(['w:del', 'w:instrText', 'w:delText', 'w:moveFrom', 'mc:Fallback']);

function wordXmlToParagraphs(bytes: Uint8Array, part: string, footnotes = false): string[] {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SverkaError('PARSE_ERROR', `The .docx part ${part} is not valid UTF-8 XML.`);
  }
  const paragraphs: string[] = [];
  // Paragraphs nest (a text box inside a paragraph): the outer one resumes after the inner.
  const open: string[] = [];
  let current: string | null = null;
  let inText = false;
  let skipDepth = 0; // inside an element of SKIPPED
  let footnoteSkip = false;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (footnotes && (name === 'w:footnote' || name === 'w:endnote')) {
      const type = tag.attributes['w:type'];
      footnoteSkip = type === 'separator' || type === 'continuationSeparator';
    }
    if (SKIPPED.has(name)) skipDepth++;
    if (skipDepth > 0 || footnoteSkip) return;
    switch (name) {
      case 'w:p':
        if (current !== null) open.push(current);
        current = '';
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (current !== null) current += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (current !== null) current += '\n';
        break;
      case 'w:noBreakHyphen':
        if (current !== null) current += '\u2011';
        break;
      case 'w:softHyphen':
        if (current !== null) current += '\u00AD';
        break;
      default:
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && skipDepth === 0 && !footnoteSkip && current !== null) current += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (SKIPPED.has(name)) {
      skipDepth = Math.max(0, skipDepth - 1);
      return;
    }
    if (name === 'w:footnote' || name === 'w:endnote') footnoteSkip = false;
    if (name === 'w:t') inText = false;
    // A paragraph inside skipped content (a text box's fallback copy) was never opened.
    if (skipDepth > 0 || footnoteSkip) return;
    if (name === 'w:p' && current !== null) {
      if (current.trim() !== '') paragraphs.push(current.replace(/^[ \t]+|[ \t]+$/g, ''));
      current = open.pop() ?? null;
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw new SverkaError('PARSE_ERROR', `The .docx part ${part} is not well-formed XML: ${err instanceof Error ? err.message : String(err)}`);
  }
  return paragraphs;
}
