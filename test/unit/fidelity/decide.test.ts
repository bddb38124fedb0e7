import { describe, expect, it } from 'vitest';
import {
  APP_DECISION,
  builtinMatcher,
  checkQuote,
  DECISION_FEATURES,
  DECISION_MODEL,
  decisionFeatures,
  FLAG_KINDS,
  kindVector,
  type DecisionMode,
  type DecisionModel,
  type FlagKind,
  type KindModel,
} from '../../../shared/fidelity';

const NUMBER = { german: 'Die Stadt baut in diesem Jahr 250 neue Wohnungen.', russian: 'Город построит в этом году 520 новых квартир.' };
const SAME = { german: 'Die Stadt baut in diesem Jahr 250 neue Wohnungen.', russian: 'Город построит в этом году 250 новых квартир.' };
const NEGATION = { german: 'Wir werden die Verhandlungen fortsetzen.', russian: 'Мы не будем продолжать переговоры.' };
const OMISSION = { german: 'Die Schule bleibt am Montag geschlossen.', russian: 'Школа в понедельник останется закрытой из-за сильных морозов.' };
const ANNOUNCED = { german: '„Die Schule bleibt (...) geschlossen“', russian: 'Школа в понедельник останется закрытой из-за сильных морозов.' };
const HEDGE = { german: 'Der Direktor soll Geld angenommen haben.', russian: 'Директор получил деньги.' };

/** A model whose every kind has probability sigmoid(bias) unless weights say otherwise. */
function model(mode: DecisionMode, perKind: Partial<Record<FlagKind, Partial<KindModel>>> = {}, bias = 5): DecisionModel {
  const n = DECISION_FEATURES.length;
  const kinds = Object.fromEntries(
    FLAG_KINDS.map((k) => [k, { mean: new Array(n).fill(0), scale: new Array(n).fill(1), weights: new Array(n).fill(0), bias, threshold: 0.5, vocab: [], ...perKind[k] }]),
  ) as unknown as Record<FlagKind, KindModel>;
  return { mode, features: DECISION_FEATURES, kinds };
}
const defects = (r: ReturnType<typeof checkQuote>) => r.flags.filter((f) => f.status === 'defect').map((f) => f.kind);

