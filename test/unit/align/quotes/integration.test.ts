import { describe, expect, it } from 'vitest';
import { alignQuotes } from '../../../../shared/align/quotes';
import { Lexicon } from '../../../../shared/align/lexicon';
import { AlignModel } from '../../../../shared/align/similarity';
import { segment } from '../../../../shared/text/segment';
import { lineSegments } from './fixtures';

describe('alignQuotes with the sentence aligner', () => {
  // No cognates, names or numbers: only a dictionary can tell these sentences belong together.
  const ru = ['Собака громко лаяла всю ночь.', 'Соседи жаловались утром.', 'Кошка спокойно спала на крыше.'].join('\n\n') + '\n';
  const de = ['„Der Hund bellte die ganze Nacht laut“, erzählte die Frau.', 'Es regnete am Nachmittag.'].join('\n\n') + '\n';
  const run = (model?: AlignModel) =>
    alignQuotes({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), model });

  it('uses the user lexicon of the model', () => {
    const lex = new Lexicon();
    for (const [r, g] of [
      ['собак', 'hund'],
      ['лаять', 'belle'],
      ['лаяла', 'bellt'],
      ['ночь', 'nacht'],
      ['громк', 'laut'],
    ] as const)
      lex.addStems(r, g, 1, 'user');
    const [q] = run(new AlignModel(lex));
    expect(q?.source?.text).toBe('Собака громко лаяла всю ночь.');
  });

  it('is cautious without it', () => {
    const out = run();
    // The quotation is found; without the dictionary its sentence is not placed with confidence.
    expect(out.map((r) => r.target.text)).toEqual(['Der Hund bellte die ganze Nacht laut']);
    const q = out[0]!;
    expect(q.source === null || q.score < 0.6).toBe(true);
    if (q.source) expect(ru.slice(q.source.start, q.source.end)).toBe(q.source.text);
  });
});

describe('alignQuotes on sentence segments', () => {
  it('matches a German sentence pair to the one Russian sentence it renders', () => {
    const ru = 'Министр Кудрин заявил 12 марта в Москве, что бюджет на 2013 год сбалансирован, а дефицита не будет.\n\nДругая тема.\n';
    const de = '„Der Haushalt für 2013 ist ausgeglichen. Ein Defizit wird es nicht geben“, sagte Minister Kudrin am 12. März in Moskau.\n\nEin ganz anderer Satz.\n';
    const res = alignQuotes({ sourceText: ru, sourceSegments: segment(ru, 'ru').segments, targetText: de, targetSegments: segment(de, 'de').segments });
    const q = res.find((r) => r.target.text.startsWith('Der Haushalt'));
    expect(q?.source).not.toBeNull();
    expect(ru.slice(q?.source?.start, q?.source?.end)).toBe(q?.source?.text);
    expect(q?.source?.start).toBeLessThan(ru.indexOf('\n'));
  });
});

describe('alignQuotes on a long translation with beads', () => {
  // 400 numbered lines each side (own synthetic text): beyond the size where the beads of the
  // sentence aligner stand in for the quote aligner's own sentence matching.
  const n = 400;
  const ruLines = Array.from({ length: n }, (_, i) => `Пункт ${i + 1}: «Строка под номером ${i + 1} сказана».`);
  const deLines = Array.from({ length: n }, (_, i) => `Punkt ${i + 1}: „Zeile mit der Nummer ${i + 1} gesagt“.`);
  const ru = ruLines.join('\n\n') + '\n';
  const de = deLines.join('\n\n') + '\n';
  const beads = Array.from({ length: n }, (_, i) => ({ source: [i], target: [i], score: 0.9 }));

  it('places every quotation in the Russian quotation of its bead', () => {
    const res = alignQuotes({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), beads });
    expect(res).toHaveLength(n);
    res.forEach((r, i) => expect(r.source?.text).toBe(`Строка под номером ${i + 1} сказана`));
  });

  it('finds the same without beads (banded matching)', () => {
    const res = alignQuotes({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de) });
    const right = res.filter((r, i) => r.source?.text === `Строка под номером ${i + 1} сказана`).length;
    expect(right).toBeGreaterThanOrEqual(n - 2);
  });
});
