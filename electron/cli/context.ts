import path from 'node:path';
import { defaultDbPath } from '../db/paths';
import { createServices, type Services } from '../services';
import { VERSION } from '../version';
import type { ParsedArgs } from './types';

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
