// Entry of dist/electron/cli-all.cjs: every command (see main.ts).
import { runCli } from './run';
import { startCli } from './start';

startCli((argv, io) => runCli(argv, io));
