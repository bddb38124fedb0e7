import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { find, openBench, projectWith, type Bench } from '../workbench/helpers';

// Our own texts: a Russian report and a German article quoting it, one quotation faithful,
// one with a dropped negation and a changed number.
const RU =
  'Министр заявил журналистам: «Мы будем продолжать переговоры с соседями».\n\n' +
  'Позже он добавил: «Мы не будем платить 30 миллиардов долларов».\n';
const DE =
  'Der Minister sagte: „Wir werden die Verhandlungen mit den Nachbarn fortsetzen.“\n\n' +
  'Später fügte er hinzu: „Wir werden 3 Milliarden Dollar zahlen.“\n';

const Q1_DE = 'Wir werden die Verhandlungen mit den Nachbarn fortsetzen.';
const Q1_RU = 'Мы будем продолжать переговоры с соседями';
const Q2_DE = 'Wir werden 3 Milliarden Dollar zahlen.';
const Q2_RU = 'Мы не будем платить 30 миллиардов долларов';

let bench: Bench;
let pid: number;
let faithful: number;
let distorted: number;

beforeAll(async () => {
  bench = openBench();
  pid = await projectWith(bench.ipc, RU, DE, 'Faktencheck');
  faithful = (await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source: find(RU, Q1_RU), target: find(DE, Q1_DE) })).created[0];
  distorted = (await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source: find(RU, Q2_RU), target: find(DE, Q2_DE) })).created[0];
  await bench.ipc.ok('review.setReviewer', { name: 'Anna Weber' });
});
afterAll(() => bench.close());

const byLink = (list: any, id: number) => list.items.find((i: any) => i.linkId === id);

