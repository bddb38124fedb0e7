// Entry of dist/electron/cli-align.cjs: the `align` command alone (see main.ts), started by the
// launcher with the quotation thread it may have started (align-thread.ts).
import { alignCommands } from './commands/align';
import { runCommand } from './dispatch';
import type { AlignThread } from './align-thread';
import { startCli } from './start';

export function startAlign(thread: AlignThread | null): void {
  const commands = alignCommands(thread);
  startCli((argv, io) => runCommand(argv, io, commands));
}
