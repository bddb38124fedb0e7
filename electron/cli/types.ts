/** Parsed command line: positional words after the command name, and `--flag value` pairs. */
export interface ParsedArgs {
  positional: string[];
  /** `--json` -> true, `--lang de` -> 'de'; repeated flags keep the last value. */
  flags: Record<string, string | boolean>;
}

/** Where a command writes; tests capture these instead of the process streams. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/**
 * One CLI command. `name` may have two words (`tm import`); the dispatcher matches the
 * longest name first. `run` returns the process exit code.
 */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Flags that take no value (everything else after `--x` consumes the next word). */
  booleanFlags?: readonly string[];
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}
