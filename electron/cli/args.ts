import type { ParsedArgs } from './types';

/**
 * Splits argv into positional words and `--flag value` / `--flag=value` pairs. Flags listed in
 * `booleanFlags` never take a value; `--` ends flag parsing.
 */
export function parseArgs(argv: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      if (eq > 0) {
        flags[a.slice(2, eq)] = a.slice(eq + 1);
        continue;
      }
      const name = a.slice(2);
      const next = argv[i + 1];
      if (booleanFlags.includes(name) || next === undefined || (next.startsWith('--') && next.length > 2)) {
        flags[name] = true;
      } else {
        flags[name] = next;
        i++;
      }
      continue;
    }
    positional.push(a);
  }
  return { positional, flags };
}
