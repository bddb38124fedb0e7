import { describe, expect, it } from 'vitest';
import {
  decodeBeads,
  decodeSpans,
  encodeBeads,
  encodeRanges,
  encodeSpans,
} from '../../../electron/cli/align-thread';
import { ALIGN_THREAD_BYTES, runnableOthers, statRunning, wantsAlignThread, type MachineLoad } from '../../../electron/cli/align-process';
import { alignDocuments, JsonReady, writeJson, writeJsonAwaiting } from '../../../electron/cli/commands/align';
import type { RawBead } from '../../../shared/align/dp';
import { Analyzer, joinSides } from '../../../shared/align/features';
import { planAlignment } from '../../../shared/align/plan';
import { alignQuotes } from '../../../shared/align/quotes/index';
import { QuotePrep } from '../../../shared/align/quotes/prep';
import { alignSentences, type Bead } from '../../../shared/align/sentences';
import { AlignModel } from '../../../shared/align/similarity';
import { lineSegments } from '../../../shared/text/lines';
import { PAIRS } from './fixtures';

// The pieces of the command line's second thread (electron/cli/align-thread.ts): each must give
// exactly what the main thread would have computed itself.

/** Pairs with quotations on both sides (written for these tests). */
const QUOTED: ReadonlyArray<readonly [string, string]> = [
  ['«Это важный шаг для всего региона», — сказал мэр Новгорода.', '„Das ist ein wichtiger Schritt für die ganze Region“, sagte der Bürgermeister von Nowgorod.'],
  ['Роман «Тихий Дон» снова продаётся в книжных магазинах.', 'Der Roman „Der stille Don“ ist wieder in den Buchhandlungen erhältlich.'],
  ['Министр назвал план «реалистичным и дешёвым».', 'Der Minister nannte den Plan „realistisch und billig“.'],
];

/**
 * A long translation: `copies` numbered copies of the fixture pairs and the quoted ones (15
 * lines a copy), more than BEAD_MODE_PAIRS segment pairs from 22 copies on.
 */
function longPair(copies: number): { ru: string; de: string } {
  const ru: string[] = [];
  const de: string[] = [];
  for (let c = 1; c <= copies; c++) {
    for (const [r, d] of [...PAIRS, ...QUOTED]) {
      ru.push(`${r} (${c})`);
      de.push(`${d} (${c})`);
    }
  }
  return { ru: ru.join('\n') + '\n', de: de.join('\n') + '\n' };
}

describe('the thread messages', () => {
  it('carry segments, beads and first-pass ranges unchanged', () => {
    const text = 'Erster Satz.\nZweiter Satz.\n\nDritter.';
    const segs = lineSegments(text);
    expect(decodeSpans(text, encodeSpans(segs))).toEqual(segs);
    const beads = [
      { source: [0, 1], target: [0], score: 0.1 + 0.2 },
      { source: [], target: [1], score: -0 },
      { source: [2], target: [], score: 1e-300 },
      { source: [3], target: [2, 3, 4], score: 0.7071067811865476 },
    ];
    const back = decodeBeads(...(Object.values(encodeBeads(beads)) as [Int32Array, Float64Array]));
    expect(back).toEqual(beads);
    expect(Object.is(back[1]!.score, -0)).toBe(true);
    const raw = [
      { s0: 0, s1: 2, t0: 0, t1: 1 },
      { s0: 2, s1: 2, t0: 1, t1: 2 },
      { s0: 2, s1: 3, t0: 2, t1: 5 },
    ] as RawBead[];
    expect(decodeBeads(...(Object.values(encodeRanges(raw)) as [Int32Array, Float64Array]))).toEqual([
      { source: [0, 1], target: [0], score: 0 },
      { source: [], target: [1], score: 0 },
      { source: [2], target: [2, 3, 4], score: 0 },
    ]);
  });
});

