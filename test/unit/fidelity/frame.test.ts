import { describe, expect, it } from 'vitest';
import { checkQuote, checkQuoteLink, reportingFrame, type FidelityResult, type FlagReason } from '../../../shared/fidelity';

/** A quotation inside its German sentence and the Russian span it renders. */
function pair(deSentence: string, quote: string, russian: string) {
  const at = deSentence.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  return { german: quote, russian, frame: reportingFrame(deSentence, at, at + quote.length) };
}

const reasons = (r: FidelityResult): FlagReason[] => r.flags.filter((f) => f.status === 'defect').map((f) => f.reason);

/** Flags name German words of the quotation only, never of the frame. */
function expectGermanInside(quote: string, r: FidelityResult): void {
  for (const f of r.flags) for (const w of f.german) expect(quote.slice(w.start, w.end)).toBe(w.text);
  for (const w of r.unmatched.german) expect(quote.slice(w.start, w.end)).toBe(w.text);
}

describe('reportingFrame: the German sentence around a quotation', () => {
  it('takes the words before the marks and after them while the sentence goes on', () => {
    const doc = 'Vorher. Die Regierung dürfe „keine Schulden machen“, sagte sie am Montag. Danach.';
    const at = doc.indexOf('keine');
    const f = reportingFrame(doc, at, at + 'keine Schulden machen'.length);
    expect(f.sentence.trim()).toBe('Die Regierung dürfe „keine Schulden machen“, sagte sie am Montag.');
    expect(f.sentence.slice(f.quoteStart, f.quoteStart + 5)).toBe('keine');
  });

  it('has nothing after a quotation that ends its own sentence, and stops at another quotation', () => {
    const doc = 'Er sagte: „Wir gehen.“ Dann lachte er. „Bleibt“, rief sie, „hier!“';
    const at = doc.indexOf('Wir gehen.');
    const f = reportingFrame(doc, at, at + 'Wir gehen.'.length);
    expect(f.sentence).toBe('Er sagte: „Wir gehen.');
    const b = doc.indexOf('Bleibt');
    expect(reportingFrame(doc, b, b + 6).sentence).toBe('„Bleibt“, rief sie, ');
  });
});

describe('checkQuote with the reported-speech frame', () => {
  it('a hedge said with "soll" outside the marks answers якобы', () => {
    const p = pair('Der Minister soll „von den Plänen gewusst“ haben, berichtet die Zeitung.', 'von den Plänen gewusst', 'якобы знал об этих планах');
    expect(reasons(checkQuote({ german: p.german, russian: p.russian }))).toEqual(['hedge-lost']);
    const r = checkQuote(p);
    expect(reasons(r)).toEqual([]);
    expectGermanInside(p.german, r);
  });

  it('"dürfe" outside the marks with a negation inside them is an obligation (не должно)', () => {
    const p = pair('Die Regierung dürfe „keine neuen Schulden machen“, sagte sie.', 'keine neuen Schulden machen', 'не должно брать новые долги');
    expect(reasons(checkQuote({ german: p.german, russian: p.russian }))).toEqual(['hedge-lost']);
    expect(reasons(checkQuote(p))).toEqual([]);
  });

  it('"dürfe" without a negation is permission and leaves должно lost', () => {
    const p = pair('Die Regierung dürfe „neue Schulden machen“, sagte sie.', 'neue Schulden machen', 'должно брать новые долги');
    const r = checkQuote(p);
    expect(reasons(r)).toEqual(['hedge-lost']);
    expect(r.flags[0]!.german).toEqual([]);
  });

  it('the verb of the Russian clause said in the frame is no omission, and the frame link points outside the quotation', () => {
    const p = pair(
      'Die Gespräche seien „in einer konstruktiven Atmosphäre“ verlaufen, sagte die Sprecherin.',
      'in einer konstruktiven Atmosphäre',
      'Переговоры прошли в конструктивной атмосфере',
    );
    expect(reasons(checkQuote({ german: p.german, russian: p.russian }))).toEqual(['omission-words']);
    const r = checkQuote(p);
    expect(reasons(r)).toEqual([]);
    const frameLinks = r.links.filter((l) => l.kind === 'frame');
    expect(frameLinks.map((l) => [l.german.text, l.russian[0]!.text])).toEqual(
      expect.arrayContaining([
        ['Gespräche', 'Переговоры'],
        ['verlaufen', 'прошли'],
      ]),
    );
    for (const l of frameLinks) {
      expect(p.frame.sentence.slice(p.frame.quoteStart + l.german.start, p.frame.quoteStart + l.german.end)).toBe(l.german.text);
      expect(l.german.start < 0 || l.german.start >= p.german.length).toBe(true);
    }
  });

  it.each([
    ['Er habe nicht „mit einem solchen Ergebnis“ gerechnet, sagte der Trainer.', 'mit einem solchen Ergebnis', 'не ожидал такого результата'],
    ['Das Ministerium werde den Bericht „in dieser Form“ nicht veröffentlichen.', 'in dieser Form', 'не опубликует доклад в таком виде'],
  ])('a negation outside the marks answers не: %s', (sentence, quote, russian) => {
    const p = pair(sentence, quote, russian);
    expect(reasons(checkQuote({ german: p.german, russian: p.russian }))).toEqual(['negation-lost']);
    const r = checkQuote(p);
    expect(reasons(r)).toEqual([]);
    expectGermanInside(p.german, r);
  });

  it('a speech verb after the comma renders nothing: a dropped clause stays an omission', () => {
    const p = pair('„Wir bauen Häuser“, sagte der Bürgermeister am Montag in der Hauptstadt.', 'Wir bauen Häuser', 'Мы строим дома и продаём квартиры');
    const r = checkQuote(p);
    expect(reasons(r)).toEqual(['omission-words']);
    expect(r.flags[0]!.russian.map((w) => w.text)).toEqual(['продаём', 'квартиры']);
    expectGermanInside(p.german, r);
  });

  it('words of the frame are never additions', () => {
    const p = pair('Der Bürgermeister erklärte am Montag in der überfüllten Stadthalle, „wir bauen Häuser“.', 'wir bauen Häuser', 'мы строим дома');
    const r = checkQuote(p);
    expect(r.flags).toEqual([]);
    expect(r.unmatched.german).toEqual([]);
  });

  it('a frame that does not hold the quotation is ignored', () => {
    const r = checkQuote({ german: 'von den Plänen gewusst', russian: 'якобы знал об этих планах', frame: { sentence: 'Er soll es gewusst haben.', quoteStart: 3 } });
    expect(reasons(r)).toEqual(['hedge-lost']);
  });
});

describe('checkQuoteLink reads the frame from the German document', () => {
  it('no hedge flag when the modal stands outside the marks', () => {
    const ru = 'Министр заявил, что правительство не должно брать новые долги.';
    const de = 'Der Minister sagte, die Regierung dürfe „keine neuen Schulden machen“.';
    const s = ru.indexOf('не должно брать новые долги');
    const t = de.indexOf('keine neuen Schulden machen');
    const r = checkQuoteLink({ source: { start: s, end: s + 'не должно брать новые долги'.length }, target: { start: t, end: t + 'keine neuen Schulden machen'.length }, status: 'auto' }, ru, de);
    expect(r.state).toBe('ok');
    expect(r.flags.filter((f) => f.kind === 'hedge')).toEqual([]);
  });
});
