import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, guessEncoding } from '../../renderer/features/import/detect';

const DE = 'Der Präsident erklärte, dass die Gespräche erfolgreich waren. Übrigens: Straße, Größe, Bär – alles gut.';
const RU = 'Президент заявил, что переговоры прошли успешно. Всё остальное обсудят в ноябре.';

describe('import dialog: the encoding guessed for the preview', () => {
  it.each([
    ['German in windows-1252', DE, 'windows-1252'],
    ['German in latin1', DE.replace('–', '-'), 'latin1'],
    ['Russian in windows-1251', RU, 'windows-1251'],
    ['Russian in koi8-r', RU, 'koi8-r'],
    ['Russian in ibm866', RU, 'cp866'],
    ['German in UTF-16LE without BOM', DE, 'utf-16le'],
    ['German in UTF-16BE without BOM', DE, 'utf-16be'],
    ['Russian in UTF-16LE without BOM', RU, 'utf-16le'],
    ['Russian in UTF-16BE without BOM', RU, 'utf-16be'],
  ])('previews %s as the text it is', (_name, text, encoding) => {
    const bytes = Uint8Array.from(iconv.encode(text, encoding));
    expect(decode(bytes, guessEncoding(bytes))).toBe(text);
  });
});