describe('Analyzer.adoptSide', () => {
  const { ru, de } = longPair(3);
  const s = lineSegments(ru).map((x) => x.text);
  const t = lineSegments(de).map((x) => x.text);

  it("gives the side that analysing it here gives, the other analyser's ids mapped to this one's", () => {
    const here = new Analyzer();
    here.analyzeSide(s);
    const want = here.analyzeSide(t);

    const other = new Analyzer();
    const foreign = other.exportSide(other.analyzeSide(t));
    // The other analyser numbered the German features from 0: its ids are not these.
    expect(Array.from(foreign.ids)).not.toEqual(Array.from(want.ids));
    const adopting = new Analyzer();
    adopting.analyzeSide(s);
    const got = adopting.adoptSide(t, foreign);
    expect(got).not.toBeNull();
    for (const k of ['off', 'ids', 'w', 'stemOff', 'stems', 'lens', 'marks'] as const) expect(Array.from(got![k])).toEqual(Array.from(want[k]));
    expect(got!.texts).toBe(t);
    expect(adopting.size).toBe(here.size);
    expect(adopting.stemNames).toEqual(here.stemNames);
    // A word met later gets the ids it would have had.
    expect(adopting.analyze('Der Minister nannte 2023 Siemens.')).toEqual(here.analyze('Der Minister nannte 2023 Siemens.'));
  });

  it('refuses tables of other texts', () => {
    const other = new Analyzer();
    const foreign = other.exportSide(other.analyzeSide(t));
    expect(new Analyzer().adoptSide(t.slice(1), foreign)).toBeNull();
    expect(new Analyzer().adoptSide([...t.slice(0, -1), t[t.length - 1] + '!'], foreign)).toBeNull();
  });

  it('joins a head analysed here and an adopted tail into the whole side', () => {
    const here = new Analyzer();
    here.analyzeSide(s);
    const want = here.analyzeSide(t);
    for (const from of [0, 1, 17, t.length - 1]) {
      const adopting = new Analyzer();
      adopting.analyzeSide(s);
      const head = adopting.analyzeSide(t.slice(0, from));
      const other = new Analyzer();
      const tail = adopting.adoptSide(t.slice(from), other.exportSide(other.analyzeSide(t.slice(from))));
      const got = joinSides(t, head, tail!);
      for (const k of ['off', 'ids', 'w', 'stemOff', 'stems', 'lens', 'marks'] as const) expect(Array.from(got[k]), `${k} from ${from}`).toEqual(Array.from(want[k]));
      expect(adopting.stemNames).toEqual(here.stemNames);
    }
  });

  it('leaves the alignment model and its beads as they are', () => {
    const plain = alignSentences(s, t);
    for (const from of [0, 9, 30]) {
      let asked = 0;
      const model = AlignModel.fromPair(s, t, {
        foreignTarget: {
          from,
          take: () => {
            asked++;
            const other = new Analyzer();
            return other.exportSide(other.analyzeSide(t.slice(from)));
          },
        },
      });
      expect(asked).toBe(1);
      expect(alignSentences(s, t, { model })).toEqual(plain);
    }
    // No tables (the thread had not started): analysed here.
    const model = AlignModel.fromPair(s, t, { foreignTarget: { from: 9, take: () => null } });
    expect(alignSentences(s, t, { model })).toEqual(plain);
  });
});

