import { describe, expect, it } from 'vitest';
import { cognateSimilarity, collapseRepeats, compoundSimilarity, foldWord, numberKey, skeleton, tokenize, TOKEN_PATTERN } from '../../../../shared/align/quotes/lexical';
import { cyrillicShare } from '../../../../shared/align/quotes/prep';

describe('foldWord / cognateSimilarity', () => {
  it.each([
    ['Путин', 'Putin'],
    ['Путина', 'Putin'],
    ['проект', 'Projekt'],
    ['факультете', 'Fakultät'],
    ['стратегического', 'strategischen'],
    ['Лиссабонский', 'Lissabon'],
    ['Райхл', 'Rajchl'],
    ['Томпсона', 'Thompson'],
    ['информации', 'Information'],
    ['Европы', 'Europa'],
  ])('%s ~ %s', (ru, de) => {
    expect(cognateSimilarity(foldWord(de), foldWord(ru), /^\p{Lu}/u.test(ru))).toBeGreaterThan(0);
  });

  it.each([
    ['собака', 'Hund'],
    ['правительство', 'Regierung'],
    ['это', 'die'],
    ['нефть', 'Nacht'],
    ['компании', 'Kommission'],
  ])('%s is not a cognate of %s', (ru, de) => {
    expect(cognateSimilarity(foldWord(de), foldWord(ru))).toBe(0);
  });

  it('finds the later part of a German compound', () => {
    expect(compoundSimilarity(foldWord('Steuerinformationen'), foldWord('информацией'))).toBeGreaterThan(0);
    expect(compoundSimilarity(foldWord('Haus'), foldWord('информацией'))).toBe(0);
  });
});

describe('collapseRepeats', () => {
  it.each(['', 'a', 'aa', 'aab', 'abba', 'mississippi', 'sss', 'xyzzz', 'a\n\nb', '\r\r', 'a\u2028\u2028a', 'SSs', '😀😀', '\ud83d\ud83d', 'ааббв'])(
    'collapses %j as /(.)\\1+/g does',
    (w) => {
      expect(collapseRepeats(w)).toBe(w.replace(/(.)\1+/g, '$1'));
    },
  );
});

describe('skeleton', () => {
  it.each(['', 'a', 'ae', 'rajhl', 'projekt', 'aeiou', 'Europa', 'eeeb', 'x😀a'])('keeps the first letter of %j and its consonants', (key) => {
    expect(skeleton(key)).toBe((key[0] ?? '') + key.slice(1).replace(/[aeiou]/g, ''));
  });
});

