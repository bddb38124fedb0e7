// Cross-validated choice of the omission/addition balance constants (shared/fidelity
// leftovers.ts DEFAULT_BALANCE) on the dev split only: every grid point is scored by the sum of
// the omission and addition F1 over items; 5-fold CV reports how well choosing on four folds
// does on the fifth, and the constants chosen on the whole dev split are printed.
import { checkQuote, type BalanceOptions } from '../shared/fidelity';
import { predictedKinds, type FidelityCase } from '../test/support/fidelity-set';

const GRID = {
  ratio: [0.65, 0.75, 0.85, 1.0],
  minDeficit: [6, 8, 10, 12],
  minShare: [0.6, 0.7, 0.8],
  minGlobal: [6, 10, 14],
  knownWeight: [1, 1.5, 2],
};

function* grid(): Generator<BalanceOptions> {
  for (const ratio of GRID.ratio)
    for (const minDeficit of GRID.minDeficit)
      for (const minShare of GRID.minShare)
        for (const minGlobal of GRID.minGlobal) for (const knownWeight of GRID.knownWeight) yield { ratio, minDeficit, minShare, minGlobal, knownWeight };
}

/** Omission F1 + addition F1 over the given items (each with its prediction). */
function objective(items: ReadonlyArray<{ c: FidelityCase; kinds: Set<string> }>): number {
  let sum = 0;
  for (const k of ['omission', 'addition']) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { c, kinds } of items) {
      if (c.label === k && kinds.has(k)) tp++;
      else if (c.label === k) fn++;
      else if (kinds.has(k)) fp++;
    }
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum;
}

export function fitBalance(dev: readonly FidelityCase[]): void {
  const configs = [...grid()];
  const preds = configs.map((balance) => dev.map((c) => predictedKinds(checkQuote({ german: c.german, russian: c.russian }, { balance }))));
  const best = (idx: number[]) => {
    let b = 0;
    let bs = -1;
    configs.forEach((_, k) => {
      const s = objective(idx.map((i) => ({ c: dev[i]!, kinds: preds[k]![i]! })));
      if (s > bs + 1e-9) {
        bs = s;
        b = k;
      }
    });
    return { k: b, s: bs };
  };
  const folds = 5;
  const cvItems: Array<{ c: FidelityCase; kinds: Set<string> }> = [];
  for (let f = 0; f < folds; f++) {
    const train = dev.map((_, i) => i).filter((i) => i % folds !== f);
    const test = dev.map((_, i) => i).filter((i) => i % folds === f);
    const { k } = best(train);
    for (const i of test) cvItems.push({ c: dev[i]!, kinds: preds[k]![i]! });
  }
  const all = best(dev.map((_, i) => i));
  console.log(`\nbalance fit (${configs.length} grid points, dev only): 5-fold CV omission+addition F1 ${objective(cvItems).toFixed(2)} (of 2); ` +
    `chosen on all dev: ${JSON.stringify(configs[all.k])} (F1 sum ${all.s.toFixed(2)})`);
}