describe('the quotations of a long translation', () => {
  const { ru, de } = longPair(24);
  const sourceSegments = lineSegments(ru);
  const targetSegments = lineSegments(de);
  const input = { sourceText: ru, sourceSegments, targetText: de, targetSegments };

  it('are left to the caller with deferBeadQuotes, and alignQuotes of what the plan hands over gives them', () => {
    const plain = planAlignment(input);
    expect(plain.translation).toBe(true);
    expect(plain.quotes.filter((q) => q.source !== null).length).toBeGreaterThan(24 * 3);
    let first: readonly RawBead[] | undefined;
    let heard: readonly Bead[] | undefined;
    const deferred = planAlignment({ ...input, deferBeadQuotes: true, onFirstPass: (b) => (first = b), onBeads: (b) => (heard = b) });
    // The beads are heard before the plan decides on them: the very list it hands over.
    expect(heard).toBe(deferred.beads);
    expect(heard).toBe(deferred.beadQuotes!.beads);
    expect(deferred.quotes).toEqual([]);
    expect(deferred.beads).toEqual(plain.beads);
    expect(deferred.beadQuotes).toBeDefined();
    expect(alignQuotes(deferred.beadQuotes!)).toEqual(plain.quotes);
    expect(first!.length).toBeGreaterThan(0);
    expect(planAlignment(input).beadQuotes).toBeUndefined();
  });

  it('are placed the same after a placement by other beads (the places chosen are kept per region)', () => {
    const plan = planAlignment({ ...input, deferBeadQuotes: true });
    const beads = plan.beads;
    const want = new QuotePrep(input).placeByBeads(beads);
    const prep = new QuotePrep(input);
    prep.readBeforeBeads();
    // Beads shifted by one German segment: other sentence pairs for most quotations.
    const shifted = [{ source: [0], target: [], score: 0 }, ...beads.slice(1).map((b) => ({ source: b.source, target: b.target.map((j) => j - 1).filter((j) => j >= 0), score: 0 }))];
    expect(prep.placesByBeads(shifted)).toBe(true);
    const other = prep.placeByBeads(shifted);
    expect(other).not.toEqual(want);
    expect(prep.placeByBeads(beads)).toEqual(want);
    expect(want).toEqual(alignQuotes({ ...input, beads }));
  });

  it('are placed the same after Russian segments were read ahead, all of them or until told to stop', () => {
    const beads = planAlignment({ ...input, deferBeadQuotes: true }).beads;
    const want = new QuotePrep(input).placeByBeads(beads);
    const all = new QuotePrep(input);
    all.readBeforeBeads();
    const read = all.readRussianAhead(() => false);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(sourceSegments.length);
    // Nothing is read twice: a second pass finds every segment within reach read.
    expect(all.readRussianAhead(() => false)).toBe(0);
    expect(all.placeByBeads(beads)).toEqual(want);
    // Told to stop after five segments: five read, asked once more, and the same places.
    let asked = 0;
    const some = new QuotePrep(input);
    expect(some.readRussianAhead(() => ++asked > 5)).toBe(5);
    expect(asked).toBe(6);
    expect(some.placeByBeads(beads)).toEqual(want);
    // A radius of 0 reads only the segments on the diagonal, fewer than all within reach.
    expect(new QuotePrep(input).readRussianAhead(() => false, 0)).toBeLessThan(read);
  });

  it('are not read ahead where beads do not place them (a short pair)', () => {
    const short = longPair(3);
    const prep = new QuotePrep({ sourceText: short.ru, sourceSegments: lineSegments(short.ru), targetText: short.de, targetSegments: lineSegments(short.de) });
    let asked = 0;
    expect(prep.readRussianAhead(() => ++asked > 0)).toBe(0);
    expect(asked).toBe(0);
  });
});

describe('writeJsonAwaiting', () => {
  it('writes the bytes of writeJson of the finished object, the field given later', async () => {
    const { ru, de } = longPair(3);
    const out = alignDocuments(ru, de, { sourceLang: 'ru', targetLang: 'de', segmented: true });
    const whole: string[] = [];
    writeJson(out, (t) => whole.push(t));
    const pieces: string[] = [];
    let written = '';
    const later = new Promise<unknown>((resolve) =>
      setTimeout(() => {
        // Everything before the field is out by the time it is given.
        written = pieces.join('');
        resolve(out.quotes);
      }, 5),
    );
    await writeJsonAwaiting({ ...out, quotes: [] }, (t) => pieces.push(t), 'quotes', later);
    expect(pieces.join('')).toBe(whole.join(''));
    expect(written).toBe(whole.join('').slice(0, whole.join('').indexOf(',"quotes":')));
    // Sides rendered beforehand (JsonReady, while the command waits for the thread) are written
    // in their place: the same bytes, by both writers.
    const ready = new JsonReady();
    ready.render([out.source, out.target], 2);
    expect(ready.get(out.source)).toBe(JSON.stringify(out.source));
    expect(ready.get(out.beads)).toBeUndefined();
    const readyPieces: string[] = [];
    await writeJsonAwaiting({ ...out, quotes: [] }, (t) => readyPieces.push(t), 'quotes', Promise.resolve(out.quotes), ready);
    expect(readyPieces.join('')).toBe(whole.join(''));
    const readyWhole: string[] = [];
    writeJson(out, (t) => readyWhole.push(t), ready);
    expect(readyWhole.join('')).toBe(whole.join(''));
    const odd = { a: 1, b: undefined, c: [undefined, 2], d: 'x' };
    const oddPieces: string[] = [];
    await writeJsonAwaiting(odd, (t) => oddPieces.push(t), 'b', Promise.resolve(undefined));
    expect(oddPieces.join('')).toBe(JSON.stringify(odd) + '\n');
  });
});

