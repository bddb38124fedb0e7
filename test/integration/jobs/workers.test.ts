import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { WorkerRunner } from '../../../electron/services/jobs';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { tmpDir, tmx } from '../tm/helpers';

/** The built worker entry: these tests run the real bundle the app and the web bridge start. */
const workerFile = dist('electron', 'worker.cjs');

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
});

/** A TMX of `n` distinct units. */
function bigTmx(n: number): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `<tu tuid="w${i}"><tuv xml:lang="ru"><seg>Фоновая строка ${i}, вариант ${i % 89} для проверки.</seg></tuv><tuv xml:lang="de"><seg>Hintergrundzeile ${i}, Variante ${i % 89} zur Prüfung.</seg></tuv></tu>\n`,
    );
  }
  return Buffer.from(tmx([]).replace('</body>', `${parts.join('')}</body>`));
}

function open(): { s: Services; dbFile: string } {
  const dbFile = path.join(tmpDir('sverka-jobs-'), 'sverka.db');
  const s = createServices({ dbFile, shell: 'cli', workerFile, backup: 'off', integrity: 'off' });
  return { s, dbFile };
}

/** Rows of every memory table: the database "exactly as before" is these being equal. */
function memoryState(s: Services): { units: number; imports: number; fts: number } {
  const one = (sql: string) => s.db.prepare(sql).pluck().get() as number;
  return {
    units: one('SELECT COUNT(*) FROM tm_units'),
    imports: one('SELECT COUNT(*) FROM tm_imports'),
    fts: one("SELECT COUNT(*) FROM tm_source_fts WHERE tm_source_fts MATCH '\"ств\"' OR tm_source_fts MATCH '\"ере\"'"),
  };
}

async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const RU = 'Первое предложение о погоде. Второе предложение рассказывает о городе Москве. Третье предложение завершает рассказ.';
const DE = 'Der erste Satz handelt vom Wetter. Der zweite Satz erzählt von der Stadt Moskau. Der dritte Satz beendet die Erzählung.';

