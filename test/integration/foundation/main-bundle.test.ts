import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { dist, nodeBin, repoRoot } from '../../support/paths';

interface Report {
  errors: string[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  channels: string[];
  window: { options: { webPreferences: Record<string, unknown> }; loadedUrl: string } | undefined;
  openHandler: { action: string } | null;
  navigation: Record<string, boolean>;
  protocol: Record<string, { status: number; csp: string | null }>;
  ipc: Record<string, { ok: boolean; error?: { code: string } }>;
}

let report: Report;

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--quiet'], { cwd: repoRoot });
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-main-'));
  const out = execFileSync(nodeBin, [path.join(repoRoot, 'test/support/probe-main.cjs'), dist('electron', 'main.cjs')], {
    cwd: repoRoot,
    env: { ...process.env, SVERKA_STUB_USERDATA: userData },
  });
  report = JSON.parse(out.toString('utf8')) as Report;
});

describe('the built main bundle under a stub electron', () => {
  it('opens its database without errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('creates the window with the secure options only', () => {
    const prefs = report.window!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(prefs['preload'])).toMatch(/preload\.cjs$/);
    expect(report.window!.loadedUrl).toBe('app://sverka/index.html');
  });

  it('denies window.open and blocks navigation away from the app', () => {
    expect(report.openHandler).toEqual({ action: 'deny' });
    expect(report.navigation).toEqual({
      'app://sverka/index.html': false,
      'https://example.org/': true,
      'file:///etc/passwd': true,
    });
  });

  it('registers app:// as a privileged, secure scheme', () => {
    expect(report.privilegedSchemes).toContainEqual(expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) }));
  });

  it('has a handler for every contract channel', () => {
    expect(report.channels).toEqual([...channels].sort());
  });

  it.each([
    ['app://sverka/index.html', 200],
    ['app://sverka/', 200],
    ['app://sverka/../../../../etc/passwd', 404],
    ['app://sverka/%2e%2e/%2e%2e/package.json', 404],
    ['app://sverka/..%2f..%2fpackage.json', 404],
    ['app://other/index.html', 404],
  ])('serves %s with status %i and only from the renderer folder', (url, status) => {
    expect(report.protocol[url]!.status).toBe(status);
    if (status === 200) expect(report.protocol[url]!.csp).toMatch(/^default-src 'none'/);
  });

  it('answers trusted IPC, refuses other frames and malformed payloads', () => {
    expect(report.ipc['trusted']!.ok).toBe(true);
    expect(report.ipc['untrusted']).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.ipc['malformed']).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
