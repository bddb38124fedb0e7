import type { TmImportResult } from '../../../shared/tm/types';
import type { MessageKey, Translate } from '../../i18n';

const REASON_KEYS: Record<string, MessageKey> = {
  'no-target': 'tm.skip.no-target',
  'no-source': 'tm.skip.no-source',
  'single-language': 'tm.skip.single-language',
  'no-language': 'tm.skip.no-language',
  'other-language': 'tm.skip.other-language',
  markup: 'tm.skip.markup',
  limit: 'tm.skip.limit',
  ragged: 'tm.skip.ragged',
  tags: 'tm.skip.tags',
  empty: 'tm.skip.empty',
};

/** "12 read (10 added, 2 merged) · 3 skipped: 2 without a target (line 14, 30), …" in the interface language. */
export function importSummary(t: Translate, r: Pick<TmImportResult, 'read' | 'added' | 'merged' | 'skipped' | 'reasons' | 'skippedUnits'>): string {
  const head = t('tm.importRead', { read: r.read, added: r.added, merged: r.merged });
  if (r.skipped === 0) return head;
  const reasons = Object.entries(r.reasons).map(([reason, n]) => {
    const lines = [...new Set(r.skippedUnits.filter((u) => u.reason === reason).map((u) => u.line))].slice(0, 5);
    const what = t(REASON_KEYS[reason] ?? 'tm.skip.other', { n: n ?? 0 });
    return lines.length > 0 ? `${what} (${t('tm.skip.lines', { lines: lines.join(', ') })})` : what;
  });
  return `${head} · ${t('tm.importSkipped', { skipped: r.skipped, reasons: reasons.join(', ') })}`;
}
