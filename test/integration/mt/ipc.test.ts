import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import type { MtBatchResult } from '../../../shared/ipc/channels/mt';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';
import { until } from './helpers';

let standin: DeeplStandin;
let s: Services;

beforeAll(async () => {
  standin = await startDeeplStandin();
  s = createServices({
    dbFile: ':memory:',
    shell: 'web',
    env: { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url },
    mt: { maxTextsPerRequest: 1, concurrency: 1, confirmThreshold: 40 },
    backup: 'off',
    integrity: 'off',
  });
});
afterAll(async () => {
  s.close();
  await standin.close();
});

const items = [
  { id: 'a', text: 'Первое предложение.' },
  { id: 'b', text: 'Второе предложение.' },
  { id: 'c', text: 'Третье предложение.' },
];

describe('mt channels through the dispatcher', () => {
  it('checks requests where they arrive', async () => {
    const d = createDispatch(s);
    const same = await d('mt.estimate', { sourceLang: 'ru', targetLang: 'ru', items });
    expect(same).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringMatching(/must differ/) } });
    expect(await d('mt.translate', { sourceLang: 'en', targetLang: 'de', items })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await d('mt.translate', { sourceLang: 'ru', targetLang: 'de', items: [] })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const short = await d('mt.setKey', { key: 'abc' });
    expect(short).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(JSON.stringify(short)).not.toContain('"abc"');
  });

  it('estimate, confirm, translate and cancel from the renderer side', async () => {
    const d = createDispatch(s);
    const est = (await d('mt.estimate', { sourceLang: 'ru', targetLang: 'de', items })) as { ok: true; value: { characters: number; needsConfirmation: boolean } };
    expect(est.value.needsConfirmation).toBe(true);
    const waiting = (await d('mt.translate', { sourceLang: 'ru', targetLang: 'de', items })) as { ok: true; value: MtBatchResult };
    expect(waiting.value.status).toBe('needs_confirmation');
    expect(standin.counts.total).toBe(0);

    standin.inject({ kind: 'delay', ms: 300, times: 1 });
    const running = d('mt.translate', { sourceLang: 'ru', targetLang: 'de', items, batchId: 'ui-1', confirmCharacters: est.value.characters });
    await until(() => standin.requests.length >= 1, 'the first request');
    expect(await d('mt.cancel', { batchId: 'ui-1' })).toEqual({ ok: true, value: { cancelled: true } });
    const done = (await running) as { ok: true; value: MtBatchResult };
    expect(done.value.status).toBe('cancelled');
    expect(standin.counts.byRoute['POST /v2/translate']).toBe(1);
  });

  it('records reviews and returns the project summary', async () => {
    const d = createDispatch(s);
    const p = s.projects.create('Review');
    const review = await d('mt.review', {
      projectId: p.id,
      ref: 'seg:1',
      sourceText: 'Первое предложение.',
      suggestion: 'Der erste Satz.',
      finalText: 'Der erste Satz!',
    });
    expect(review).toMatchObject({ ok: true, value: { decision: 'edited', editDistance: 1, ref: 'seg:1' } });
    expect(await d('mt.reviewSummary', { projectId: p.id })).toMatchObject({ ok: true, value: { total: 1, edited: 1, meanEditDistance: 1 } });
    expect(await d('mt.reviewSummary', { projectId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
