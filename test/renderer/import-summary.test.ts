import { describe, expect, it } from 'vitest';
import { importSummary } from '../../renderer/features/tm/importSummary';
import { translator } from '../../renderer/i18n';

const RESULT = Object.freeze({
  read: 12,
  added: 10,
  merged: 2,
  skipped: 3,
  reasons: { 'no-target': 2, markup: 1 },
  skippedUnits: [
    { line: 14, reason: 'no-target', message: '' },
    { line: 30, reason: 'no-target', message: '' },
    { line: 52, reason: 'markup', message: '' },
  ],
});

describe('the import result in the TM panel', () => {
  it.each([
    ['en', '12 read (10 added, 2 merged) · 3 skipped: 2 without a target (line 14, 30), 1 with markup that cannot be read (line 52)'],
    ['de', '12 gelesen (10 hinzugefügt, 2 zusammengeführt) · 3 übersprungen: 2 ohne Übersetzung (Zeile 14, 30), 1 mit unlesbarem Markup (Zeile 52)'],
    ['ru', 'Прочитано: 12 (добавлено: 10, объединено: 2) · Пропущено 3: 2 без перевода (строка 14, 30), 1 с нечитаемой разметкой (строка 52)'],
  ] as const)('says what was read and skipped, with lines (%s)', (lang, text) => {
    expect(importSummary(translator(lang), RESULT)).toBe(text);
  });

  it('says only what was read when nothing was skipped, and names unknown reasons generically', () => {
    const t = translator('en');
    expect(importSummary(t, { ...RESULT, skipped: 0, reasons: {}, skippedUnits: [] })).toBe('12 read (10 added, 2 merged)');
    expect(importSummary(t, { ...RESULT, skipped: 1, reasons: { novel: 1 }, skippedUnits: [] })).toContain('1 for another reason');
  });
});
