import path from 'node:path';
import { parseArgs } from '../cli/args';
import { offerBackup } from '../db/backup';
import { acquireDbLock } from '../db/lock';
import { defaultDbPath } from '../db/paths';
import { createDispatch } from '../ipc/dispatch';
import { describeError } from '../errors';
import { createServices } from '../services';
import { VERSION } from '../version';
import { startWebServer } from './server';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.flags['help']) {
    process.stdout.write('Usage: npm run web -- [--port <n>] [--db <file>]\nServes Sverka on http://127.0.0.1 with a per-launch token.\n');
    return 0;
  }
  const portFlag = args.flags['port'];
  const port = typeof portFlag === 'string' ? Number.parseInt(portFlag, 10) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a number from 0 to 65535, not ${String(portFlag)}.\n`);
    return 2;
  }
  const dbFile = typeof args.flags['db'] === 'string' ? path.resolve(args.flags['db']) : defaultDbPath();
  let lock;
  let services;
  try {
    lock = acquireDbLock(dbFile);
    services = createServices({ dbFile, shell: 'web', version: VERSION, sample: true });
  } catch (err) {
    lock?.release();
    process.stderr.write(`Sverka cannot start: ${describeError(err, { dbFile, offerBackup })}\n`);
    return 1;
  }
  // On first run the demo project is aligned before the address is printed, so it opens aligned.
  await services.samplesReady;
  const server = await startWebServer({
    dispatch: createDispatch(services),
    rendererRoot: path.join(__dirname, '..', 'renderer'),
    port,
  });
  process.stdout.write(`Sverka is running at ${server.url}\n`);
  const stop = () => {
    void server.close().then(() => {
      services.close();
      lock.release();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

void main(process.argv.slice(2)).then((code) => {
  if (code >= 0) process.exit(code);
});
