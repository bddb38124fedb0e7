// One way to bundle a TypeScript entry for Node, shared by the scripts that run code of the
// project outside the app (benches, generators): external packages resolve from node_modules,
// and an ES module bundle gets a `require` for the packages that still call it.
import * as esbuild from 'esbuild';

const ESM_REQUIRE = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/**
 * Bundles `input` (esbuild's `entryPoints` or `stdin`) to `outfile`.
 * @param {string} root the repository root
 * @param {'esm' | 'cjs'} format
 * @param {Partial<import('esbuild').BuildOptions>} input
 * @param {string} outfile
 */
export async function bundleForNode(root, format, input, outfile) {
  await esbuild.build({
    ...input,
    outfile,
    bundle: true,
    platform: 'node',
    format,
    target: 'node22',
    packages: 'external',
    absWorkingDir: root,
    ...(format === 'esm' ? { banner: { js: ESM_REQUIRE } } : {}),
    logLevel: 'warning',
  });
}