describe('the thread gate (wantsAlignThread)', () => {
  const big = ALIGN_THREAD_BYTES;
  const idle: MachineLoad = Object.freeze({ runnable: 0, load: 0 });
  // [case, bytes, env, reading, cores, starts]
  const cases: ReadonlyArray<readonly [string, number | null, Record<string, string>, MachineLoad, number, boolean]> = [
    ['long documents, an idle machine', big, {}, idle, 2, true],
    ['short documents', big - 1, {}, idle, 2, false],
    ['an unreadable size', null, {}, idle, 2, false],
    ['one core', big, {}, idle, 1, false],
    // Linux: the threads runnable now decide, whatever the last minute was.
    ['a busy minute before, idle now', big, {}, { runnable: 0, load: 3.5 }, 2, true],
    ['a quiet minute before, one other thread running now', big, {}, { runnable: 1, load: 0.1 }, 2, false],
    ['eight cores, six others running', big, {}, { runnable: 6, load: 9 }, 8, true],
    ['eight cores, seven others running', big, {}, { runnable: 7, load: 0 }, 8, false],
    // Elsewhere: the load average of the last minute below the cores.
    ['no runnable count, load below the cores', big, {}, { runnable: null, load: 1.99 }, 2, true],
    ['no runnable count, load at the cores', big, {}, { runnable: null, load: 2 }, 2, false],
    ['forced on, a busy machine', big, { SVERKA_ALIGN_THREAD: 'on' }, { runnable: 5, load: 6 }, 2, true],
    ['forced on, one core', big, { SVERKA_ALIGN_THREAD: 'on' }, idle, 1, false],
    ['forced off', 10 * big, { SVERKA_ALIGN_THREAD: 'off' }, idle, 8, false],
    ['forced off by 0', 10 * big, { SVERKA_ALIGN_THREAD: '0' }, idle, 8, false],
  ];
  it.each(cases)('%s', (_name, bytes, env, reading, cores, starts) => {
    expect(wantsAlignThread(bytes, Object.freeze({ ...env }), Object.freeze({ ...reading }), cores)).toBe(starts);
  });

  it("reads /proc/loadavg's running count, less this process's running threads", () => {
    expect(runnableOthers('0.52 0.61 0.70 3/412 12345\n')).toBe(2);
    expect(runnableOthers('0.52 0.61 0.70 3/412 12345\n', 2)).toBe(1);
    expect(runnableOthers('0.52 0.61 0.70 3/412 12345\n', 0)).toBe(2);
    expect(runnableOthers('0.52 0.61 0.70 2/412 12345\n', 3)).toBe(0);
    expect(runnableOthers('4.00 3.10 2.70 1/98 7\n')).toBe(0);
    expect(runnableOthers('0.00 0.00 0.00 12/1024 99')).toBe(11);
    expect(runnableOthers('')).toBeNull();
    expect(runnableOthers('0.52 0.61 0.70 x/412 12345')).toBeNull();
  });

  it('tells running threads from their stat line', () => {
    expect(statRunning('4711 (node) R 1 4711 4711 0 -1 4194560')).toBe(true);
    expect(statRunning('4712 (V8 Worker) S 1 4711 4711 0 -1 4194624')).toBe(false);
    // A command name holding ") R" does not mislead it.
    expect(statRunning('4713 (a) R (b) S 1 4711 4711 0 -1 4194624')).toBe(false);
  });
});
