// The command line's bundles (entry -> file in dist/electron), shared by scripts/build.mjs and the
// benches that build the CLI of another commit: cli.cjs is a launcher that runs one of the
// others from its own folder (see electron/cli/main.ts).
export const CLI_BUNDLES = [
  { entry: 'electron/cli/main.ts', out: 'cli.cjs' },
  { entry: 'electron/cli/all.ts', out: 'cli-all.cjs' },
  { entry: 'electron/cli/align-main.ts', out: 'cli-align.cjs' },
  { entry: 'electron/cli/fidelity-main.ts', out: 'cli-fidelity.cjs' },
  { entry: 'electron/cli/align-thread-main.ts', out: 'cli-align-thread.cjs' },
  { entry: 'electron/cli/align-worker.ts', out: 'cli-align-thread-body.cjs' },
];