describe('fidelity over IPC on a real database', () => {
  it('flags every quotation link with words on both sides in document offsets, and summarises the project', async () => {
    const list = await bench.ipc.ok('fidelity.list', { projectId: pid });
    expect(list.items).toHaveLength(2);
    expect(byLink(list, faithful).state).toBe('ok');
    expect(byLink(list, faithful).flags).toEqual([]);
    const d = byLink(list, distorted);
    expect(d.flags.map((f: any) => f.kind).sort()).toEqual(['negation', 'number']);
    const neg = d.flags.find((f: any) => f.kind === 'negation');
    expect(neg.russian.map((w: any) => RU.slice(w.start, w.end))).toEqual(['не']);
    const num = d.flags.find((f: any) => f.kind === 'number');
    expect(num.german.map((w: any) => DE.slice(w.start, w.end)).join(' ')).toContain('3');
    expect(list.summary).toMatchObject({ quotations: 2, checked: 2, clean: 1, byKind: { negation: 1, number: 1, name: 0 }, verdicts: { none: 2 } });
  });

  it('stores a verdict with comment, author and history, and clears it', async () => {
    const v = await bench.ipc.ok('fidelity.setVerdict', { linkId: distorted, verdict: 'distorted', comment: 'Negation lost, 30 became 3.' });
    expect(v.verdict).toMatchObject({ verdict: 'distorted', comment: 'Negation lost, 30 became 3.', by: 'Anna Weber' });
    await bench.ipc.ok('fidelity.setVerdict', { linkId: distorted, verdict: 'cannot-verify', comment: 'Ask the desk.' });
    await bench.ipc.ok('fidelity.setVerdict', { linkId: faithful, verdict: 'faithful' });
    const list = await bench.ipc.ok('fidelity.list', { projectId: pid });
    expect(list.summary.verdicts).toMatchObject({ faithful: 1, 'cannot-verify': 1, none: 0 });
    await bench.ipc.ok('fidelity.setVerdict', { linkId: distorted, verdict: 'distorted', comment: 'Negation lost, 30 became 3.' });
    const h = await bench.ipc.ok('fidelity.history', { linkId: distorted });
    expect(h.map((e: any) => [e.action, e.beforeVerdict, e.afterVerdict, e.who])).toEqual([
      ['insert', null, 'distorted', 'Anna Weber'],
      ['update', 'distorted', 'cannot-verify', 'Anna Weber'],
      ['update', 'cannot-verify', 'distorted', 'Anna Weber'],
    ]);
    const cleared = await bench.ipc.ok('fidelity.setVerdict', { linkId: faithful, verdict: null });
    expect(cleared.verdict).toBeNull();
    expect((await bench.ipc.ok('fidelity.history', { linkId: faithful })).map((e: any) => e.action)).toEqual(['insert', 'delete']);
    await bench.ipc.ok('fidelity.setVerdict', { linkId: faithful, verdict: 'faithful' });
  });

  it('refuses bad payloads and sentence links with typed errors', async () => {
    const bad = await bench.ipc.invoke('fidelity.setVerdict', { linkId: distorted, verdict: 'maybe' });
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('BAD_REQUEST');
    const missing = await bench.ipc.invoke('fidelity.history', { linkId: 999999 });
    expect(missing.error.code).toBe('NOT_FOUND');
    const s = await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'sentence', source: { start: 0, end: 10 }, target: { start: 0, end: 10 } });
    const onSentence = await bench.ipc.invoke('fidelity.setVerdict', { linkId: s.created[0], verdict: 'faithful' });
    expect(onSentence.error.code).toBe('CONFLICT');
    await bench.ipc.ok('workbench.unlink', { linkId: s.created[0] });
  });

  it('an edit of the original over a source gives "source changed" and no stale flags', async () => {
    const at = RU.indexOf('30 миллиардов');
    const edited = RU.slice(0, at) + '40' + RU.slice(at + 2);
    await bench.ipc.ok('workbench.updateSourceText', { projectId: pid, text: edited });
    const list = await bench.ipc.ok('fidelity.list', { projectId: pid });
    const d = byLink(list, distorted);
    expect(d.state).toBe('source-changed');
    expect(d.flags).toEqual([]);
    expect(list.summary.notChecked['source-changed']).toBe(1);
    await bench.ipc.ok('workbench.updateSourceText', { projectId: pid, text: RU });
    await bench.ipc.ok('workbench.setSource', { linkId: distorted, source: find(RU, Q2_RU) });
    const back = byLink(await bench.ipc.ok('fidelity.list', { projectId: pid }), distorted);
    expect(back.state).toBe('ok');
    expect(back.status).toBe('confirmed');
    expect(back.who).toBe('Anna Weber');
  });

  it('exports the fact-check report as HTML and DOCX, and the fidelity as notes in CSV and XLIFF', async () => {
    const statuses = ['auto', 'confirmed'];
    const html = await bench.ipc.ok('workbench.export', { projectId: pid, format: 'factcheck-html', statuses });
    expect(html.fileName).toBe('Faktencheck.fact-check.html');
    expect(html.units).toBe(2);
    const page = Buffer.from(html.dataBase64, 'base64').toString('utf8');
    expect(page).toContain(Q2_RU);
    expect(page).toContain('data-kind="negation"');
    expect(page).toContain('Distorted — Anna Weber');
    expect(page).toContain('Negation lost, 30 became 3.');
    expect(page).toMatch(/confirmed by Anna Weber, \d{4}-/);
    expect(page).toMatch(/<td>Quotations<\/td><td>2<\/td>/);
    expect((await bench.ipc.ok('workbench.exportCount', { projectId: pid, format: 'factcheck-docx', statuses })).units).toBe(2);

    const docx = await bench.ipc.ok('workbench.export', { projectId: pid, format: 'factcheck-docx', statuses });
    const xml = strFromU8(unzipSync(Buffer.from(docx.dataBase64, 'base64'))['word/document.xml']!);
    expect(xml).toContain('fact-check report');
    expect(xml).toContain('Negation lost, 30 became 3.');
    expect(xml).toContain('Мы не будем платить 30 миллиардов долларов');

    const csv = Buffer.from((await bench.ipc.ok('workbench.export', { projectId: pid, format: 'csv', statuses })).dataBase64, 'base64').toString('utf8');
    expect(csv).toContain('Fidelity flag: Negation');
    expect(csv).toContain('Fidelity verdict: Distorted');
    const xlf = Buffer.from((await bench.ipc.ok('workbench.export', { projectId: pid, format: 'xliff12', statuses })).dataBase64, 'base64').toString('utf8');
    expect(xlf).toMatch(/<note[^>]*>Fidelity flag: Number/);
    expect(xlf).toContain('Fidelity: no flags');
  });
});
