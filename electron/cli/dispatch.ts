import path from 'node:path';
import { defaultDbPath } from '../db/paths';
import { describeError, typedError } from '../errors';
import { parseArgs } from './args';
import type { CliCommand, CliIO, ParsedArgs } from './types';

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
 * Runs the command among `commands` that `argv` names (its `--help` included); returns the exit
 * code. Errors become one clear line on stderr. Needs no command module of its own, so the
 * `align` bundle (see main.ts) runs its command through it without the others.
 */
export async function runCommand(argv: readonly string[], io: CliIO, commands: readonly CliCommand[]): Promise<number> {
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
