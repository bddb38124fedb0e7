// Loads dist/electron/main.cjs with the electron stub, drives it like Electron would, and
// prints a JSON report of what it saw. Run by test/integration/foundation/main-bundle.test.ts.
const path = require('node:path');
const { record } = require('./electron-stub.cjs');

async function main() {
  const bundle = path.resolve(process.argv[2]);
  require(bundle);
  await new Promise((r) => setTimeout(r, 200));
  const win = record.windows[0];
  const report = {
    errors: record.errors,
    privilegedSchemes: record.privilegedSchemes,
    channels: Object.keys(record.ipcHandlers).sort(),
    window: win && { options: win.options, loadedUrl: win.loadedUrl },
    openHandler: null,
    navigation: {},
    protocol: {},
    ipc: {},
  };
  if (win) {
    report.openHandler = win.webContents.windowOpenHandler({ url: 'https://example.org/' });
    for (const url of ['app://sverka/index.html', 'https://example.org/', 'file:///etc/passwd']) {
      let prevented = false;
      win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      report.navigation[url] = prevented;
    }
  }
  const serve = record.protocolHandlers.app;
  if (serve) {
    for (const url of [
      'app://sverka/index.html',
      'app://sverka/',
      'app://sverka/../../../../etc/passwd',
      'app://sverka/%2e%2e/%2e%2e/package.json',
      'app://sverka/..%2f..%2fpackage.json',
      'app://other/index.html',
    ]) {
      const res = await serve(new Request(url));
      report.protocol[url] = { status: res.status, csp: res.headers.get('content-security-policy') };
    }
  }
  const list = record.ipcHandlers['projects.list'];
  if (list) {
    report.ipc.trusted = await list({ senderFrame: { url: 'app://sverka/index.html' } }, {});
    report.ipc.untrusted = await list({ senderFrame: { url: 'https://evil.example/' } }, {});
    report.ipc.malformed = await record.ipcHandlers['projects.create']({ senderFrame: { url: 'app://sverka/index.html' } }, { name: 42 });
  }
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exit(1);
});
