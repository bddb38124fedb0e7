import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';
import { harness, request, translateRequests } from './helpers';

let standin: DeeplStandin;

beforeAll(async () => {
  standin = await startDeeplStandin();
});
afterAll(async () => {
  await standin.close();
});
afterEach(async () => {
  await standin.clear();
  standin.resetCounts();
});

const SIX = Object.freeze([
  'Первое предложение.',
  'Второе предложение.',
  'Третье предложение.',
  'Четвёртое предложение.',
  'Пятое предложение.',
  'Шестое предложение.',
]);

const cacheRows = (h: ReturnType<typeof harness>) =>
  (h.db.prepare('SELECT COUNT(*) AS n FROM mt_suggestions').get() as { n: number }).n;

describe('per-item states for DeepL failures; nothing already paid for is lost', () => {
  it('456 mid-batch keeps and caches the items translated before it, and stops sending', async () => {
    const h = harness(standin, { maxTextsPerRequest: 2, concurrency: 1 });
    standin.inject({ kind: 'quotaAfter', texts: 4 });
    const r = await h.mt.translate(request(SIX));
    expect(r.items.map((i) => i.state)).toEqual(['translated', 'translated', 'translated', 'translated', 'quota_exceeded', 'quota_exceeded']);
    expect(r.items.slice(0, 4).map((i) => i.suggestion)).toEqual(SIX.slice(0, 4).map((t) => `[DE] ${t}`));
    expect(r.items[4]!.message).toMatch(/quota/i);
    expect(r).toMatchObject({ status: 'partial', stoppedBy: 'quota_exceeded' });
    expect(cacheRows(h)).toBe(4);
    expect(translateRequests(standin)).toBe(3);

    await standin.clear();
    standin.resetCounts();
    const resumed = await h.mt.translate(request(SIX));
    expect(resumed.items.map((i) => i.state)).toEqual(['cached', 'cached', 'cached', 'cached', 'translated', 'translated']);
    expect(standin.counts.translatedTexts).toBe(2);
  });

  it('a quota hit in one request stops the queued ones (concurrency 1): no request after the 456', async () => {
    const h = harness(standin, { maxTextsPerRequest: 1, concurrency: 1 });
    standin.inject({ kind: 'quotaAfter', texts: 1 });
    const r = await h.mt.translate(request(SIX));
    expect(r.counts).toEqual({ translated: 1, quota_exceeded: 5 });
    expect(translateRequests(standin)).toBe(2);
  });

  it('403 (bad key): every uncached item says so, one request only, cached items still served', async () => {
    const good = harness(standin);
    await good.mt.translate(request(SIX.slice(0, 1)));
    standin.resetCounts();
    const bad = harness(standin, { key: 'not-the-right-key:fx', db: good.db });
    const r = await bad.mt.translate(request(SIX));
    expect(r.items[0]!.state).toBe('cached');
    expect(r.items.slice(1).every((i) => i.state === 'auth_failed')).toBe(true);
    expect(r.items[1]!.message).toMatch(/403/);
    expect(r.stoppedBy).toBe('auth_failed');
    expect(translateRequests(standin)).toBe(1);
    expect(cacheRows(good)).toBe(1);
  });

  it('429 twice then success: bounded backoff retries and the items are translated', async () => {
    const h = harness(standin);
    standin.inject({ kind: 'status', status: 429, times: 2, path: '/v2/translate' });
    const r = await h.mt.translate(request(SIX.slice(0, 2)));
    expect(r.items.map((i) => i.state)).toEqual(['translated', 'translated']);
    expect(translateRequests(standin)).toBe(3);
    expect(r.requests).toBe(3);
  });

  it.each([
    { status: 429, state: 'rate_limited' },
    { status: 500, state: 'server_error' },
    { status: 502, state: 'server_error' },
    { status: 503, state: 'server_error' },
  ])('$status that persists: retried a bounded number of times, then $state per item', async ({ status, state }) => {
    const h = harness(standin, { maxRetries: 2 });
    standin.inject({ kind: 'status', status, path: '/v2/translate' });
    const r = await h.mt.translate(request(SIX.slice(0, 2)));
    expect(r.items.map((i) => i.state)).toEqual([state, state]);
    expect(translateRequests(standin)).toBe(3);
    expect(r.status).toBe('partial');
    expect(cacheRows(h)).toBe(0);
  });

  it('a slow answer becomes a timeout state for its items (not retried: it may have been billed)', async () => {
    const h = harness(standin, { requestTimeoutMs: 300 });
    standin.inject({ kind: 'delay', ms: 3_000, times: 1, path: '/v2/translate' });
    const r = await h.mt.translate(request(SIX.slice(0, 2)));
    expect(r.items.map((i) => i.state)).toEqual(['timeout', 'timeout']);
    expect(r.items[0]!.message).toMatch(/did not answer/);
    expect(translateRequests(standin)).toBe(1);
    const later = await h.mt.translate(request(SIX.slice(0, 2)));
    expect(later.items.map((i) => i.state)).toEqual(['translated', 'translated']);
  });

  it('a dropped connection (ECONNRESET) is retried', async () => {
    const h = harness(standin);
    standin.inject({ kind: 'reset', times: 1, path: '/v2/translate' });
    const r = await h.mt.translate(request(SIX.slice(0, 2)));
    expect(r.items.map((i) => i.state)).toEqual(['translated', 'translated']);
    expect(translateRequests(standin)).toBe(2);
  });

  it('no network (connection refused): offline per item, the cache still serves, nothing lost', async () => {
    const h = harness(standin);
    await h.mt.translate(request(SIX.slice(0, 2)));
    standin.inject({ kind: 'refuse' });
    const r = await h.mt.translate(request(SIX));
    expect(r.items.map((i) => i.state)).toEqual(['cached', 'cached', 'offline', 'offline', 'offline', 'offline']);
    expect(r.items[0]!.suggestion).toBe(`[DE] ${SIX[0]}`);
    expect(r.stoppedBy).toBe('offline');
    const status = await h.mt.status();
    expect(status.keySet).toBe(true);
    expect(status.error?.code).toBe('MT_UNAVAILABLE');

    await standin.clear();
    const back = await h.mt.translate(request(SIX));
    expect(back.counts).toEqual({ cached: 2, translated: 4 });
  });

  it('no key: cached items are served and the rest say how to set a key', async () => {
    const withKey = harness(standin);
    await withKey.mt.translate(request(SIX.slice(0, 1)));
    const noKey = harness(standin, { key: null, db: withKey.db });
    standin.resetCounts();
    const r = await noKey.mt.translate(request(SIX.slice(0, 2)));
    expect(r.items.map((i) => i.state)).toEqual(['cached', 'no_key']);
    expect(r.items[1]!.message).toMatch(/DEEPL_AUTH_KEY/);
    expect(standin.counts.total).toBe(0);
  });
});