describe('foldWord folds Cyrillic letter by letter', () => {
  it.each([
    ['щёголь', 'Sogol'],
    ['Жжение', 'Senie'],
    ['Пушкин', 'puSkin'],
    ['съезд', 'sesd'],
    ['Київ', 'kiv'],
    ['ґанок', 'ganok'],
    ['мир😀мир', 'mir😀mir'],
  ])('%s -> %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe('numbers', () => {
  it.each([
    ['1.000', '1000'],
    ['1 000', '1000'],
    ['12,5', '12.5'],
    ['2012', '2012'],
    ['3,000', '3000'],
  ])('numberKey(%s) = %s', (raw, key) => {
    expect(numberKey(raw)).toBe(key);
  });

  it('reads number words of both languages as digits', () => {
    const de = tokenize('Er hat zwei Kinder und tausend Sorgen.').filter((t) => t.isNumber).map((t) => t.key);
    const ru = tokenize('У него двое детей, две собаки и тысяча забот.').filter((t) => t.isNumber).map((t) => t.key);
    expect(de).toEqual(['2', '1000']);
    expect(ru).toEqual(['2', '1000']);
  });
});

describe('tokenize', () => {
  it('keeps UTF-16 offsets into the text and marks likely names', () => {
    const text = 'Вчера Путин и 😀 Медведев приехали в Москву.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.raw);
    const names = toks.filter((t) => t.capitalised).map((t) => t.raw);
    expect(names).toEqual(['Путин', 'Медведев', 'Москву']);
  });

  it('tokenizes a range only', () => {
    const text = 'eins zwei drei';
    expect(tokenize(text, 5, 9).map((t) => t.raw)).toEqual(['zwei']);
  });

  // The tokens are the matches of TOKEN_PATTERN from the range's start that begin before its
  // end (the last one cut there), read here with the expression itself on texts mixing letters
  // of several scripts, combining marks, digits with every separator, surrogate pairs (a letter
  // and an emoji), lone surrogates and punctuation.
  it('reads a text as TOKEN_PATTERN matches it, in any range', () => {
    const pieces = [
      'a', 'Z', 'ß', 'ä', 'é', 'ы', 'Ё', 'ґ', 'ω', 'ح', '中', 'ǅ', '\u0301', '\u0483', '\u20dd', '0', '7', '12', '345', '4 500', '1.000',
      '3,5', '2\u00a0000', '9\u202f999', '.', ',', ' ', '\u00a0', '\u202f', '-', '\u2013', '„', '“', '«', '»', '"', "'", '?', '\n',
      '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', '_', '\u00b2', '\u0660', 'ª', '\u02b0', '\u2071', '\u2160',
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const reference = (text: string, start: number, end: number): Array<[number, string]> => {
      const re = new RegExp(TOKEN_PATTERN.source, 'gu');
      re.lastIndex = start;
      const out: Array<[number, string]> = [];
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null && m.index < end) out.push([m.index, m[0].slice(0, end - m.index)]);
      return out;
    };
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const parts = 1 + next(24);
      for (let k = 0; k < parts; k++) text += pieces[next(pieces.length)]!;
      // Ranges as callers give them: between code points (a segment never starts inside a pair).
      const cuts = [0, text.length];
      for (let k = 1; k < text.length; k++) if (!(text.charCodeAt(k) >= 0xdc00 && text.charCodeAt(k) <= 0xdfff && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff)) cuts.push(k);
      const a = cuts[next(cuts.length)]!;
      const b = cuts[next(cuts.length)]!;
      const [start, end] = round % 3 === 0 ? [0, text.length] : [Math.min(a, b), Math.max(a, b)];
      expect(tokenize(text, start, end).map((t) => [t.start, t.raw])).toEqual(reference(text, start, end));
    }
  });
});

describe('cyrillicShare', () => {
  // The share of Cyrillic letters among the first 4,000 letters (\p{L}), as the expressions read it.
  const reference = (text: string): number => {
    let letters = 0;
    let cyr = 0;
    for (const m of text.matchAll(/\p{L}/gu)) {
      letters++;
      if (/[\u0400-\u04ff]/.test(m[0])) cyr++;
      if (letters >= 4000) break;
    }
    return letters ? cyr / letters : 0;
  };

  it('counts letters and Cyrillic letters as the Unicode properties say', () => {
    const pieces = ['Путин ', 'Putin ', 'ä', 'ё', '\u0483', '\u0301', '12 ', '„', '\ud835\udc00', '\ud83d\ude00', '\ud800', 'ω', '中', '\u04ff', '\u0500'];
    let seed = 11;
    for (let round = 0; round < 500; round++) {
      let text = '';
      const parts = round === 0 ? 0 : 1 + (round % 40);
      for (let k = 0; k < parts; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length]!;
      }
      expect(cyrillicShare(text)).toBe(reference(text));
    }
    // Only the first 4,000 letters count.
    const long = 'a'.repeat(3999) + 'б'.repeat(10);
    expect(cyrillicShare(long)).toBe(reference(long));
    expect(cyrillicShare(long)).toBe(1 / 4000);
  });
});

