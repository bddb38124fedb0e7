/**
 * A project's fidelity summary: how many quotations were checked, how many carry each kind of
 * flag, and how many could not be checked (source changed, empty, too long).
 */
import { FLAG_KINDS, type FidelityResult, type FlagKind } from './types';

export interface FidelitySummary {
  quotations: number;
  checked: number;
  /** Checked quotations without a defect flag (announced omissions do not count). */
  clean: number;
  /** Quotations with at least one defect flag of the kind. */
  byKind: Record<FlagKind, number>;
  /** Quotations that could not be compared, by state. */
  notChecked: { empty: number; tooLong: number; sourceChanged: number; targetChanged: number };
}

export function summarise(results: readonly FidelityResult[]): FidelitySummary {
  const byKind = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
  const notChecked = { empty: 0, tooLong: 0, sourceChanged: 0, targetChanged: 0 };
  let checked = 0;
  let clean = 0;
  for (const r of results) {
    switch (r.state) {
      case 'ok': {
        checked++;
        const kinds = new Set(r.flags.filter((f) => f.status === 'defect').map((f) => f.kind));
        if (kinds.size === 0) clean++;
        for (const k of kinds) byKind[k]++;
        break;
      }
      case 'empty':
        notChecked.empty++;
        break;
      case 'too-long':
        notChecked.tooLong++;
        break;
      case 'source-changed':
        notChecked.sourceChanged++;
        break;
      case 'target-changed':
        notChecked.targetChanged++;
        break;
    }
  }
  return { quotations: results.length, checked, clean, byKind, notChecked };
}
