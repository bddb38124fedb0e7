import path from 'node:path';
import { defaultDbPath } from '../db/paths';
import { describeError, typedError } from '../errors';
import { VERSION } from '../version';
import { parseArgs } from './args';
import { loadAllCommands, loadCommandsFor } from './commands';
import type { CliCommand, CliIO, ParsedArgs } from './types';

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

/** Finds the command whose (one- or two-word) name starts argv, longest name first. */
function findCommand(commands: readonly CliCommand[], argv: readonly string[]): { cmd: CliCommand; rest: string[] } | null {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const cmd of sorted) {
    const words = cmd.name.split(' ');
    if (words.every((w, i) => argv[i] === w)) return { cmd, rest: argv.slice(words.length) };
  }
  return null;
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
  const commands = given ?? (await loadCommandsFor(argv));
  const found = findCommand(commands, argv);
  if (!found) {
    const group = commands.filter((c) => c.name.startsWith(`${argv[0]} `));
    io.err(
      group.length
        ? `Unknown ${argv[0]} command. Try: ${group.map((c) => c.name).join(', ')}\n`
        : `Unknown command "${argv[0]}". Run with --help to see the commands.\n`,
    );
    return 2;
  }
  const args = parseArgs(found.rest, [...(found.cmd.booleanFlags ?? []), 'help']);
  if (args.flags['help']) {
    io.out(`Usage: npm run cli -- ${found.cmd.usage}\n${found.cmd.summary}\n`);
    return 0;
  }
  try {
    return await found.cmd.run(args, io);
  } catch (err) {
    // Driver, file-system and engine errors become typed messages; a stack only with SVERKA_DEBUG.
    // The database layer is loaded here only when the error is about a database.
    const dbFile = dbFileFrom(args);
    const sqlite = typeof (err as { code?: unknown })?.code === 'string' && String((err as { code: string }).code).startsWith('SQLITE_');
    const ctx = { dbFile, ...(sqlite ? { offerBackup: (await import('../db/backup')).offerBackup } : {}) };
    const typed = typedError(err, ctx);
    io.err(`${describeError(err, ctx)}\n`);
    return typed?.code === 'BAD_REQUEST' ? 2 : 1;
  }
}

/** The database a command works on (for messages), without loading the database layer. */
function dbFileFrom(args: ParsedArgs): string {
  const db = args.flags['db'];
  return typeof db === 'string' ? path.resolve(db) : defaultDbPath();
}
