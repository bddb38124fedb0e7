import { describe, expect, it } from 'vitest';
import { checkQuote, type FidelityInput, type FidelityResult, type FlagReason } from '../../../shared/fidelity';

const frozen = <T>(x: T): T => {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) frozen(v);
    Object.freeze(x);
  }
  return x;
};

/** Every offset in a result slices its own text out of the input. */
function expectOffsetsHold(input: FidelityInput, r: FidelityResult): void {
  const inDe = (w: { start: number; end: number; text: string }) => expect(input.german.slice(w.start, w.end)).toBe(w.text);
  const inRu = (w: { start: number; end: number; text: string }) => expect(input.russian.slice(w.start, w.end)).toBe(w.text);
  for (const l of r.links) {
    inDe(l.german);
    if (l.kind !== 'context') l.russian.forEach(inRu);
  }
  for (const f of r.flags) {
    f.german.forEach(inDe);
    f.russian.forEach(inRu);
  }
}

describe('checkQuote: one flag per kind of departure', () => {
  const cases = frozen([
    ['number: scale word', 'Der Haushalt sieht 3 Milliarden Rubel vor.', 'Бюджет предусматривает 30 млрд рублей.', 'number-differs', '3 Milliarden Rubel', '30 млрд рублей'],
    ['number: date', 'Am 12. November beginnt die Sitzung.', '11 ноября начнётся заседание.', 'number-differs', '12. November', '11 ноября'],
    ['number: currency', 'Wir haben 40 Millionen Dollar investiert.', 'Мы вложили 40 млн евро.', 'number-differs', '40 Millionen Dollar', '40 млн евро'],
    ['name: another surname', 'Präsident Petrenko hat das Abkommen unterzeichnet.', 'Президент Петров подписал соглашение.', 'name-differs', 'Petrenko', 'Петров'],
    ['name: a name added', 'Der Konzern Ladoga-Energo hat die Preise erhöht.', 'Концерн повысил цены.', 'name-added', 'Ladoga-Energo', null],
    ['negation lost', 'Wir werden die Verhandlungen fortsetzen.', 'Мы не будем продолжать переговоры.', 'negation-lost', null, 'не'],
    ['negation added', 'Wir wollen keine Verhandlungen.', 'Мы хотим переговоров.', 'negation-added', 'keine', null],
    ['polarity reversed', 'Das Ministerium hat die Berichte bestätigt.', 'Министерство опровергло сообщения.', 'polarity-reversed', null, 'опровергло'],
    ['hedge lost', 'Die Dokumente wurden vor einem Monat unterzeichnet.', 'Документы якобы были подписаны месяц назад.', 'hedge-lost', null, 'якобы'],
    ['hedge added', 'Der Minister soll von den Plänen gewusst haben.', 'Министр знал об этих планах.', 'hedge-added', 'soll', null],
    ['hedge changed', 'Ein Kurzschluss war zweifellos die Ursache.', 'Возможно, причиной стало короткое замыкание.', 'hedge-changed', 'zweifellos', 'Возможно'],
    ['omission of a clause', 'Wir haben den Staatshaushalt gekürzt.', 'Мы сократили государственный бюджет, потому что цены на нефть упали.', 'omission-clause', null, 'нефть'],
    ['addition of an intensifier', 'Das ist eine völlig falsche Entscheidung.', 'Это неправильное решение.', 'addition-intensifier', 'völlig', null],
    ['addition of a clause', 'Die Preise für Getreide sind gestiegen, und die Bauern leiden sehr darunter.', 'Цены на зерно выросли.', 'addition-words', 'Bauern', null],
  ] as const);

  it.each(cases)('%s', (_name, german, russian, reason, deWord, ruWord) => {
    const input = frozen({ german, russian });
    const r = checkQuote(input);
    expect(r.state).toBe('ok');
    const f = r.flags.find((x) => x.reason === (reason as FlagReason));
    expect(f, JSON.stringify(r.flags)).toBeDefined();
    expect(f!.status).toBe('defect');
    if (deWord) expect(f!.german.map((w) => w.text).join(' ')).toContain(deWord);
    if (ruWord) expect(f!.russian.map((w) => w.text).join(' ')).toContain(ruWord);
    expectOffsetsHold(input, r);
  });
});