describe('heavy jobs in worker threads', () => {
  it('imports into the memory in a worker; the main connection sees the units and looks them up', async () => {
    const { s } = open();
    try {
      expect(s.jobs.runner).toBeInstanceOf(WorkerRunner);
      const dispatch = createDispatch(s);
      const res = await dispatch('tm.importFile', { fileName: 'a.tmx', dataBase64: bigTmx(500).toString('base64'), jobId: 'imp-1' });
      expect(res).toMatchObject({ ok: true, value: { read: 500, added: 500 } });
      expect((s.jobs.runner as WorkerRunner).workerCount).toBe(1);
      expect(await dispatch('jobs.progress', { jobId: 'imp-1' })).toMatchObject({ ok: true, value: { state: 'done', kind: 'tm.import' } });
      expect(s.tm.lookup('Фоновая строка 17, вариант 17 для проверки.')[0]).toMatchObject({ similarity: 100, target: 'Hintergrundzeile 17, Variante 17 zur Prüfung.' });
      const out = await dispatch('tm.export', { format: 'tmx' });
      expect(out.ok && (out.value as { units: number }).units).toBe(500);
      const text = Buffer.from((out as { value: { dataBase64: string } }).value.dataBase64, 'base64').toString('utf8');
      expect(text).toContain('Hintergrundzeile 499, Variante 54 zur Prüfung.');
    } finally {
      s.close();
    }
  });

  it('a memory export of many megabytes arrives whole: its base64 slices join into the file', async () => {
    const { s } = open();
    try {
      const dispatch = createDispatch(s);
      expect(await dispatch('tm.importFile', { fileName: 'big.tmx', dataBase64: bigTmx(40_000).toString('base64') })).toMatchObject({ ok: true, value: { added: 40_000 } });
      const out = await dispatch('tm.export', { format: 'tmx' });
      expect(out).toMatchObject({ ok: true, value: { units: 40_000 } });
      const b64 = (out as { value: { dataBase64: string } }).value.dataBase64;
      expect(b64.length).toBeGreaterThan(8 << 20);
      const text = Buffer.from(b64, 'base64').toString('utf8');
      expect(Buffer.from(text, 'utf8').toString('base64')).toBe(b64);
      expect(text.match(/<tu[ >]/g)).toHaveLength(40_000);
      expect(text).toContain('Hintergrundzeile 39999, Variante 38 zur Prüfung.');
      expect(text.trimEnd().endsWith('</tmx>')).toBe(true);
    } finally {
      s.close();
    }
  });

  it('cancelling an import midway reports CANCELLED and leaves the memory exactly as it was', async () => {
    const { s } = open();
    try {
      const dispatch = createDispatch(s);
      await dispatch('tm.importFile', { fileName: 'seed.tmx', dataBase64: Buffer.from(tmx([['Было до импорта.', 'War vor dem Import da.']])).toString('base64') });
      const before = memoryState(s);
      const running = dispatch('tm.importFile', { fileName: 'big.tmx', dataBase64: bigTmx(30_000).toString('base64'), jobId: 'imp-c' });
      await until(() => {
        try {
          return s.jobs.progress('imp-c').done > 0;
        } catch {
          return false;
        }
      });
      expect(await dispatch('jobs.cancel', { jobId: 'imp-c' })).toEqual({ ok: true, value: { cancelled: true } });
      const res = await running;
      expect(res).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      expect(s.jobs.progress('imp-c').state).toBe('cancelled');
      expect(memoryState(s)).toEqual(before);
      // The runner goes on: the next import works.
      expect(await dispatch('tm.importFile', { fileName: 'b.tmx', dataBase64: bigTmx(50).toString('base64') })).toMatchObject({ ok: true, value: { added: 50 } });
    } finally {
      s.close();
    }
  });

  it('a worker terminated mid-import is reported clearly, loses only that import, and a new worker takes the next job', async () => {
    const { s } = open();
    try {
      const dispatch = createDispatch(s);
      await dispatch('tm.importFile', { fileName: 'seed.tmx', dataBase64: Buffer.from(tmx([['Было до импорта.', 'War vor dem Import da.']])).toString('base64') });
      const before = memoryState(s);
      const runner = s.jobs.runner as WorkerRunner;
      const running = dispatch('tm.importFile', { fileName: 'big.tmx', dataBase64: bigTmx(30_000).toString('base64'), jobId: 'imp-k' });
      await until(() => {
        try {
          return s.jobs.progress('imp-k').done > 0;
        } catch {
          return false;
        }
      });
      expect(await runner.terminateRunning('tm.import')).toBe(true);
      const res = await running;
      expect(res).toMatchObject({ ok: false, error: { code: 'WORKER_CRASHED' } });
      expect((res as { error: { message: string } }).error.message).toMatch(/memory import stopped.*worker ended unexpectedly.*Nothing of this job was saved/);
      expect(memoryState(s)).toEqual(before);
      expect(runner.workerCount).toBe(0);
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await dispatch('tm.importFile', { fileName: 'c.tmx', dataBase64: bigTmx(20).toString('base64') })).toMatchObject({ ok: true, value: { added: 20 } });
      expect(runner.workerCount).toBe(1);
      expect(memoryState(s).units).toBe(before.units + 20);
    } finally {
      s.close();
    }
  });

  it('runs two jobs on the memory one after the other', async () => {
    const { s } = open();
    try {
      const dispatch = createDispatch(s);
      const events: string[] = [];
      const first = dispatch('tm.importFile', { fileName: 'one.tmx', dataBase64: bigTmx(8000).toString('base64'), jobId: 'one' }).then((r) => {
        events.push('one done');
        return r;
      });
      const second = dispatch('tm.importFile', { fileName: 'two.tmx', dataBase64: bigTmx(10).toString('base64'), jobId: 'two' }).then((r) => {
        events.push('two done');
        return r;
      });
      const [a, b] = await Promise.all([first, second]);
      expect(a).toMatchObject({ ok: true, value: { added: 8000 } });
      // The second file's units are all in the first: merged, which shows it ran after the first committed.
      expect(b).toMatchObject({ ok: true, value: { added: 0, merged: 10 } });
      expect(events).toEqual(['one done', 'two done']);
    } finally {
      s.close();
    }
  });

  it('aligns and exports a project in a worker, and a cancelled alignment changes nothing', async () => {
    const { s } = open();
    try {
      const dispatch = createDispatch(s);
      const p = s.projects.create('Worker', 'ru', 'de');
      s.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: RU, fileName: 'ru.txt', encoding: 'utf-8' });
      s.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: DE, fileName: 'de.txt', encoding: 'utf-8' });
      const links = () => s.db.prepare('SELECT COUNT(*) FROM alignment_links WHERE project_id = ?').pluck().get(p.id) as number;
      // Cancelled before the worker's first phase check: nothing stored.
      const cancelled = dispatch('workbench.align', { projectId: p.id, mode: 'sentences', jobId: 'al-c' });
      expect(await dispatch('workbench.cancelAlign', { jobId: 'al-c' })).toEqual({ ok: true, value: { cancelled: true } });
      expect(await cancelled).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      expect(links()).toBe(0);

      const res = await dispatch('workbench.align', { projectId: p.id, mode: 'sentences', jobId: 'al-1' });
      expect(res).toMatchObject({ ok: true, value: { alignment: { mode: 'sentences', added: 3 } } });
      expect(links()).toBe(3);
      expect(await dispatch('workbench.alignProgress', { jobId: 'al-1' })).toMatchObject({ ok: true, value: { phase: 'done', fraction: 1 } });
      expect((s.jobs.runner as WorkerRunner).workerCount).toBeGreaterThan(0);

      const ex = await dispatch('workbench.export', { projectId: p.id, format: 'tsv', statuses: ['auto'], jobId: 'ex-1' });
      expect(ex).toMatchObject({ ok: true, value: { units: 3 } });
      const tsv = Buffer.from((ex as { value: { dataBase64: string } }).value.dataBase64, 'base64').toString('utf8');
      expect(tsv).toContain('Der zweite Satz erzählt von der Stadt Moskau.');
      expect(await dispatch('jobs.progress', { jobId: 'ex-1' })).toMatchObject({ ok: true, value: { state: 'done', kind: 'workbench.export' } });
    } finally {
      s.close();
    }
  });

  it('the view of a long alignment, sent from the worker in slices, is the view the main thread reads afterwards; a cancel while it plans changes nothing', async () => {
    const { s } = open();
    try {
      const dispatch = createDispatch(s);
      const p = s.projects.create('Lang', 'ru', 'de');
      // 2,600 sentence pairs: several slices of links and of segments.
      const ru: string[] = [];
      const de: string[] = [];
      for (let i = 0; i < 2600; i++) {
        ru.push(`Предложение номер ${i} рассказывает о городе ${i % 37} и погоде.`);
        de.push(`Satz Nummer ${i} erzählt von der Stadt ${i % 37} und dem Wetter.`);
      }
      s.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: ru.join('\n'), fileName: 'ru.txt', encoding: 'utf-8' });
      s.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: de.join('\n'), fileName: 'de.txt', encoding: 'utf-8' });
      const links = () => s.db.prepare('SELECT COUNT(*) FROM alignment_links WHERE project_id = ?').pluck().get(p.id) as number;
      const planning = dispatch('workbench.align', { projectId: p.id, mode: 'sentences', jobId: 'al-mid' });
      await until(() => s.workbench.alignProgress('al-mid').phase === 'sentences');
      expect(await dispatch('workbench.cancelAlign', { jobId: 'al-mid' })).toEqual({ ok: true, value: { cancelled: true } });
      expect(await planning).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      expect(links()).toBe(0);

      const res = await dispatch('workbench.align', { projectId: p.id, mode: 'sentences' });
      expect(res.ok).toBe(true);
      const { alignment, ...view } = (res as { value: Record<string, unknown> & { links: unknown[]; alignment: unknown } }).value;
      expect(alignment).toMatchObject({ mode: 'sentences' });
      expect(view.links.length).toBeGreaterThan(2000);
      expect(await dispatch('workbench.view', { projectId: p.id })).toEqual({ ok: true, value: view });
    } finally {
      s.close();
    }
  });

  it('runs jobs on two projects side by side, each in a worker of its own', async () => {
    const { s } = open();
    try {
      const dispatch = createDispatch(s);
      const ids = [1, 2].map((n) => {
        const p = s.projects.create(`Side ${n}`, 'ru', 'de');
        s.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: RU, fileName: 'ru.txt', encoding: 'utf-8' });
        s.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: DE, fileName: 'de.txt', encoding: 'utf-8' });
        return p.id;
      });
      const runner = s.jobs.runner as WorkerRunner;
      const both = ids.map((projectId) => dispatch('workbench.align', { projectId, mode: 'sentences' }));
      // Both were handed a worker before either finished.
      await until(() => runner.workerCount === 2);
      for (const r of await Promise.all(both)) expect(r).toMatchObject({ ok: true, value: { alignment: { added: 3 } } });
    } finally {
      s.close();
    }
  });

  it('the command line imports and exports through the worker too', () => {
    const dir = tmpDir('sverka-jobs-cli-');
    const dbFile = path.join(dir, 'cli.db');
    const file = path.join(dir, 'in.tmx');
    fs.writeFileSync(file, bigTmx(30));
    const run = (...args: string[]) => execFileSync(nodeBin, [dist('electron', 'cli.cjs'), ...args, '--db', dbFile, '--json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(JSON.parse(run('tm', 'import', file))).toMatchObject({ read: 30, added: 30 });
    const out = path.join(dir, 'out.tmx');
    expect(JSON.parse(run('tm', 'export', '--format', 'tmx', '--out', out))).toMatchObject({ units: 30 });
    expect(fs.readFileSync(out, 'utf8')).toContain('Hintergrundzeile 29, Variante 29 zur Prüfung.');
  });
});
