import path from 'node:path';
import { defaultDbPath } from '../db/paths';
import { createServices, type Services } from '../services';
import { VERSION } from '../version';
import type { CliIO, ParsedArgs } from './types';

/** The database a CLI command works on: `--db <file>` or the per-user default. */
export function dbFileFrom(args: ParsedArgs): string {
  const db = args.flags['db'];
  return typeof db === 'string' ? path.resolve(db) : defaultDbPath();
}

/** Opens the services for one command and always closes them. */
export async function withServices<T>(args: ParsedArgs, fn: (s: Services) => Promise<T> | T): Promise<T> {
  const services = createServices({ dbFile: dbFileFrom(args), shell: 'cli', version: VERSION });
  try {
    return await fn(services);
  } finally {
    services.close();
  }
}

export function flagString(args: ParsedArgs, name: string, fallback?: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : fallback;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** A command's answer: `value` as one JSON line with --json, else the text made from it. */
export function printResult<T>(args: ParsedArgs, io: CliIO, value: T, text: (v: T) => string): void {
  io.out(args.flags['json'] ? json(value) : text(value));
}

/** A list command's answer: `value` as JSON with --json, else a line per item, or `none` when there is none. */
export function printList<T>(args: ParsedArgs, io: CliIO, value: unknown, items: readonly T[], none: string, line: (item: T) => string): void {
  if (args.flags['json']) io.out(json(value));
  else if (items.length === 0) io.out(none);
  else for (const item of items) io.out(line(item));
}
