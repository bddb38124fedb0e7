import { VERSION } from '../version';
import { loadAllCommands, loadCommandsFor } from './commands';
import { runCommand } from './dispatch';
import type { CliCommand, CliIO } from './types';

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Sverka ${VERSION}: collate Russian originals with their German renderings.`,
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    '  --db <file>   database file (default: the per-user data folder)',
    '  --help        show help (also: <command> --help)',
    '  --version     print the version',
    '',
  ].join('\n');
}

/**
 * Runs one CLI invocation; returns the exit code. Errors become one clear line on stderr.
 * Without `given`, loads only the command modules the invocation needs.
 */
export async function runCli(argv: readonly string[], io: CliIO, given?: readonly CliCommand[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(helpText(given ?? (await loadAllCommands())));
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  return runCommand(argv, io, given ?? (await loadCommandsFor(argv)));
}
