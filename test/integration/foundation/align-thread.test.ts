import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageChannel, Worker } from 'node:worker_threads';
import { ALIGN_THREAD_BYTES } from '../../../electron/cli/align-process';
import { encodeBeads, encodeSpans, type AlignThreadData, type FromAlignThread, type ToAlignThread } from '../../../electron/cli/align-thread';
import { alignDocuments } from '../../../electron/cli/commands/align';
import { lineSegments } from '../../../shared/text/lines';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { PAIRS } from '../../unit/align/fixtures';

// The second thread of a long `align` run (electron/cli/align-thread.ts): the output is the same
// bytes with it, without it, and whatever it does wrong.

/** Pairs with quotations on both sides (written for this test). */
const QUOTED: ReadonlyArray<readonly [string, string]> = [
  ['«Это важный шаг для всего региона», — сказал мэр Новгорода.', '„Das ist ein wichtiger Schritt für die ganze Region“, sagte der Bürgermeister von Nowgorod.'],
  ['Роман «Тихий Дон» снова продаётся в книжных магазинах.', 'Der Roman „Der stille Don“ ist wieder in den Buchhandlungen erhältlich.'],
  ['Министр назвал план «реалистичным и дешёвым».', 'Der Minister nannte den Plan „realistisch und billig“.'],
];

let dir: string;
let ru: string;
let de: string;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-align-thread-'));
  // A long translation past the thread's size: numbered copies of the pairs.
  const r: string[] = [];
  const d: string[] = [];
  for (let c = 1; c <= 50; c++) {
    for (const [x, y] of [...PAIRS, ...QUOTED]) {
      r.push(`${x} (${c})`);
      d.push(`${y} (${c})`);
    }
  }
  ru = path.join(dir, 'ru.txt');
  de = path.join(dir, 'de.txt');
  fs.writeFileSync(ru, r.join('\n') + '\n');
  fs.writeFileSync(de, d.join('\n') + '\n');
  expect(fs.statSync(ru).size + fs.statSync(de).size).toBeGreaterThan(ALIGN_THREAD_BYTES);
});

/** `align` on the long pair through the launcher `cli` (no code cache; the thread whatever the machine's load). */
function align(cli: string, env: Record<string, string> = {}, extra: string[] = ['--json']): string {
  const r = spawnSync(nodeBin, [cli, 'align', '--source', ru, '--target', de, '--source-lang', 'ru', '--target-lang', 'de', '--segmented', ...extra], {
    encoding: 'utf8',
    env: { ...process.env, SVERKA_CODE_CACHE: 'off', SVERKA_ALIGN_THREAD: 'on', ...env },
    maxBuffer: 1 << 28,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** A folder with the launcher and the align bundle, and `thread` as the thread's bundle (none: no file). */
function launcherWith(name: string, thread: string | null): string {
  const to = path.join(dir, name);
  fs.mkdirSync(to);
  for (const f of ['cli.cjs', 'cli-align.cjs']) fs.copyFileSync(dist('electron', f), path.join(to, f));
  if (thread !== null) fs.writeFileSync(path.join(to, 'cli-align-thread.cjs'), thread);
  return path.join(to, 'cli.cjs');
}

describe('align with its second thread', () => {
  let plain: string;
  beforeAll(() => {
    plain = align(dist('electron', 'cli.cjs'), { SVERKA_ALIGN_THREAD: 'off' });
  });

  it('writes the bytes it writes without the thread', () => {
    const out = JSON.parse(plain) as { quotes: Array<{ source: unknown }>; mode: string };
    expect(out.mode).toBe('sentences');
    expect(out.quotes.filter((q) => q.source !== null).length).toBeGreaterThan(100);
    expect(align(dist('electron', 'cli.cjs'))).toBe(plain);
    expect(align(dist('electron', 'cli.cjs'), {}, [])).toBe(align(dist('electron', 'cli.cjs'), { SVERKA_ALIGN_THREAD: 'off' }, []));
  });

  it('uses the answers of the thread', () => {
    // A thread that never analyses and places no quotation: the output has none.
    const none = `require('node:worker_threads').parentPort.on('message', (m) => { if (m.type === 'beads') require('node:worker_threads').parentPort.postMessage({ quotes: [] }); });`;
    const out = JSON.parse(align(launcherWith('empty', none))) as { quotes: unknown[]; beads: unknown[] };
    expect(out.quotes).toEqual([]);
    expect(out.beads).toEqual((JSON.parse(plain) as { beads: unknown[] }).beads);
  });

  it.each([
    ['no thread bundle', null],
    ['a thread that fails to load', `throw new Error('broken');`],
    ['a thread that leaves at once', `process.exit(3);`],
    ['a thread that cannot place', `require('node:worker_threads').parentPort.on('message', (m) => { if (m.type === 'beads') require('node:worker_threads').parentPort.postMessage({ quotes: null }); });`],
    [
      'a thread that starts the German side and never answers',
      `const { parentPort, workerData } = require('node:worker_threads'); parentPort.on('message', (m) => { if (m.type === 'texts') Atomics.store(workerData.state, 0, 1); });`,
    ],
  ])('falls back to the main thread with %s', (name, thread) => {
    expect(align(launcherWith(name.replace(/\W+/g, '-'), thread))).toBe(plain);
  });
});


describe('the thread itself', () => {
  it('answers, then ends on its own, writing its code cache on the first run', async () => {
    const cacheDir = path.join(dir, 'thread-cache');
    const sourceText = fs.readFileSync(ru, 'utf8');
    const targetText = fs.readFileSync(de, 'utf8');
    const plan = alignDocuments(sourceText, targetText, { sourceLang: 'ru', targetLang: 'de', segmented: true });
    // The first run writes the cache, the second reads it (and writes none).
    for (let run = 0; run < 2; run++) {
      const { port1, port2 } = new MessageChannel();
      const workerData: AlignThreadData = { port: port2, state: new Int32Array(new SharedArrayBuffer(4)), cacheDir, flags: '' };
      const worker = new Worker(dist('electron', 'cli-align-thread.cjs'), { workerData, transferList: [port2] });
      const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
      const texts: ToAlignThread = {
        type: 'texts',
        sourceText,
        targetText,
        sourceSpans: encodeSpans(lineSegments(sourceText)),
        targetSpans: encodeSpans(lineSegments(targetText)),
        targetFrom: 0,
        targetTail: null,
      };
      worker.postMessage(texts);
      const answer = new Promise<FromAlignThread>((resolve) => worker.once('message', resolve));
      worker.postMessage({ type: 'beads', ...encodeBeads(plan.beads) } satisfies ToAlignThread);
      expect((await answer).quotes).toEqual(plan.quotes);
      // No terminate(): the thread leaves by itself once it has answered.
      expect(await exited).toBe(0);
      port1.close();
      expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('cli-align-thread-body.cjs-') && f.endsWith('.bin'))).toHaveLength(1);
    }
  });
});
