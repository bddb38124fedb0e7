import { runCli } from './run';

// Large JSON outputs must reach a pipe completely before the process ends.
void runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then((code) => {
  process.exitCode = code;
});
