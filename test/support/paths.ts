import path from 'node:path';

/** The repository root, whatever the test file's depth. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The shared data beside the checkout (corpora, eval scripts, samples). */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

/** Node 24 pinned by the project (plain `node` on PATH may be older). */
export const nodeBin = process.execPath;

export function dist(...parts: string[]): string {
  return path.join(repoRoot, 'dist', ...parts);
}
