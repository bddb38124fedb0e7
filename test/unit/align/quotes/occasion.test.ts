import { describe, expect, it } from 'vitest';
import { baseLexicon } from '../../../../electron/services/lexicon';
import { planAlignment } from '../../../../shared/align/plan';
import { DECISION_MODEL, NONE_FEATURES, noneFeatures, utility, type QuoteFacts } from '../../../../shared/align/quotes/decide';
import { pluperfectFrame } from '../../../../shared/align/quotes/occasion';
import { lineSegments } from '../../../../shared/text/lines';
import { matchTokens } from '../../../../shared/align/match/tokens';

/** Whether the sentence `text` frames its (first) „…“ quotation in the pluperfect. */
function framed(text: string): boolean {
  const open = text.indexOf('„');
  const close = text.indexOf('“', open);
  return pluperfectFrame(text, { start: 0, end: text.length }, { start: open, end: close + 1 });
}

describe('a quotation reported in the pluperfect (pluperfectFrame)', () => {
  it('finds hatte … gesagt before the quotation, the participle closing its clause', () => {
    expect(framed('Schon im Frühjahr hatte die Ministerin einer Zeitung gesagt, die Ernte werde „deutlich besser“ ausfallen.')).toBe(true);
  });

  it('finds the participle after the quotation, and verbs in -ieren', () => {
    expect(framed('Der Verband hatte die Reform zuvor als „Irrweg“ kritisiert.')).toBe(true);
    expect(framed('Die Gewerkschaft hatte den Plan schon im Mai einen „Angriff auf die Löhne“ genannt.')).toBe(true);
  });

  it('finds a frame announcing the quotation by a colon', () => {
    expect(framed('Am Vortag hatte er im Radio erklärt: „Wir bleiben hart.“')).toBe(true);
  });

  it('does not take the present perfect, the simple past or a copula', () => {
    expect(framed('Die Ministerin sagte, die Ernte werde „deutlich besser“ ausfallen.')).toBe(false);
    expect(framed('Der Minister hat erklärt, die Ernte werde „deutlich besser“ ausfallen.')).toBe(false);
    expect(framed('Die Stimmung war „angespannt“, berichtete ein Teilnehmer.')).toBe(false);
  });

  it('does not read the quotation itself', () => {
    expect(framed('Er sagte, man „hatte alles versucht“ und wolle nun warten.')).toBe(false);
  });
});

describe('the decision weighs an earlier occasion', () => {
  it('gives "not in the original" a feature of its own, weighted towards it', () => {
    const k = NONE_FEATURES.indexOf('earlier');
    expect(k).toBeGreaterThan(0);
    const text = 'deutlich besser';
    const q = { tokens: matchTokens(text, 'de'), units: [], words: 2 };
    const facts: QuoteFacts = { kind: 'quotation', names: [false, false], frameHit: 0, frameMiss: 0, docAgreement: 0.2 };
    const now = noneFeatures(q, facts);
    const before = noneFeatures(q, { ...facts, pluperfect: true });
    expect(now[k]).toBe(0);
    expect(before[k]).toBe(1);
    expect(utility(before, DECISION_MODEL.none)).toBeGreaterThan(utility(now, DECISION_MODEL.none));
  });

  it('is less sure of a source for a quotation said earlier than for the same words said now', () => {
    const ru = [
      'Министр: урожай будет лучше',
      '',
      'Министр сельского хозяйства заявил во вторник, что урожай в этом году будет значительно лучше прошлогоднего.',
      '',
      'Цены на хлеб, по его словам, останутся стабильными.',
      '',
    ].join('\n');
    const frames = [
      'Der Agrarminister sagte im Frühjahr einem Radiosender, die Ernte falle „deutlich besser“ aus.',
      'Der Agrarminister hatte im Frühjahr einem Radiosender gesagt, die Ernte falle „deutlich besser“ aus.',
    ];
    const pFound = frames.map((sentence) => {
      const de = ['Bessere Ernte erwartet', '', 'Die Bauern blicken zuversichtlich auf den Sommer.', '', sentence, '', 'Die Brotpreise sollen stabil bleiben.', ''].join('\n');
      const [q] = planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [baseLexicon()!] }).quotes;
      expect(q).toBeDefined();
      return q!.source ? q!.score : 1 - q!.score;
    });
    expect(pFound[1]).toBeLessThan(pFound[0]!);
  });
});
