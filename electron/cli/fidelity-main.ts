// Entry of dist/electron/cli-fidelity.cjs: the `fidelity` command alone (see main.ts). It needs
// the aligner, the fidelity engine and the base lexicon, not the database layer, the formats or
// the memory and MT services of cli-all.cjs, so the launcher runs it through a code cache as it
// runs `align`.
import { commands } from './commands/fidelity';
import { runCommand } from './dispatch';
import { startCli } from './start';

export function startFidelity(): void {
  startCli((argv, io) => runCommand(argv, io, commands));
}
