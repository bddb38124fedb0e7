import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBench, seedArticle, type Bench } from '../workbench/helpers';

let bench: Bench;
beforeEach(() => {
  bench = openBench();
});
afterEach(() => bench.close());

const RUSSIAN = 'Министр заявил во вторник, что переговоры о соглашении будут продолжены в следующем месяце.';

describe('a document is checked against the language of its slot', () => {
  it('refuses the German article in the Russian slot with LANG_MISMATCH and stores nothing', async () => {
    const p = await bench.ipc.ok('projects.create', { name: 'Slots' });
    const r = await bench.ipc.invoke('documents.addText', { projectId: p.id, role: 'source', lang: 'de', text: seedArticle() });
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('LANG_MISMATCH');
    expect(r.error.message).toMatch(/Latn.*Cyrl|Cyrl.*Latn/);
    expect((await bench.ipc.ok('projects.open', { id: p.id })).documents).toEqual([]);
  });

  it('refuses a Russian file in the German slot, and takes it when the user confirms', async () => {
    const p = await bench.ipc.ok('projects.create', { name: 'Slots' });
    const file = { projectId: p.id, role: 'target', lang: 'de', fileName: 'x.txt', dataBase64: Buffer.from(RUSSIAN).toString('base64') };
    expect((await bench.ipc.invoke('documents.importFile', file)).error.code).toBe('LANG_MISMATCH');
    const ok = await bench.ipc.ok('documents.importFile', { ...file, acceptMismatch: true });
    expect(ok).toMatchObject({ role: 'target', length: RUSSIAN.length });
  });

  it('takes texts that fit their slots without a question', async () => {
    const p = await bench.ipc.ok('projects.create', { name: 'Slots' });
    await bench.ipc.ok('documents.addText', { projectId: p.id, role: 'source', lang: 'ru', text: RUSSIAN });
    await bench.ipc.ok('documents.addText', { projectId: p.id, role: 'target', lang: 'de', text: seedArticle() });
    expect((await bench.ipc.ok('projects.open', { id: p.id })).documents).toHaveLength(2);
  });
});
