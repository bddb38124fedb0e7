import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { WorkerRunner } from '../../../electron/services/jobs';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { tmpDir } from '../tm/helpers';

/** The built worker entry: the dictionary import runs in the bundle the app starts. */
const workerFile = dist('electron', 'worker.cjs');

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
});

/** A TSV dictionary of `n` invented German–Russian pairs: a few megabytes, read in several chunks. */
function bigTsv(n: number): Buffer {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`Prüfwort${i} Nummer${i % 97}\tпроверочное${i} слово${i % 89}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

function open(): Services {
  const dbFile = path.join(tmpDir('sverka-dict-job-'), 'sverka.db');
  return createServices({ dbFile, shell: 'cli', workerFile, backup: 'off', integrity: 'off' });
}

/** Every dictionary row and entry: the database "as before" is these being equal. */
function dictionaryState(s: Services): { lexicons: unknown[]; entries: number } {
  return {
    lexicons: s.db.prepare('SELECT id, name, state, entries FROM user_lexicons ORDER BY id').all(),
    entries: s.db.prepare('SELECT COUNT(*) FROM user_lexicon_entries').pluck().get() as number,
  };
}

/** Starts a large import by IPC and resolves once the worker has read some of it (the answer boxed, so that it is not awaited). */
async function startBig(s: Services, dispatch: Dispatch, jobId: string): Promise<{ running: Promise<unknown> }> {
  const running = dispatch('lexicon.import', { fileName: 'gross.tsv', dataBase64: bigTsv(400_000).toString('base64'), jobId });
  const end = Date.now() + 60_000;
  for (;;) {
    const st = s.lexicons.progress(jobId);
    if (st.bytes > 0 && !st.done) break;
    if (st.done) throw new Error('the import finished before it could be interrupted');
    if (Date.now() > end) throw new Error('timed out waiting for the import to start');
    await new Promise((r) => setTimeout(r, 5));
  }
  return { running };
}

const SMALL = Buffer.from('Getreide\tзерно\nSeeweg\tморской путь\n').toString('base64');

describe('the dictionary import is a background job', () => {
  it('runs in a job worker, listed as dictionary.import, and the main connection then uses the dictionary', async () => {
    const s = open();
    try {
      expect(s.jobs.runner).toBeInstanceOf(WorkerRunner);
      const dispatch = createDispatch(s);
      const res = await dispatch('lexicon.import', { fileName: 'eigen.tsv', dataBase64: SMALL, jobId: 'dict-1' });
      expect(res).toMatchObject({ ok: true, value: { name: 'eigen.tsv', format: 'tsv', entries: 2, projectId: null } });
      expect((s.jobs.runner as WorkerRunner).workerCount).toBe(1);
      expect(await dispatch('jobs.progress', { jobId: 'dict-1' })).toMatchObject({ ok: true, value: { kind: 'dictionary.import', state: 'done' } });
      expect(await dispatch('lexicon.importProgress', { jobId: 'dict-1' })).toMatchObject({ ok: true, value: { done: true, entries: 2 } });
      expect(await dispatch('lexicon.list', {})).toMatchObject({ ok: true, value: { lexicons: [{ name: 'eigen.tsv', entries: 2 }] } });
      const lex = s.lexicons.store.userLexicons(null);
      expect(lex).toHaveLength(1);
      // A broken file fails with its line, in the worker as on the main thread, and leaves nothing.
      const bad = await dispatch('lexicon.import', { fileName: 'kaputt.tsv', dataBase64: Buffer.from('Zoll\tпошлина\nkein Tab hier\n').toString('base64') });
      expect(bad).toMatchObject({ ok: false, error: { code: 'PARSE_ERROR', message: expect.stringMatching(/line 2/) } });
      expect(dictionaryState(s).lexicons).toHaveLength(1);
    } finally {
      s.close();
    }
  });

  it.each([
    ['lexicon.cancelImport', (d: Dispatch, jobId: string) => d('lexicon.cancelImport', { jobId })],
    ['jobs.cancel', (d: Dispatch, jobId: string) => d('jobs.cancel', { jobId })],
  ] as const)('a cancel midway (%s) answers CANCELLED and leaves the dictionaries exactly as they were', async (_how, cancel) => {
    const s = open();
    try {
      const dispatch = createDispatch(s);
      expect(await dispatch('lexicon.import', { fileName: 'vorher.tsv', dataBase64: SMALL })).toMatchObject({ ok: true });
      const before = dictionaryState(s);
      const { running } = await startBig(s, dispatch, 'dict-c');
      expect(await cancel(dispatch, 'dict-c')).toEqual({ ok: true, value: { cancelled: true } });
      expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      expect(s.jobs.progress('dict-c').state).toBe('cancelled');
      expect(dictionaryState(s)).toEqual(before);
      expect(await dispatch('lexicon.import', { fileName: 'danach.tsv', dataBase64: SMALL })).toMatchObject({ ok: true, value: { entries: 2 } });
    } finally {
      s.close();
    }
  });

  it('a worker killed midway is reported as WORKER_CRASHED; the half-written dictionary goes and the next import works', async () => {
    const s = open();
    try {
      const dispatch = createDispatch(s);
      expect(await dispatch('lexicon.import', { fileName: 'vorher.tsv', dataBase64: SMALL })).toMatchObject({ ok: true });
      const before = dictionaryState(s);
      const { running } = await startBig(s, dispatch, 'dict-k');
      expect(await (s.jobs.runner as WorkerRunner).terminateRunning('dictionary.import')).toBe(true);
      const res = await running;
      expect(res).toMatchObject({ ok: false, error: { code: 'WORKER_CRASHED', message: expect.stringMatching(/dictionary import stopped/) } });
      expect(dictionaryState(s)).toEqual(before);
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await dispatch('lexicon.import', { fileName: 'danach.tsv', dataBase64: SMALL })).toMatchObject({ ok: true, value: { entries: 2 } });
    } finally {
      s.close();
    }
  });
});
