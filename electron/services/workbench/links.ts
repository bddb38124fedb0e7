import type { LinkSnapshot, TextRange, TranslationSnapshot } from '../../../shared/ipc/channels/workbench';
import type { LinkRow, StoredLink } from '../../db/repositories/workbench';

export { isUserLink } from '../../../shared/align/links';

/** A score as stored: a finite probability rounded to three places. */
export function clampScore(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

/** The text range from the start of segment `from` to the end of segment `to`. */
export const rangeOf = (segs: readonly TextRange[], from: number, to: number): TextRange => ({
  start: (segs[from] as TextRange).start,
  end: (segs[to] as TextRange).end,
});

/** A stored link as the renderer receives it (without the project it belongs to). */
export function snapshot(l: StoredLink): LinkSnapshot {
  const { projectId: _p, ...rest } = l;
  return rest;
}

export function sameRange(a: [number, number] | null, b: [number, number] | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

export function sameTranslation(a: TranslationSnapshot, b: TranslationSnapshot): boolean {
  return a.text === b.text && a.status === b.status && a.note === b.note;
}

/** What makes two automatic proposals the same link: kind and both spans. */
export function proposalKey(l: Pick<LinkRow, 'kind' | 'source' | 'target'>): string {
  return `${l.kind}:${l.target.start}:${l.target.end}:${l.source ? `${l.source.start}:${l.source.end}` : '-'}`;
}

