// Shared by the benches that compare this checkout with a baseline commit: the commit's
// sources taken out with git archive, and a Node bundle built the way scripts/build.mjs builds.
import { execSync } from 'node:child_process';

/** Writes the tree of commit `ref` of the repository at `root` into the existing folder `dest`. */
export function extractRef(root: string, ref: string, dest: string): void {
  execSync(`git -C ${JSON.stringify(root)} archive ${ref} | tar -x -C ${JSON.stringify(dest)}`, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Bundles `entry` (relative to or inside `srcRoot`) into the CommonJS file `outfile`, packages left external. */
export async function bundleForNode(srcRoot: string, entry: string, outfile: string, define: Record<string, string> = {}): Promise<string> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    packages: 'external',
    define,
    absWorkingDir: srcRoot,
    logLevel: 'warning',
  });
  return outfile;
}
