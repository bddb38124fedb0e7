import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { WorkbenchRepository } from '../../../electron/db/repositories/workbench';
import { StructureRepository } from '../../../electron/db/repositories/structure';
import { ProjectService } from '../../../electron/services/projects';
import { TmService } from '../../../electron/services/tm';

const SRC = 'Он сказал: «Мы готовы». Всё.';
const TGT = 'Er sagte: „Wir sind bereit.“ Alles.';

function project() {
  const db = createDb();
  const projects = new ProjectService(db);
  const p = projects.create('Reportage');
  const s = projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: SRC, fileName: 'ru.txt' });
  const t = projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: TGT, fileName: 'de.txt' });
  return { db, projectId: p.id, sourceDoc: s.id, targetDoc: t.id };
}

describe('StructureRepository', () => {
  it('replaces segments and nested quotations of a document', () => {
    const { db, sourceDoc } = project();
    const repo = new StructureRepository(db);
    const segs = Object.freeze([
      { idx: 0, start: 0, end: 23, kind: 'sentence' as const, paragraph: 0 },
      { idx: 1, start: 24, end: 28, kind: 'sentence' as const, paragraph: 0 },
    ]);
    repo.replaceSegments(sourceDoc, segs);
    repo.replaceSegments(sourceDoc, segs);
    expect(repo.segments(sourceDoc)).toEqual(segs);
    expect(SRC.slice(segs[1]!.start, segs[1]!.end)).toBe('Всё.');
    const ids = repo.replaceQuotations(sourceDoc, [
      { start: 12, end: 21, openOffset: 11, closeOffset: 21, kind: 'quotation', depth: 0, parentIdx: null },
      { start: 15, end: 21, openOffset: null, closeOffset: null, kind: 'term', depth: 1, parentIdx: 0 },
    ]);
    expect(ids).toHaveLength(2);
    const q = repo.quotations(sourceDoc);
    expect(q.map((x) => [SRC.slice(x.start, x.end), x.parentIdx])).toEqual([
      ['Мы готовы', null],
      ['готовы', 0],
    ]);
  });
});

describe('WorkbenchRepository and TM from confirmed links', () => {
  it('keeps every change of a checked translation and feeds confirmed pairs to the memory', () => {
    const { db, projectId, sourceDoc, targetDoc } = project();
    const repo = new WorkbenchRepository(db);
    const at = '2026-11-27T05:00:00Z';
    const base = { projectId, kind: 'quote' as const, source: { start: 12, end: 21 }, sourceSegments: [0, 0] as [number, number], target: { start: 11, end: 26 }, targetSegments: null, score: 0.8, createdAt: at };
    const linkId = repo.insertLink({ ...base, status: 'auto', who: 'auto', updatedAt: at });
    const tm = new TmService(db, () => '2026-11-27T06:00:00Z');
    expect(() => tm.addFromLink(linkId, 'anna')).toThrow(/only confirmed/);
    expect(() => tm.addFromLink(linkId + 1, 'anna')).toThrow(/no alignment link/);
    expect(repo.writeLink({ ...base, id: linkId, status: 'confirmed', who: 'anna', updatedAt: '2026-11-27T05:01:00Z' })).toBe(true);
    repo.saveTranslation(linkId, { text: 'Wir sind bereit', status: 'draft', note: null, updatedBy: 'anna', updatedAt: '2026-11-27T05:02:00Z' }, '2026-11-27T05:02:00Z');
    repo.saveTranslation(linkId, { text: 'Wir sind bereit.', status: 'reviewed', note: 'Punkt ergänzt', updatedBy: 'boris', updatedAt: '2026-11-27T05:03:00Z' }, '2026-11-27T05:02:00Z');
    expect(repo.history(linkId).map((h) => [h.action, h.who, h.beforeText, h.afterText, h.afterStatus])).toEqual([
      ['insert', 'anna', null, 'Wir sind bereit', 'draft'],
      ['update', 'boris', 'Wir sind bereit', 'Wir sind bereit.', 'reviewed'],
    ]);
    expect(tm.addFromLink(linkId, 'boris')).toEqual({ added: 1, merged: 0, skipped: 0 });
    const [m] = tm.lookup('Мы готовы', { sourceLang: 'ru', targetLang: 'de' });
    expect(m).toMatchObject({ score: 100, source: 'Мы готовы', target: 'Wir sind bereit.', origin: 'human', reviewed: true, status: 'reviewed' });
    expect(m!.provenance).toMatchObject({
      projectId,
      documentId: sourceDoc,
      linkId,
      sourceSpan: { start: 12, end: 21 },
      targetSpan: { start: 11, end: 26 },
      reviewer: 'boris',
      creator: 'boris',
      created: '2026-11-27T06:00:00Z',
      props: { kind: 'quote', targetDocument: String(targetDoc) },
    });
    // The export names the project and document instead of bare ids.
    const [unit] = [...tm.exportUnits()];
    expect(unit!.props).toMatchObject({ project: 'Reportage', document: 'ru.txt', offsets: 'src:12-21;tgt:11-26', reviewer: 'boris', origin: 'human' });
    repo.deleteLink(linkId);
    expect(repo.history(linkId).map((h) => h.action)).toEqual(['insert', 'update', 'delete']);
    expect(tm.lookup('Мы готовы')[0]!.provenance.linkId).toBeNull();
  });

  it('stores a confirmed pair without the editor\'s omission marks, as review.accept does', () => {
    const db = createDb();
    const projects = new ProjectService(db);
    const p = projects.create('Auslassung');
    const ru = 'Он сказал: «Мы готовы […] к переговорам». Всё.';
    const de = 'Er sagte: „Wir sind […] zu Verhandlungen bereit.“ Alles.';
    projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: ru, fileName: null });
    projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: de, fileName: null });
    const repo = new WorkbenchRepository(db);
    const at = '2026-11-27T05:00:00Z';
    const source = { start: ru.indexOf('Мы'), end: ru.indexOf('»') };
    const target = { start: de.indexOf('Wir'), end: de.indexOf('“') };
    const linkId = repo.insertLink({ projectId: p.id, kind: 'quote', source, sourceSegments: null, target, targetSegments: null, status: 'confirmed', score: null, who: 'anna', createdAt: at, updatedAt: at });
    const tm = new TmService(db);
    expect(tm.addFromLink(linkId, 'anna')).toEqual({ added: 1, merged: 0, skipped: 0 });
    const [m] = tm.lookup('Мы готовы к переговорам', { sourceLang: 'ru', targetLang: 'de' });
    expect(m).toMatchObject({ score: 100, source: 'Мы готовы к переговорам', target: 'Wir sind zu Verhandlungen bereit.', status: 'reviewed', reviewed: true });
  });
});
