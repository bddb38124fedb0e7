import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import type { MtBatchResult } from '../../../shared/ipc/channels/mt';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { harness } from './helpers';

let standin: DeeplStandin;
let dir: string;

beforeAll(async () => {
  standin = await startDeeplStandin();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-mt-cli-'));
});
afterAll(async () => {
  await standin.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in-process with the stand-in's key and URL in the environment. */
async function cli(args: string[], env: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  let out = '';
  let err = '';
  try {
    const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('mt CLI', () => {
  it('mt translate --json prints per-item results and caches them in --db', async () => {
    const db = path.join(dir, 'a.db');
    const env = { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url, SVERKA_DATA_DIR: dir };
    const args = ['mt', 'translate', '--source-lang', 'ru', '--target-lang', 'de', '--db', db, '--json', 'Мост открыт.', 'Река широкая.'];
    const first = await cli(args, env);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const r1 = JSON.parse(first.out) as MtBatchResult;
    expect(r1.items.map((i) => [i.state, i.suggestion])).toEqual([
      ['translated', '[DE] Мост открыт.'],
      ['translated', '[DE] Река широкая.'],
    ]);
    standin.resetCounts();
    const second = JSON.parse((await cli(args, env)).out) as MtBatchResult;
    expect(second.items.map((i) => i.state)).toEqual(['cached', 'cached']);
    expect(standin.counts.total).toBe(0);

    const plain = await cli(['mt', 'translate', '--source-lang', 'ru', '--target-lang', 'de', '--db', db, 'Мост открыт.'], env);
    expect(plain.out).toBe('[DE] Мост открыт.\n');
    expect(plain.err).toMatch(/0 request\(s\), 0 characters billed, 1 from the cache/);
  });

  it('mt translate without a key: exit 1, a clear per-item message, cache still served', async () => {
    const db = path.join(dir, 'b.db');
    const withKey = { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url, SVERKA_DATA_DIR: dir };
    await cli(['mt', 'translate', '--source-lang', 'de', '--target-lang', 'ru', '--db', db, 'Guten Tag.'], withKey);
    const r = await cli(['mt', 'translate', '--source-lang', 'de', '--target-lang', 'ru', '--db', db, 'Guten Tag.', 'Gute Nacht.'], {
      ...withKey,
      DEEPL_AUTH_KEY: undefined,
    });
    expect(r.code).toBe(1);
    expect(r.out).toBe('[RU] Guten Tag.\n');
    expect(r.err).toMatch(/\[2\] no_key: No DeepL key is set\. Set DEEPL_AUTH_KEY/);
  });

  it('--context-window sends the neighbouring texts as context', async () => {
    const env = { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url, SVERKA_DATA_DIR: dir };
    standin.resetCounts();
    const r = await cli(
      ['mt', 'translate', '--source-lang', 'ru', '--target-lang', 'de', '--db', path.join(dir, 'f.db'), '--context-window', '1', 'Один.', 'Два.'],
      env,
    );
    expect(r.code).toBe(0);
    const contexts = standin.requests.filter((q) => q.path === '/v2/translate').map((q) => q.params['context']?.[0]);
    expect(contexts.sort()).toEqual(['Два.', 'Один.']);
    const bad = await cli(['mt', 'translate', '--db', path.join(dir, 'f.db'), '--context-window', '9', 'x'], env);
    expect(bad.code).toBe(2);
  });

  it('rejects unknown languages and missing texts with exit code 2', async () => {
    const env = { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url, SVERKA_DATA_DIR: dir };
    const db = path.join(dir, 'c.db');
    expect((await cli(['mt', 'translate', '--source-lang', 'fr', '--target-lang', 'de', '--db', db, 'x'], env)).code).toBe(2);
    expect((await cli(['mt', 'translate', '--source-lang', 'ru', '--target-lang', 'ru', '--db', db, 'x'], env)).code).toBe(2);
    expect((await cli(['mt', 'translate', '--db', db], env)).code).toBe(2);
  });

  it('mt usage reports characters used and left; a bad key is a clear error without the key', async () => {
    const env = { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url, SVERKA_DATA_DIR: dir };
    const db = path.join(dir, 'd.db');
    const r = await cli(['mt', 'usage', '--db', db, '--json'], env);
    expect(r.code).toBe(0);
    const u = JSON.parse(r.out) as { characterCount: number; characterLimit: number; remaining: number; source: string };
    expect(u).toMatchObject({ characterLimit: 500_000, source: 'env' });
    expect(u.remaining).toBe(u.characterLimit - u.characterCount);
    const text = await cli(['mt', 'usage', '--db', db], env);
    expect(text.out).toMatch(/^DeepL usage: \d+ of 500000 characters \([\d.]+%\), \d+ left\. Key from env\.\n$/);
    const bad = await cli(['mt', 'usage', '--db', db], { ...env, DEEPL_AUTH_KEY: 'bad-key-7777:fx' });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Error \(MT_AUTH\): DeepL refused the API key \(403\)/);
    expect(bad.err).not.toContain('bad-key-7777');
  });

  it('the built CLI (dist/electron/cli.cjs) translates against DEEPL_SERVER_URL', async () => {
    execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
    const db = path.join(dir, 'e.db');
    // Asynchronous spawn: the stand-in runs in this process and must keep answering.
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(
        nodeBin,
        [dist('electron', 'cli.cjs'), 'mt', 'translate', '--source-lang', 'ru', '--target-lang', 'de', '--db', db, '--json', 'Привет.'],
        { cwd: repoRoot, env: { ...process.env, DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url, SVERKA_DATA_DIR: dir } },
      );
      let stdout = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout }));
    });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as MtBatchResult).items[0]).toMatchObject({ state: 'translated', suggestion: '[DE] Привет.' });
  });
});