// The spelling rules of foldWord as a chain of whole-word replacements, each rule applied to
// the whole word before the next (the definition `foldWord`'s passes over char codes follow).
function foldByRules(word: string): string {
  const w = word.toLowerCase();
  if (/[\u0400-\u04ff]/.test(w)) {
    const ru: Record<string, string> = {
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'o', ж: 'S', з: 's', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
      п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'H', ц: 'c', ч: 'C', ш: 'S', щ: 'S', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u',
      я: 'a', і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
    };
    return [...w].map((ch) => ru[ch] ?? ch).join('').replace(/(.)\1+/g, '$1');
  }
  const rules: Array<[RegExp, string]> = [
    [/ä/g, 'e'], [/[öœ]/g, 'o'], [/ü/g, 'u'], [/[ßβ]/g, 's'],
  ];
  let s = rules.reduce((x, [re, to]) => x.replace(re, to), w).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const spelling: Array<[RegExp, string]> = [
    [/tsch/g, 'C'], [/sch/g, 'S'], [/ch/g, 'H'], [/ck/g, 'k'], [/ph/g, 'f'], [/th/g, 't'], [/qu/g, 'kv'], [/c(?=[aoukrl])/g, 'k'],
    [/tz/g, 'c'], [/z/g, 'c'], [/x/g, 'ks'], [/w/g, 'v'], [/y/g, 'i'], [/ie/g, 'i'], [/eu/g, 'ev'], [/j/g, ''], [/h(?![aeiou])/g, ''],
  ];
  s = spelling.reduce((x, [re, to]) => x.replace(re, to), s);
  return s.replace(/(.)\1+/g, '$1');
}

describe('foldWord follows its rules applied one after another', () => {
  it.each([
    'Tschechien', 'Schach', 'Deutschland', 'Zucker', 'Philosophie', 'Theater', 'Quelle', 'Cottbus', 'Clown', 'Cicero', 'Mozart',
    'Katze', 'Xaver', 'Wasser', 'Yacht', 'Ziel', 'Europa', 'Jahr', 'Hohn', 'ohne', 'Fakultät', 'Ärger', 'Öl', 'Straße', 'Œuvre',
    'Müller', 'Hašek', 'Renée', 'İstanbul', 'tschsch', 'ckh', 'cqu', 'ieu', 'eie', 'hjj', 'hje', 'thh', 'ttsch', 'ctsch', 'yeu',
    'Путин', 'Щукин', 'объект',
  ])('%s', (w) => {
    expect(foldWord(w)).toBe(foldByRules(w));
  });

  it('on many generated spellings', () => {
    // Letters every rule reads, each rule's neighbours, accents and a capital.
    const alphabet = 'tschkphquzxwyiejhaolrbTSCäöüßéœβ\u0301';
    let seed = 12345;
    const next = (k: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % k;
    };
    for (let n = 0; n < 20000; n++) {
      let w = '';
      const len = 1 + next(9);
      for (let k = 0; k < len; k++) w += alphabet[next(alphabet.length)];
      expect(foldWord(w), w).toBe(foldByRules(w));
    }
  });
});

describe('tokenize reads each word as its spelling says', () => {
  it('number words, folded keys and names, wherever the word repeats', () => {
    const text = 'Zwei Männer. Die zwei Männer und Putin trafen Zwei, Путин и двое, ДВА. Tausend Mal 1.000 Mal.';
    const toks = tokenize(text);
    expect(toks.map((t) => [t.raw, t.key, t.isNumber, t.capitalised])).toEqual([
      ['Zwei', '2', true, false],
      ['Männer', foldWord('Männer'), false, true],
      ['Die', foldWord('Die'), false, false],
      ['zwei', '2', true, false],
      ['Männer', foldWord('Männer'), false, true],
      ['und', foldWord('und'), false, false],
      ['Putin', foldWord('Putin'), false, true],
      ['trafen', foldWord('trafen'), false, false],
      ['Zwei', '2', true, false],
      ['Путин', foldWord('Путин'), false, true],
      ['и', foldWord('и'), false, false],
      ['двое', foldWord('двое'), false, false],
      ['ДВА', '2', true, false],
      ['Tausend', '1000', true, false],
      ['Mal', foldWord('Mal'), false, true],
      ['1.000', '1000', true, false],
      ['Mal', foldWord('Mal'), false, true],
    ]);
  });
});