describe('decision layer (decide.ts)', () => {
  it('gives one feature vector per flag kind, of the declared length, the same on every call', () => {
    const all = checkQuote(NUMBER, { minConfidence: 0 });
    const a = decisionFeatures(NUMBER, all, builtinMatcher());
    const b = decisionFeatures(NUMBER, checkQuote(NUMBER, { minConfidence: 0 }), builtinMatcher());
    for (const k of FLAG_KINDS) {
      expect(a.x[k]).toHaveLength(DECISION_FEATURES.length);
      for (const v of a.x[k]) expect(Number.isFinite(v)).toBe(true);
    }
    expect(a).toEqual(b);
    // The number candidate shows in the number vector and its words, not in the others.
    expect(a.x.number[DECISION_FEATURES.indexOf('has')]).toBe(1);
    expect(a.x.hedge[DECISION_FEATURES.indexOf('has')]).toBe(0);
    expect(a.words.number.join(' ')).toMatch(/250/);
  });

  it('keeps a kind the model accepts and drops one it rejects, with the probability as confidence', () => {
    const keep = checkQuote(NUMBER, { decision: model('filter') });
    expect(defects(keep)).toEqual(['number']);
    expect(keep.flags[0]!.confidence).toBeCloseTo(1 / (1 + Math.exp(-5)), 2);
    expect(defects(checkQuote(NUMBER, { decision: model('filter', { number: { bias: -5 } }) }))).toEqual([]);
    // A kind left to the rules (threshold 0) keeps every rule flag with the rules' confidence.
    const rules = checkQuote(NUMBER).flags[0]!.confidence;
    expect(checkQuote(NUMBER, { decision: model('filter', { number: { bias: -5, threshold: 0 } }) }).flags.map((f) => [f.kind, f.confidence])).toEqual([['number', rules]]);
    // Only the rejected kind goes.
    expect(defects(checkQuote(NEGATION, { decision: model('filter', { number: { bias: -5 } }) }))).toEqual(['negation']);
  });

  it('weighs the features it is given: a sure candidate passes where a weak one does not', () => {
    const j = DECISION_FEATURES.indexOf('max');
    const weights = new Array(DECISION_FEATURES.length).fill(0);
    weights[j] = 10;
    const m = model('filter', { number: { weights, bias: -8.8 } }); // p >= 0.5 from confidence 0.88 up
    expect(defects(checkQuote(NUMBER, { decision: m }))).toEqual(['number']); // the rules' 0.9
    const stricter = model('filter', { number: { weights, bias: -9.5 } });
    expect(defects(checkQuote(NUMBER, { decision: stricter }))).toEqual([]);
  });

  it('gives a word of the vocabulary its own weight', () => {
    const w = new Array(DECISION_FEATURES.length + 1).fill(0);
    w[DECISION_FEATURES.length] = -20; // "soll" among the hedge candidates' words
    const m = model('filter', { hedge: { vocab: ['soll'], weights: w, mean: [...new Array(DECISION_FEATURES.length).fill(0), 0], scale: new Array(DECISION_FEATURES.length + 1).fill(1) } });
    expect(kindVector(m.kinds.hedge, decisionFeatures(HEDGE, checkQuote(HEDGE, { minConfidence: 0 }), builtinMatcher()), 'hedge').at(-1)).toBe(1);
    expect(defects(checkQuote(HEDGE, { decision: model('filter') }))).toEqual(['hedge']);
    expect(defects(checkQuote(HEDGE, { decision: m }))).toEqual([]);
  });

  it("in 'filter' mode never flags a kind the rules do not, in 'decide' mode it may say an omission from the unmatched words", () => {
    expect(defects(checkQuote(SAME, { decision: model('filter') }))).toEqual([]);
    const decided = checkQuote(SAME, { decision: model('decide', {}, -5) });
    expect(defects(decided)).toEqual([]);
    const om = checkQuote(OMISSION, { decision: model('decide', { omission: { bias: 5 } }, -5) });
    expect(defects(om)).toEqual(['omission']);
    const leftover = checkQuote(SAME, { decision: model('decide', { addition: { bias: 5 } }, -5) });
    // Nothing is left over in a faithful pair: no words, no flag.
    expect(defects(leftover)).toEqual([]);
  });

  it('leaves announced omissions as the rules say them', () => {
    const r = checkQuote(ANNOUNCED, { decision: model('filter', {}, -5) });
    expect(r.flags.map((f) => [f.kind, f.status])).toEqual([['omission', 'announced']]);
  });

  it('the shipped model: its vectors fit the features, clear defects stay flagged, a faithful pair is not', () => {
    expect(DECISION_MODEL.features).toEqual(DECISION_FEATURES);
    expect(APP_DECISION).toBe(DECISION_MODEL);
    expect(DECISION_MODEL.mode).toBe('filter');
    for (const k of FLAG_KINDS) {
      const m = DECISION_MODEL.kinds[k];
      expect(m.weights).toHaveLength(DECISION_FEATURES.length + m.vocab.length);
      expect(m.mean).toHaveLength(m.weights.length);
      expect(m.scale.every((s) => s > 0)).toBe(true);
    }
    for (const [pair, kind] of [[NUMBER, 'number'], [NEGATION, 'negation'], [OMISSION, 'omission'], [HEDGE, 'hedge']] as const) {
      expect(defects(checkQuote(pair, { decision: DECISION_MODEL }))).toEqual([kind]);
    }
    expect(checkQuote(SAME, { decision: DECISION_MODEL }).flags).toEqual([]);
  });

  it('is deterministic and leaves results that are not ok untouched', () => {
    const a = checkQuote(OMISSION, { decision: DECISION_MODEL });
    expect(checkQuote(OMISSION, { decision: DECISION_MODEL })).toEqual(a);
    expect(checkQuote({ german: '', russian: 'Текст.' }, { decision: DECISION_MODEL }).state).toBe('empty');
  });
});