describe('review data', () => {
  it('records accepted, edited and rejected decisions with edit distances, and summarises them', async () => {
    const h = harness(standin);
    const cases = Object.freeze([
      { ref: 'seg:1', suggestion: 'Die Brücke ist offen.', finalText: 'Die Brücke ist offen.', decision: undefined, expect: 'accepted', distance: 0 },
      { ref: 'seg:2', suggestion: 'Die Brücke ist offen.', finalText: 'Die Brücke ist geöffnet.', decision: undefined, expect: 'edited', distance: 5 },
      { ref: 'seg:3', suggestion: 'Fluss', finalText: 'Strom', decision: 'rejected' as const, expect: 'rejected', distance: 5 },
    ]);
    for (const c of cases) {
      const r = h.mt.review({
        projectId: h.projectId,
        ref: c.ref,
        sourceText: 'Мост открыт.',
        suggestion: c.suggestion,
        finalText: c.finalText,
        ...(c.decision ? { decision: c.decision } : {}),
        suggestionId: null,
        checkedTranslationId: null,
      });
      expect(r.decision).toBe(c.expect);
      expect(r.editDistance).toBe(c.distance);
    }
    const sum = h.mt.reviewSummary(h.projectId);
    expect(sum).toMatchObject({ total: 3, accepted: 1, edited: 1, rejected: 1 });
    expect(sum.meanEditDistance).toBeCloseTo(10 / 3);
    expect(sum.acceptedShare).toBeCloseTo(1 / 3);

    // Reviewing the same ref again replaces the decision.
    h.mt.review({
      projectId: h.projectId,
      ref: 'seg:2',
      sourceText: 'Мост открыт.',
      suggestion: 'Die Brücke ist offen.',
      finalText: 'Die Brücke ist offen.',
      suggestionId: null,
      checkedTranslationId: null,
    });
    expect(h.mt.reviewSummary(h.projectId)).toMatchObject({ total: 3, accepted: 2, edited: 0, rejected: 1 });
  });

  it('links a review to its cached suggestion and refuses inconsistent input', async () => {
    const h = harness(standin);
    const t = await h.mt.translate({
      sourceLang: 'ru',
      targetLang: 'de',
      items: [{ id: 'a', text: 'Мост открыт.' }],
      formality: 'default',
      useGlossary: true,
      contextWindow: 0,
      cacheOnly: false,
    });
    const id = t.items[0]!.suggestionId!;
    const base = { projectId: h.projectId, ref: null, sourceText: 'Мост открыт.', suggestion: t.items[0]!.suggestion!, checkedTranslationId: null };
    const r = h.mt.review({ ...base, finalText: 'Die Brücke ist eröffnet.', suggestionId: id });
    expect(r).toMatchObject({ suggestionId: id, decision: 'edited' });
    expect(() => h.mt.review({ ...base, finalText: 'Anders.', decision: 'accepted', suggestionId: id })).toThrow(/edited/);
    expect(() => h.mt.review({ ...base, finalText: 'x', suggestionId: 999_999 })).toThrow(/no cached suggestion/);
    expect(() => h.mt.review({ ...base, finalText: 'x', suggestionId: null, checkedTranslationId: 999_999 })).toThrow(/no checked translation/);
    expect(() => h.mt.review({ ...base, projectId: 999_999, finalText: 'x', suggestionId: null })).toThrow(/no project/);
    expect(() => h.mt.reviewSummary(999_999)).toThrow(/no project/);
  });
});
