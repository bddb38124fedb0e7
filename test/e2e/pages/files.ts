import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** How many translation pairs an exported file holds, read the way its format is built. */
export function unitsIn(format: string, bytes: Buffer): number {
  const text = () => bytes.toString('utf8');
  const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
  switch (format) {
    case 'tmx':
      return count(text(), /<tu[\s>]/g);
    case 'xliff12':
      return count(text(), /<trans-unit[\s>]/g);
    case 'xliff21':
      return count(text(), /<unit[\s>]/g);
    case 'html':
      return count(text().split('<tbody>')[1] ?? '', /<tr[\s>]/g);
    case 'docx': {
      const doc = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
      // One header row, repeated on every page; the rest are pairs.
      return count(doc, /<w:tr>/g) - count(doc, /<w:tblHeader\/>/g);
    }
    default:
      throw new Error(`no unit count for ${format}`);
  }
}

/** Runs `trigger`, waits for the download it starts and returns the file's name and bytes. */
export async function downloaded(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}
