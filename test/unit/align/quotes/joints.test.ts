import { describe, expect, it } from 'vitest';
import { baseLexicon } from '../../../../electron/services/lexicon';
import { planAlignment } from '../../../../shared/align/plan';
import { quotationJoints, quotationSentence } from '../../../../shared/align/quotes/report';
import { lineSegments } from '../../../../shared/text/lines';

const base = baseLexicon()!;

describe('quotation joints: two quotations the segmenter left in one sentence', () => {
  it('finds where one quotation ends and the next sentence with a quotation begins', () => {
    const text = 'Er erklärte: „Die Preise für Brot steigen weiter“ Wörtlich hieß es: „Wir bauen eine neue Brücke“.';
    const joints = quotationJoints(text, { start: 0, end: text.length });
    expect(joints).toHaveLength(1);
    const j = joints[0]!;
    expect(text.slice(0, j.end)).toBe('Er erklärte: „Die Preise für Brot steigen weiter“');
    expect(text.slice(j.next)).toBe('Wörtlich hieß es: „Wir bauen eine neue Brücke“.');
  });

  it('also after a full stop before a quotation that starts in lower case, and between two quotations', () => {
    const a = '„Der Winter war lang und kalt“. „dass die Schulen geschlossen bleiben“, schrieb sie.';
    expect(quotationJoints(a, { start: 0, end: a.length }).map((j) => a.slice(j.next))).toEqual(['„dass die Schulen geschlossen bleiben“, schrieb sie.']);
    const b = '„Wir haben das Spiel verdient gewonnen“ „die Mannschaft war stark“, sagte er.';
    expect(quotationJoints(b, { start: 0, end: b.length })).toHaveLength(1);
  });

  it('leaves a term of one or two words and a quotation followed by its frame in their sentence', () => {
    const term = 'Der „typische“ Besuch dauert eine Woche, heißt es: „Niemand bleibt länger als nötig“.';
    expect(quotationJoints(term, { start: 0, end: term.length })).toEqual([]);
    const framed = '„Die Preise für Brot steigen weiter“, sagte der Minister, „und das ist erst der Anfang“.';
    expect(quotationJoints(framed, { start: 0, end: framed.length })).toEqual([]);
  });

  it('cuts the sentence around a quotation at the joints before and after it', () => {
    const text = 'Dazu hieß es nur: „Die Bauern ernten viel Weizen“ Er erklärte: „Wir bauen eine neue Brücke über den Fluss“ Wörtlich hieß es: „Der Winter war lang und kalt“.';
    const from = text.indexOf('„Wir');
    const to = text.indexOf('“ Wörtlich') + 1;
    const s = quotationSentence(text, { start: 0, end: text.length }, from, to);
    expect(text.slice(s.start, s.end)).toBe('Er erklärte: „Wir bauen eine neue Brücke über den Fluss“');
  });
});

describe('a quotation next to another one is placed by its own words', () => {
  const ru = [
    'Мэр города Иван Петров выступил во вторник на заседании городского совета.',
    '',
    'Город построит новый мост через реку до конца следующего года, заявил он.',
    '',
    'Строительство обойдётся бюджету примерно в два миллиарда рублей.',
    '',
    'Жители давно жалуются на пробки на старом мосту.',
  ].join('\n');
  const de = [
    'Die Stadtverwaltung hat am Dienstag ihre Pläne vorgestellt.',
    '',
    'Dazu hieß es nur: „Die Bauern der Region ernten in diesem Herbst sehr viel Weizen“ Wörtlich hieß es: „Die Stadt baut bis Ende des nächsten Jahres eine neue Brücke über den Fluss“.',
    '',
    'Die Opposition kritisierte die Kosten.',
  ].join('\n');
  const plan = planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] });
  const byStart = (s: string) => plan.quotes.find((q) => q.target.text.startsWith(s));

  it('finds the quotation the original renders', () => {
    expect(byStart('Die Stadt baut')?.source?.text).toContain('новый мост через реку');
  });

  it('does not give the other quotation the source of its neighbour', () => {
    expect(byStart('Die Bauern')?.source).toBeNull();
  });
});
