/**
 * The encoding of an XML (or CSV) file from its first bytes, so callers can decode before
 * handing text to a reader: BOM first (UTF-8, UTF-16LE/BE), then the NUL pattern of BOM-less
 * UTF-16 ("<\0?\0" / "\0<\0?"), then the XML declaration's encoding label, else UTF-8.
 * Labels are lower-case WHATWG/iconv names (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, ...).
 */
export function sniffXmlEncoding(head: Uint8Array): { encoding: string; bomLength: number } {
  const b0 = head[0];
  const b1 = head[1];
  if (b0 === 0xef && b1 === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (b0 === 0x3c && b1 === 0x00) return { encoding: 'utf-16le', bomLength: 0 };
  if (b0 === 0x00 && b1 === 0x3c) return { encoding: 'utf-16be', bomLength: 0 };
  // The declaration is ASCII by definition; read at most its first 200 bytes.
  let decl = '';
  for (let i = 0; i < Math.min(head.length, 200); i++) decl += String.fromCharCode(head[i] as number);
  const m = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl);
  const label = m?.[1]?.toLowerCase();
  // A declared UTF-16 without BOM or NULs is wrong; the bytes win.
  if (label === undefined || label === 'utf8' || label.startsWith('utf-16') || label === 'utf16') return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: label, bomLength: 0 };
}
