import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './paths';

/** Where E2E screenshots go (git-ignored). */
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

const BIN = path.join(repoRoot, 'node_modules', '.bin');
const env = (): NodeJS.ProcessEnv => ({ ...process.env, PATH: `${BIN}${path.delimiter}${process.env['PATH'] ?? ''}` });

export const CHROMIUM = process.env['SVERKA_CHROMIUM'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let built = false;

/** Builds the Electron bundles and the renderer once per process (the build skips what is fresh). */
export function buildOnce(): void {
  if (built) return;
  execFileSync(path.join(BIN, 'node'), ['scripts/build.mjs', '--quiet'], { cwd: repoRoot, env: env(), stdio: ['ignore', 'inherit', 'inherit'] });
  built = true;
}

export interface WebApp {
  /** The full URL with the token, as printed. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  dbFile: string;
  stop(): Promise<void>;
}

/**
 * Starts `npm run web -- --port 0 --db <tmp>` and waits for the URL line. `defaultDb` leaves
 * `--db` out, as a newcomer types it (the database then goes to the data folder of `env`);
 * `unset` removes variables from the inherited environment.
 */
export async function startWeb(
  opts: { dbFile?: string; defaultDb?: boolean; timeoutMs?: number; env?: Record<string, string>; unset?: readonly string[] } = {},
): Promise<WebApp> {
  buildOnce();
  const dbFile = opts.dbFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-e2e-db-')), 'sverka.db');
  const childEnv: NodeJS.ProcessEnv = { ...env(), ...opts.env };
  for (const name of opts.unset ?? []) delete childEnv[name];
  const args = ['run', '-s', 'web', '--', '--port', '0', ...(opts.defaultDb ? [] : ['--db', dbFile])];
  const child = spawn('npm', args, {
    cwd: repoRoot,
    env: childEnv,
    // A process group of its own, so stop() ends npm and the node it started together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run web printed no URL in time.\nstdout: ${out}\nstderr: ${err}`)), opts.timeoutMs ?? 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Sverka is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run web exited with ${code}.\nstdout: ${out}\nstderr: ${err}`));
    });
  });
  const u = new URL(url);
  return {
    url,
    origin: u.origin,
    port: Number(u.port),
    dbFile,
    stop: () => stopGroup(child),
  };
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const force = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(force);
      resolve();
    }
  });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile directory, recording every request and every console error so
 * tests can assert that nothing leaves 127.0.0.1 and nothing fails quietly.
 */
export async function openBrowser(opts: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-US',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  context.on('response', (r) => {
    if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  return {
    context,
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** URLs that went anywhere but the app's own origin (data: and blob: stay in the page). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !(u.startsWith(`${origin}/`) || u === origin || u.startsWith('data:') || u.startsWith('blob:')));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
