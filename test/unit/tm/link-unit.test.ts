import { describe, expect, it } from 'vitest';
import type { LinkSnapshot } from '../../../shared/ipc/channels/workbench';
import { linkToUnit, linkUnitStatus, type LinkContext } from '../../../shared/tm/link-unit';

const RU = 'Он сказал: «Мы готовы […] к переговорам». Всё.';
const DE = 'Er sagte: „Wir sind […] zu Verhandlungen bereit.“ Alles.';
const span = (text: string, from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) });

const CX: Readonly<LinkContext> = Object.freeze({
  projectId: 7,
  sourceLang: 'ru',
  targetLang: 'de',
  sourceText: RU,
  targetText: DE,
  sourceDocumentId: 11,
  targetDocumentId: 12,
});

const LINK: Readonly<LinkSnapshot> = Object.freeze({
  id: 3,
  kind: 'quote',
  source: span(RU, 'Мы', '»'),
  sourceSegments: [0, 0],
  target: span(DE, 'Wir', '“'),
  targetSegments: [0, 0],
  status: 'confirmed',
  score: 0.9,
  who: 'anna',
  createdAt: '2026-11-27T05:00:00Z',
  updatedAt: '2026-11-27T05:01:00Z',
  recheck: null,
  translation: null,
} as LinkSnapshot);

const CHECKED = Object.freeze({ text: 'Wir sind […] zu Gesprächen bereit.', status: 'approved' as const, note: null, updatedBy: 'boris', updatedAt: '2026-11-27T05:02:00Z' });

describe('linkToUnit', () => {
  it('maps a confirmed link to its Russian span and the published German, signed and dated as the link', () => {
    expect(linkToUnit(LINK, CX)).toEqual({
      sourceLang: 'ru',
      targetLang: 'de',
      source: 'Мы готовы […] к переговорам',
      target: 'Wir sind […] zu Verhandlungen bereit.',
      origin: 'human',
      reviewed: true,
      status: 'reviewed',
      projectId: 7,
      documentId: 11,
      linkId: 3,
      sourceSpan: LINK.source,
      targetSpan: LINK.target,
      reviewer: 'anna',
      changer: 'anna',
      created: '2026-11-27T05:00:00Z',
      changed: '2026-11-27T05:01:00Z',
      props: { kind: 'quote', targetDocument: '12' },
    });
  });

  it('takes the checked translation unless told otherwise, and strips omission marks only for the memory', () => {
    const l = { ...LINK, translation: CHECKED };
    expect(linkToUnit(l, CX)).toMatchObject({ target: CHECKED.text, status: 'approved', reviewer: 'boris', changed: CHECKED.updatedAt });
    expect(linkToUnit(l, CX, { useChecked: false })!.target).toBe('Wir sind […] zu Verhandlungen bereit.');
    expect(linkToUnit(l, CX, { forMemory: true })).toMatchObject({ source: 'Мы готовы к переговорам', target: 'Wir sind zu Gesprächen bereit.' });
  });

  it('dates and signs a unit written now by the reviewer, with the decision on a suggestion', () => {
    const u = linkToUnit(LINK, CX, { reviewer: 'vera', now: '2026-12-01T00:00:00Z', decision: 'edited' });
    expect(u).toMatchObject({ reviewer: 'vera', creator: 'vera', changer: 'vera', created: '2026-12-01T00:00:00Z', changed: '2026-12-01T00:00:00Z' });
    expect(u!.props).toEqual({ kind: 'quote', targetDocument: '12', decision: 'edited' });
  });

  it('signs nothing for the aligner\'s own proposals and gives no unit without a source', () => {
    const auto = { ...LINK, status: 'auto' as const, who: 'auto' };
    expect(linkToUnit(auto, CX)).toMatchObject({ reviewer: null, changer: null, status: 'draft', reviewed: false });
    expect(linkToUnit({ ...auto, status: 'no_source', source: null }, CX)).toBeNull();
    expect(linkToUnit(LINK, { ...CX, targetDocumentId: null })!.props).toEqual({ kind: 'quote' });
  });

  it.each([
    ['auto', null, 'draft'],
    ['no_source', null, 'draft'],
    ['confirmed', null, 'reviewed'],
    ['rejected', null, 'rejected'],
    ['confirmed', 'translated', 'translated'],
    ['rejected', 'approved', 'approved'],
  ] as const)('a %s link with translation %s has unit status %s', (status, t, want) => {
    expect(linkUnitStatus({ status, translation: t ? { ...CHECKED, status: t } : null })).toBe(want);
  });
});
