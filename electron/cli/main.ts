// Entry of dist/electron/cli.cjs, the command line's launcher. It runs one of two bundles built
// beside it: cli-align.cjs for `align` (a quarter of the code: V8 parses all of a bundle before
// running it, and the other commands' modules, the database layer, the formats, memory and MT
// services, cost a long document's alignment about 40 ms of a 1 s process) and cli-all.cjs for
// everything else, help and version included.
import path from 'node:path';

const argv = process.argv.slice(2);
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(path.join(__dirname, argv[0] === 'align' ? 'cli-align.cjs' : 'cli-all.cjs'));
