import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths';
import { openBench, projectWith, type Bench } from './helpers';

const samples = path.join(repoRoot, 'electron', 'resources', 'samples');
const RU = fs.readFileSync(path.join(samples, 'demo-oped.ru.txt'), 'utf8');
const DE = fs.readFileSync(path.join(samples, 'demo-report.de.txt'), 'utf8');
const KINDS = ['dictionary', 'learned', 'user', 'name', 'number', 'cognate', 'assist', 'derivation'];

let bench: Bench;
let pid: number;
beforeAll(async () => {
  bench = openBench();
  pid = await projectWith(bench.ipc, RU, DE, 'Kandidaten');
  await bench.ipc.ok('workbench.align', { projectId: pid, mode: 'quotes' });
});
afterAll(() => bench.close());

const quoteLinks = async () => ((await bench.ipc.ok('workbench.view', { projectId: pid })).links as any[]).filter((l) => l.kind === 'quote');
const byGerman = async (de: string) => (await quoteLinks()).find((l) => DE.slice(l.target.start, l.target.end).startsWith(de));

describe('ranked candidates are stored with each quotation link and come back in the view', () => {
  it('stores up to three ranked candidates with word evidence inside both texts', async () => {
    const links = await quoteLinks();
    const withCandidates = links.filter((l) => l.candidates.length > 0);
    expect(withCandidates.length).toBeGreaterThanOrEqual(links.length - 2);
    expect(links.some((l) => l.candidates.length === 3)).toBe(true);
    for (const l of withCandidates) {
      expect(l.candidates.length).toBeLessThanOrEqual(3);
      const spans = l.candidates.map((c: any) => `${c.source.start}:${c.source.end}`);
      expect(new Set(spans).size).toBe(spans.length);
      const scores = l.candidates.map((c: any) => c.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const c of l.candidates) {
        expect(c.source.end).toBeLessThanOrEqual(RU.length);
        expect(c.source.start).toBeLessThan(c.source.end);
        for (const e of c.evidence) {
          expect(KINDS).toContain(e.by);
          // A German word of this quotation, a Russian word of this candidate.
          expect(e.de.start).toBeGreaterThanOrEqual(l.target.start - 1);
          expect(e.de.end).toBeLessThanOrEqual(l.target.end + 1);
          expect(RU.slice(e.ru.start, e.ru.end)).toMatch(/^[\p{L}\p{N}]/u);
        }
      }
      // A proposed source is the first candidate.
      if (l.status === 'auto' && l.source) expect(l.candidates[0].source).toEqual(l.source);
    }
    const fluss = await byGerman('Der Fluss, den wir teilen');
    expect(RU.slice(fluss.candidates[0].source.start, fluss.candidates[0].source.end)).toBe('Река, которую мы делим');
    const pairs = fluss.candidates[0].evidence.map((e: any) => `${DE.slice(e.de.start, e.de.end)}~${RU.slice(e.ru.start, e.ru.end)}:${e.by}`);
    expect(pairs).toContain('Fluss~Река:dictionary');
  });

  it('keeps the candidates when the user relinks and confirms, and restores them with an undo', async () => {
    const l = await byGerman('Das Wasser gehört uns allen');
    const second = l.candidates[1];
    const r = await bench.ipc.ok('workbench.setSource', { linkId: l.id, source: second.source });
    expect(r.links[0].status).toBe('confirmed');
    expect(r.links[0].source).toEqual(second.source);
    expect(r.links[0].candidates).toEqual(l.candidates);
    // Undo with the snapshot, and a snapshot from before candidates existed (none given: kept).
    const undo = await bench.ipc.ok('workbench.restore', { projectId: pid, links: r.previous, remove: r.created });
    expect(undo.links[0].candidates).toEqual(l.candidates);
    const { candidates: _c, ...old } = r.previous[0];
    const back = await bench.ipc.ok('workbench.restore', { projectId: pid, links: [old] });
    expect(back.links[0].candidates).toEqual(l.candidates);
    // A deleted link comes back with its candidates.
    const gone = await bench.ipc.ok('workbench.unlink', { linkId: l.id });
    const again = await bench.ipc.ok('workbench.restore', { projectId: pid, links: gone.previous });
    expect(again.links[0].candidates).toEqual(l.candidates);
  });

  it('rejects malformed candidates in a restore with a typed error and changes nothing', async () => {
    const l = await byGerman('Der Fluss weiß nicht');
    for (const candidates of [
      [{ source: { start: 5, end: 2 }, score: 0.5, evidence: [] }],
      [{ source: { start: 0, end: 2 }, score: 1.5, evidence: [] }],
      [{ source: { start: 0, end: 2 }, score: 0.5, evidence: [{ de: { start: 0, end: 1 }, ru: { start: 0, end: 1 }, by: 'guess', strength: 1 }] }],
      Array.from({ length: 4 }, () => ({ source: { start: 0, end: 2 }, score: 0.5, evidence: [] })),
    ]) {
      const r = await bench.ipc.invoke('workbench.restore', { projectId: pid, links: [{ ...l, candidates }] });
      expect(r.ok).toBe(false);
      expect(r.error.code).toBe('BAD_REQUEST');
      expect(r.error.message).toMatch(/candidates/);
    }
    // Well formed but outside the texts: CONFLICT, as for the link's own spans.
    const far = { start: RU.length + 5, end: RU.length + 9 };
    for (const candidates of [
      [{ source: far, score: 0.5, evidence: [] }],
      [{ source: { start: 0, end: 2 }, score: 0.5, evidence: [{ de: { start: 0, end: 1 }, ru: far, by: 'name', strength: 1 }] }],
      [{ source: { start: 0, end: 2 }, score: 0.5, evidence: [{ de: { start: DE.length, end: DE.length + 3 }, ru: { start: 0, end: 1 }, by: 'name', strength: 1 }] }],
    ]) {
      const r = await bench.ipc.invoke('workbench.restore', { projectId: pid, links: [{ ...l, candidates }] });
      expect(r.ok).toBe(false);
      expect(r.error.code).toBe('CONFLICT');
    }
    expect((await byGerman('Der Fluss weiß nicht')).candidates).toEqual(l.candidates);
  });

  it('carries candidates through a correction of the original and drops those whose words changed', async () => {
    const before = await byGerman('Der Fluss weiß nicht');
    const first = before.candidates[0];
    // Insert text before every candidate, then rewrite a word inside the first one.
    const edited = `Вступление. ${RU}`;
    await bench.ipc.ok('workbench.updateSourceText', { projectId: pid, text: edited });
    const shifted = await byGerman('Der Fluss weiß nicht');
    expect(shifted.candidates.length).toBe(before.candidates.length);
    expect(shifted.candidates[0].source).toEqual({ start: first.source.start + 12, end: first.source.end + 12 });
    for (const e of shifted.candidates[0].evidence) expect(edited.slice(e.ru.start, e.ru.end)).toMatch(/^[\p{L}\p{N}]/u);
    const at = shifted.candidates[0].source.start;
    const rewritten = `${edited.slice(0, at)}Ручей${edited.slice(at + 'Река'.length)}`;
    await bench.ipc.ok('workbench.updateSourceText', { projectId: pid, text: rewritten });
    const after = await byGerman('Der Fluss weiß nicht');
    expect(after.candidates.map((c: any) => c.source)).not.toContainEqual(shifted.candidates[0].source);
    expect(after.candidates.length).toBe(before.candidates.length - 1);
  });
});
