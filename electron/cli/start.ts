import type { CliIO } from './types';

/**
 * Runs one CLI invocation in this process: `run` writes to stdout and stderr, its result becomes
 * the exit code. Large JSON outputs reach a pipe completely before the process ends.
 */
export function startCli(run: (argv: readonly string[], io: CliIO) => Promise<number>): void {
  const argv = process.argv.slice(2);
  void run(argv, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
    // `align` holds nothing open once its output is out: it leaves as soon as stdout has taken
    // everything, without the heap teardown of a natural exit (about 40 ms on newstest2012 as
    // one document). Other commands may leave work behind them (workers, connections) and end
    // the usual way.
    if (argv[0] === 'align') process.stdout.write('', () => process.exit(code));
  });
}
