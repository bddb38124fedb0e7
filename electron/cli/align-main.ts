// Entry of dist/electron/cli-align.cjs: the `align` command alone (see main.ts).
import { commands } from './commands/align';
import { runCommand } from './dispatch';
import { startCli } from './start';

startCli((argv, io) => runCommand(argv, io, commands));
