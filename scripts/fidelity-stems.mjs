// Writes shared/fidelity/lexicon-stems.ts: the fidelity engine's built-in word lists
// (lexicon-nouns.ts, lexicon-words.ts) as Snowball stems, so that the default matcher is built
// without stemming them on first use. Run after editing the lists: node scripts/fidelity-stems.mjs
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
      contents: "export { listsHash, stemBuiltinLists } from './shared/fidelity/lexicon-index';\nexport { NOUNS } from './shared/fidelity/lexicon-nouns';\nexport { WORDS } from './shared/fidelity/lexicon-words';",
      resolveDir: root,
      loader: 'ts',
    },
  },
  outfile,
);
const m = await import(pathToFileURL(outfile).href);
const stemmed = m.stemBuiltinLists();
if (stemmed.includes('`') || stemmed.includes('\\') || stemmed.includes('${')) throw new Error('a stem would need escaping');
const text = `// Written by scripts/fidelity-stems.mjs from lexicon-nouns.ts and lexicon-words.ts: do not edit.
/** Hash of the lists these stems were made from (see listsHash in lexicon-index.ts). */
export const BUILTIN_STEMS_OF = '${m.listsHash(m.NOUNS + '\n' + m.WORDS)}';
/** The lines of the lists (those with "="), every word replaced by its Snowball stem. */
export const BUILTIN_STEMMED = \`
${stemmed}
\`;
`;
fs.writeFileSync(path.join(root, 'shared', 'fidelity', 'lexicon-stems.ts'), text);
console.log(`shared/fidelity/lexicon-stems.ts: ${stemmed.split('\n').length} lines`);