describe('checkQuote: faithful renderings stay unflagged', () => {
  const cases = frozen([
    ['scale word and unit', 'Wir haben 30 Milliarden Dollar investiert.', 'Мы вложили 30 млрд долларов.'],
    ['date', 'Am 11. November trifft sich der Rat.', '11-го ноября соберётся совет.'],
    ['полтора', 'Das Werk hat anderthalb Millionen Tonnen Stahl produziert.', 'Завод произвёл полтора миллиона тонн стали.'],
    ['negative concord', 'Niemand hat uns gefragt.', 'Никто нас не спрашивал.'],
    ['coordinated negations', 'Die Entscheidung wurde weder getroffen noch diskutiert.', 'Решение не принималось и не обсуждалось.'],
    ['negated reversing verb', 'Wir werden nicht auf die Reform verzichten.', 'Мы не откажемся от реформы.'],
    ['inflected name', 'Ich habe Herrn Smolin nicht gesehen.', 'Я не видел Смолина.'],
    ['exonym', 'Sie haben mich in Moskau festgenommen.', 'Меня задержали в Москве.'],
    ['hedge kept', 'Angeblich wurden die Dokumente unterzeichnet.', 'Документы якобы были подписаны.'],
    ['negated modal is ability, not a hedge', 'Ich kann mich nicht erinnern.', 'Я не помню.'],
    ['compound for a phrase', 'Wir haben den Staatshaushalt gekürzt.', 'Мы сократили государственный бюджет.'],
  ] as const);

  it.each(cases)('%s', (_name, german, russian) => {
    const r = checkQuote(frozen({ german, russian }));
    expect(r.state).toBe('ok');
    expect(r.flags.filter((f) => f.status === 'defect')).toEqual([]);
    expect(r.links.length).toBeGreaterThan(0);
  });
});

describe('checkQuote: word correspondence', () => {
  it('links words with their kind and offsets', () => {
    const input = frozen({ german: 'Präsident Petrow hat 30 Milliarden Dollar für Moskau versprochen.', russian: 'Президент Петров пообещал Москве 30 млрд долларов.' });
    const r = checkQuote(input);
    const kindOf = (de: string) => r.links.find((l) => l.german.text === de)?.kind;
    expect(kindOf('Petrow')).toBe('name');
    expect(kindOf('Moskau')).toBe('name');
    expect(kindOf('30 Milliarden Dollar')).toBe('number');
    expect(kindOf('versprochen')).toBe('lexicon');
    expect(r.links.find((l) => l.german.text === 'Petrow')!.russian.map((w) => w.text)).toEqual(['Петров']);
    expectOffsetsHold(input, r);
  });

  it('matches German words in the Russian context outside the span and does not call them added', () => {
    const sentence = 'Вчера министр заявил, что правительство повысит налоги.';
    const russian = 'правительство повысит налоги';
    const input = frozen({ german: 'Der Minister sagt, die Regierung erhöht die Steuern', russian, context: { sentence, spanStart: sentence.indexOf(russian) } });
    const r = checkQuote(input);
    const ctx = r.links.find((l) => l.kind === 'context' && l.german.text === 'Minister');
    expect(ctx).toBeDefined();
    const off = ctx!.russian[0]!;
    expect(sentence.slice(off.start + sentence.indexOf(russian), off.end + sentence.indexOf(russian))).toBe('министр');
    expect(r.flags.filter((f) => f.kind === 'addition')).toEqual([]);
  });

  it('ignores a context that does not contain the span', () => {
    const r = checkQuote(frozen({ german: 'Die Regierung erhöht die Steuern', russian: 'правительство повысит налоги', context: { sentence: 'другой текст', spanStart: 3 } }));
    expect(r.state).toBe('ok');
    expect(r.links.some((l) => l.kind === 'context')).toBe(false);
  });
});

describe('checkQuote: announced omissions', () => {
  it.each(frozen([
    ['[…]', 'Wir werden […] alle Verpflichtungen erfüllen.'],
    ['…', 'Wir werden … alle Verpflichtungen erfüllen.'],
    ['(...)', 'Wir werden (...) alle Verpflichtungen erfüllen.'],
  ] as const))('%s marks the left-out clause as announced', (_mark, german) => {
    const russian = 'Мы, несмотря на все трудности и давление со стороны соседей, выполним все обязательства.';
    const r = checkQuote(frozen({ german, russian }));
    const om = r.flags.filter((f) => f.kind === 'omission');
    expect(om.length).toBeGreaterThan(0);
    expect(om.every((f) => f.status === 'announced')).toBe(true);
  });

  it('announces numbers and negations left out inside the gap too', () => {
    const r = checkQuote(frozen({ german: 'Wir haben die Produktion verdoppelt […].', russian: 'Мы удвоили производство и не уволили ни одного из трёхсот рабочих.' }));
    expect(r.flags.filter((f) => f.status === 'defect')).toEqual([]);
    expect(r.flags.some((f) => f.status === 'announced')).toBe(true);
  });

  it('takes an announcement from the context when the marks were stripped upstream', () => {
    const german = 'Wir werden alle Verpflichtungen erfüllen.';
    const russian = 'Мы, несмотря на все трудности и давление со стороны соседей, выполним все обязательства.';
    const plain = checkQuote(frozen({ german, russian }));
    const told = checkQuote(frozen({ german, russian, context: { announcedOmission: true } }));
    expect(plain.flags.some((f) => f.kind === 'omission' && f.status === 'defect')).toBe(true);
    expect(told.flags.filter((f) => f.kind === 'omission').every((f) => f.status === 'announced')).toBe(true);
  });
});
