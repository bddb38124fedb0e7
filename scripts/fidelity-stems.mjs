// Writes shared/fidelity/lexicon-stems.ts: the fidelity engine's built-in word lists
// (lexicon-nouns.ts, lexicon-words.ts) as Snowball stems, packed as the index the default
// matcher reads (JSON: one parse, rows unpacked on first lookup), so that it is built without
// stemming or splitting the lists on first use. Run after editing the lists: node scripts/fidelity-stems.mjs
// (test/unit/fidelity/lexicon-stems.test.ts fails while the file is stale).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'scripts', 'fidelity-stems.mjs');
await bundleForNode(
  root,
  'esm',
  {
    stdin: {
      contents: "export { listsHash, packBuiltinLists } from './shared/fidelity/lexicon-index';\nexport { NOUNS } from './shared/fidelity/lexicon-nouns';\nexport { WORDS } from './shared/fidelity/lexicon-words';",
      resolveDir: root,
      loader: 'ts',
    },
    // The file being written is stubbed out: the script runs when it is stale or unreadable too.
    plugins: [
      {
        name: 'stub-lexicon-stems',
        setup(build) {
          build.onResolve({ filter: /[/\\]lexicon-stems$/ }, () => ({ path: 'lexicon-stems', namespace: 'stub' }));
          build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: "export const BUILTIN_STEMS_OF = ''; export const BUILTIN_INDEX = '';", loader: 'js' }));
        },
      },
    ],
  },
  outfile,
);
const m = await import(pathToFileURL(outfile).href);
const packed = m.packBuiltinLists();
if (packed.includes('`') || packed.includes('\\') || packed.includes('${')) throw new Error('a stem would need escaping');
const text = `// Written by scripts/fidelity-stems.mjs from lexicon-nouns.ts and lexicon-words.ts: do not edit.
/** Hash of the lists these stems were made from (see listsHash in lexicon-index.ts). */
export const BUILTIN_STEMS_OF = '${m.listsHash(m.NOUNS + '\n' + m.WORDS)}';
/** The lists' index over Snowball stems, packed (see LexiconIndex.pack in lexicon-index.ts). */
export const BUILTIN_INDEX = \`${packed}\`;
`;
fs.writeFileSync(path.join(root, 'shared', 'fidelity', 'lexicon-stems.ts'), text);
console.log(`shared/fidelity/lexicon-stems.ts: ${packed.split('\n').length} lines`);
