/**
 * Every error Sverka raises on purpose carries a stable `code`, so that IPC, the CLI and the
 * UI can react to the kind of failure rather than parse a message.
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNSUPPORTED'
  | 'TOO_LARGE'
  | 'EMPTY_INPUT'
  | 'BINARY_FILE'
  | 'DECODE_FAILED'
  /** A document's text is in another script than its slot's language (the user may confirm it). */
  | 'LANG_MISMATCH'
  | 'PARSE_ERROR'
  | 'DB_ERROR'
  | 'DB_LOCKED'
  | 'DB_CORRUPT'
  | 'DB_READONLY'
  | 'DISK_FULL'
  | 'TOO_DEEP'
  | 'IO_ERROR'
  | 'MT_AUTH'
  | 'MT_QUOTA'
  | 'MT_RATE_LIMIT'
  | 'MT_UNAVAILABLE'
  | 'MT_TIMEOUT'
  | 'MT_NO_KEY'
  | 'CANCELLED'
  /** A background job's worker stopped without an answer (killed, out of memory); committed data is kept. */
  | 'WORKER_CRASHED'
  | 'INTERNAL'
  // Team memory (PostgreSQL): why the shared server cannot be used right now.
  | 'TEAM_NOT_CONFIGURED'
  | 'TEAM_UNREACHABLE'
  | 'TEAM_TIMEOUT'
  | 'TEAM_AUTH'
  | 'TEAM_TLS'
  | 'TEAM_NOT_POSTGRES'
  | 'TEAM_SCHEMA'
  | 'TEAM_CONNECTION_LOST'
  | 'TEAM_READ_ONLY';

/** Base class of every deliberate error; `code` is what callers switch on. */
export class SverkaError extends Error {
  readonly code: ErrorCode;
  /** Optional machine-readable details (file position, limit, ...). */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'SverkaError';
    this.code = code;
    this.details = details;
  }
}

/** A parse error that names the place in the input where it happened. */
export class ParseError extends SverkaError {
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, where?: { line?: number; column?: number; [k: string]: unknown }) {
    const at = where?.line !== undefined ? ` (line ${where.line}${where.column !== undefined ? `, column ${where.column}` : ''})` : '';
    super('PARSE_ERROR', message + at, where);
    this.name = 'ParseError';
    this.line = where?.line;
    this.column = where?.column;
  }
}

/** Exhaustiveness guard for switches over unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new SverkaError('INTERNAL', `Unexpected ${what}: ${JSON.stringify(value)}`);
}
