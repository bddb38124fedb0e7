import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import log from 'loglevel';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { electronKeyChain } from '../../../electron/services/mt/keys';
import { SverkaError } from '../../../shared/errors';
import { TM_EXPORT_FORMATS } from '../../../shared/tm/types';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';
import { containsSecret } from '../../support/secrets';
import { fakeSafeStorage } from './helpers';

const containsKey = containsSecret;

let standin: DeeplStandin;
let dir: string;

beforeAll(async () => {
  standin = await startDeeplStandin({ keys: [`c0ffee42-${'9a8b7c6d'.repeat(3)}-51e1:fx`] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-mt-key-'));
});
afterAll(async () => {
  await standin.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the DeepL key never leaks', () => {
  it('appears in no database row, DB file, backup, log line, console output, IPC result, error or export', async () => {
    const key = standin.key;
    const wrongKey = `deadbeef-${'1f2e3d4c'.repeat(3)}-0bad:fx`;
    const captured: string[] = [];
    const capture = (...args: unknown[]) => {
      captured.push(args.map((a) => (typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })())).join(' '));
    };
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m).mockImplementation(capture));
    // deepl-node's own logger at its most verbose: its debug lines must not carry the key either.
    log.getLogger('deepl').setLevel('trace');
    const serviceLog: string[] = [];
    const dbFile = path.join(dir, 'sverka.db');
    const userData = path.join(dir, 'userData');
    let services: Services | undefined;
    const results: unknown[] = [];
    try {
      services = createServices({
        dbFile,
        shell: 'electron',
        env: { DEEPL_SERVER_URL: standin.url },
        mtKeys: electronKeyChain(fakeSafeStorage(), userData, {}),
        mt: { log: (l) => serviceLog.push(l), backoffBaseMs: 1, backoffMaxMs: 2, requestTimeoutMs: 400, maxTextsPerRequest: 1, concurrency: 1 },
        backup: 'always',
      });
      const call = async (channel: string, payload: unknown) => {
        const r = await dispatch(channel, payload);
        results.push(r);
        return r;
      };
      const dispatch = createDispatch(services);
      const project = services.projects.create('Schlüssel');

      expect(await call('mt.status', {})).toMatchObject({ ok: true, value: { keySet: false, source: null } });
      const refused = await call('mt.setKey', { key: wrongKey });
      expect(refused).toMatchObject({ ok: false, error: { code: 'MT_AUTH' } });
      expect(await call('mt.setKey', { key })).toEqual({ ok: true, value: { keySet: true, source: 'safeStorage' } });
      const status = await call('mt.status', {});
      expect(status).toMatchObject({ ok: true, value: { keySet: true, source: 'safeStorage', error: null } });

      const texts = ['Первый абзац статьи.', 'Второй абзац статьи.', 'Третий абзац статьи.'];
      const items = texts.map((text, i) => ({ id: `q${i}`, text }));
      const base = { projectId: project.id, sourceLang: 'ru', targetLang: 'de', items };
      await call('mt.estimate', base);
      const ok = (await call('mt.translate', base)) as { ok: true; value: { items: Array<{ suggestion: string; suggestionId: number }> } };
      expect(ok.ok).toBe(true);
      await call('mt.review', {
        projectId: project.id,
        ref: 'q0',
        sourceText: texts[0],
        suggestion: ok.value.items[0]!.suggestion,
        finalText: 'Der erste Absatz des Artikels.',
        suggestionId: ok.value.items[0]!.suggestionId,
      });
      await call('mt.reviewSummary', { projectId: project.id });

      // Every failure path once: each message is written by Sverka, never echoed from DeepL.
      const faults = [
        () => standin.inject({ kind: 'quotaAfter', texts: 0 }),
        () => standin.inject({ kind: 'status', status: 429 }),
        () => standin.inject({ kind: 'status', status: 500 }),
        () => standin.inject({ kind: 'delay', ms: 2_000, times: 1 }),
        () => standin.inject({ kind: 'reset' }),
        () => standin.inject({ kind: 'refuse' }),
        () => standin.inject({ kind: 'status', status: 403 }),
      ];
      for (const [n, fault] of faults.entries()) {
        fault();
        const r = await call('mt.translate', { ...base, formality: 'less', items: [{ id: 'x', text: `Новый текст ${n}.` }] });
        expect(r).toMatchObject({ ok: true });
        await call('mt.status', {});
        await standin.clear();
      }
      services.tm.addGlossaryTerm({ projectId: project.id, sourceLang: 'ru', targetLang: 'de', sourceTerm: 'абзац', targetTerm: 'Absatz' });
      await call('mt.translate', { ...base, formality: 'more' });
      await call('mt.setKey', { clear: true }).then(() => call('mt.setKey', { key }));

      // A checked pair in the memory, so that every export has content to leak into.
      services.tm.add([
        { sourceLang: 'ru', targetLang: 'de', source: 'Новый текст.', target: 'Neuer Text.', origin: 'human', reviewed: true, props: {} },
      ]);
      let exports = 0;
      for (const format of TM_EXPORT_FORMATS) {
        let exported: { bytes: Buffer };
        try {
          exported = services.tm.exportToBytes(format);
        } catch (err) {
          // Formats the store has not finished yet are skipped; the others must be clean.
          if (err instanceof SverkaError && err.code === 'UNSUPPORTED') continue;
          throw err;
        }
        exports++;
        expect(containsKey(exported.bytes, key)).toBe(false);
      }
      expect(exports).toBeGreaterThan(0);
      await services.backupDone;

      // Every text column of every table, read back through SQL.
      const tables = services.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['mt_suggestions', 'mt_reviews', 'mt_glossaries', 'settings']));
      let cells = 0;
      for (const { name } of tables) {
        for (const row of services.db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
          for (const v of Object.values(row)) {
            if (typeof v === 'string' || Buffer.isBuffer(v)) {
              cells++;
              expect(containsKey(v, key), `${name} holds the key`).toBe(false);
              expect(containsKey(v, wrongKey), `${name} holds the refused key`).toBe(false);
            }
          }
        }
      }
      expect(cells).toBeGreaterThan(10);
    } finally {
      services?.close();
      log.getLogger('deepl').setLevel('warn');
      for (const s of spies) s.mockRestore();
    }

    // The files on disk: database, WAL, backups; the only place the key lives is encrypted.
    const files: string[] = [];
    const walk = (p: string) => {
      for (const e of fs.readdirSync(p, { withFileTypes: true })) {
        const full = path.join(p, e.name);
        if (e.isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(dir);
    expect(files.some((f) => f.endsWith('sverka.db'))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}backups${path.sep}`) || f.includes('backup'))).toBe(true);
    const blob = files.find((f) => f.endsWith('deepl-key.bin'));
    expect(blob).toBeDefined();
    expect(fs.statSync(blob!).mode & 0o077).toBe(0);
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      expect(containsKey(bytes, key), `${path.relative(dir, f)} holds the key`).toBe(false);
      expect(containsKey(bytes, wrongKey), `${path.relative(dir, f)} holds the refused key`).toBe(false);
    }

    for (const line of serviceLog) expect(containsKey(line, key)).toBe(false);
    expect(serviceLog.length).toBeGreaterThan(5);
    for (const line of captured) {
      expect(containsKey(line, key), `console: ${line.slice(0, 80)}`).toBe(false);
      expect(containsKey(line, wrongKey)).toBe(false);
    }
    expect(captured.length).toBeGreaterThan(0);
    const ipc = JSON.stringify(results);
    expect(containsKey(ipc, key)).toBe(false);
    expect(containsKey(ipc, wrongKey)).toBe(false);
    expect(results.length).toBeGreaterThan(20);
    // The stand-in saw the key on every request (so it was really in use), but never in a field.
    expect(standin.requests.filter((r) => r.authorized).length).toBeGreaterThan(5);
    expect(containsKey(JSON.stringify(standin.requests.map((r) => r.params)), key)).toBe(false);
  });
});
