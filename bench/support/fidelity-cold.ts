// The fidelity bench's cold figure in a process of its own, bundled (CommonJS) for this checkout
// and for a baseline commit (bench/support/fidelity-cold-runs.ts): `run` reads the base lexicon,
// builds the app's matcher and checks the given quotations once each, as the bench's in-process
// cold figure does. Only the engine's own API is used, so that the bundle builds from older trees.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BilingualLexicon } from '../../shared/align/dictionary/lexicon';
import { appMatcher, builtinMatcher, checkQuote } from '../../shared/fidelity';

export interface ColdRun {
  /** Reading the base lexicon, building the matchers, checking every quotation once. */
  wallMs: number;
  cpuMs: number;
  /** Flags over all quotations (a check that both engines ran the same work). */
  flags: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function run(compiledLexicon: string, quotes: ReadonlyArray<{ german: string; russian: string }>): ColdRun {
  const cpu0 = cpuMs();
  const t0 = performance.now();
  const base = BilingualLexicon.fromCompiled(readFileSync(compiledLexicon));
  const app = appMatcher(base);
  builtinMatcher();
  let flags = 0;
  for (const q of quotes) flags += checkQuote({ german: q.german, russian: q.russian }, { matcher: app }).flags.length;
  return { wallMs: performance.now() - t0, cpuMs: cpuMs() - cpu0, flags };
}
