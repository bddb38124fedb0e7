import { useEffect, useRef, useState } from 'react';
import type { MtEstimate, MtItem, MtItemResult } from '../../../shared/ipc/channels/mt';
import { api, call, errorMessage } from '../../api';
import { act } from '../../state/app';
import { useModel, useT, useWorkbench } from '../../state/hooks';
import { Progress } from '../../ui/Progress';
import { setSuggestion } from '../../state/rows/ops';
import type { AlignRow } from '../../state/rows/types';
import { ChunkedBatch, type BatchProgress } from './mtBatch';

/** At most this many rows per click. */
export const BATCH_LIMIT = 500;

type Phase =
  | { kind: 'idle' }
  | { kind: 'estimating' }
  | { kind: 'confirm'; items: readonly MtItem[]; estimate: MtEstimate }
  | { kind: 'running'; progress: BatchProgress; stopping?: boolean };

/**
 * Machine suggestions for every shown row with a source and none yet: the cost is estimated
 * first (and confirmed when large), then the rows go to DeepL in chunks behind a progress bar
 * with Cancel. Suggestions that arrived before a cancel stay.
 */
export function BatchSuggest() {
  const wb = useWorkbench();
  const model = useModel();
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const batch = useRef<ChunkedBatch | null>(null);
  // A batch nobody sees any more should not go on billing.
  useEffect(() => () => batch.current?.cancel(), []);

  const projectId = (): number | null => {
    const s = model.store.getState();
    return s.open.status === 'ready' ? s.open.value.project.id : null;
  };

  const apply = (results: readonly MtItemResult[]) => {
    const got = results.filter((i) => i.suggestion !== null);
    if (!got.length) return;
    model.store.dispatch(
      act('mt/suggestion', (s) => {
        if (s.align.status !== 'ready') return s;
        let rows = s.align.data.rows;
        for (const i of got) rows = setSuggestion(rows, i.id, { text: i.suggestion!, id: i.suggestionId });
        return { ...s, align: { ...s.align, data: { ...s.align.data, rows } } };
      }),
    );
  };

  const run = async (items: readonly MtItem[], confirmCharacters?: number) => {
    const pid = projectId();
    if (pid === null) return setPhase({ kind: 'idle' });
    const b = new ChunkedBatch({ projectId: pid, items, formality: wb.formality, ...(confirmCharacters !== undefined ? { confirmCharacters } : {}) }, (results, progress) => {
      apply(results);
      if (batch.current === b) setPhase({ kind: 'running', progress, stopping: b.isCancelled });
    });
    batch.current = b;
    setPhase({ kind: 'running', progress: { done: 0, total: items.length, billedCharacters: 0 } });
    try {
      const out = await b.run();
      if (batch.current !== b) return;
      if (out.status === 'needs_confirmation' && out.estimate) {
        const rest = items.slice(out.next);
        batch.current = null;
        return setPhase({ kind: 'confirm', items: rest, estimate: out.estimate });
      }
      if (out.message) model.notify('error', 'mt.failed', undefined, out.message);
      if (out.status === 'cancelled') model.notify('info', 'mtBatch.cancelled', { done: out.done, total: out.total });
    } catch (err) {
      if (batch.current === b) model.notify('error', 'mt.failed', undefined, errorMessage(err));
    }
    if (batch.current === b) {
      batch.current = null;
      setPhase({ kind: 'idle' });
    }
  };

  const start = async () => {
    const s = model.store.getState();
    const open = s.open.status === 'ready' ? s.open.value : null;
    const data = wb.data;
    if (!open?.source || !data) return;
    const text = open.source.text;
    const items = wb
      .visibleRows()
      .filter((r): r is AlignRow & { source: NonNullable<AlignRow['source']> } => !!r.source && !r.suggestion)
      .slice(0, BATCH_LIMIT)
      .map((r) => ({ id: r.id, text: text.slice(r.source.start, r.source.end) }));
    if (!items.length) return;
    setPhase({ kind: 'estimating' });
    try {
      const estimate = await call(
        api.mt.estimate({ projectId: open.project.id, sourceLang: 'ru', targetLang: 'de', items, formality: wb.formality, contextWindow: 1, useGlossary: true, cacheOnly: false }),
      );
      if (estimate.needsConfirmation) return setPhase({ kind: 'confirm', items, estimate });
    } catch (err) {
      model.notify('error', 'mt.failed', undefined, errorMessage(err));
      return setPhase({ kind: 'idle' });
    }
    await run(items);
  };

  switch (phase.kind) {
    case 'idle':
      return (
        <button type="button" className="button small" data-testid="batch-suggest" onClick={() => void start()}>
          {t('grid.batchSuggest')}
        </button>
      );
    case 'estimating':
      return <Progress label={t('mtBatch.label')} text={t('mtBatch.estimating')} testId="batch-progress" />;
    case 'confirm':
      return (
        <span className="align-progress" role="group" aria-label={t('mtBatch.label')} data-testid="batch-confirm">
          <span role="status">{t('mtBatch.confirm', { n: phase.estimate.characters, items: phase.estimate.uncachedItems })}</span>
          <button type="button" className="button small primary" data-testid="batch-confirm-send" onClick={() => void run(phase.items, phase.estimate.characters)}>
            {t('mtBatch.send')}
          </button>
          <button type="button" className="button small" onClick={() => setPhase({ kind: 'idle' })}>
            {t('toolbar.cancel')}
          </button>
        </span>
      );
    case 'running': {
      const { done, total, billedCharacters } = phase.progress;
      const line = t('mtBatch.progress', { done, total, chars: billedCharacters });
      return (
        <Progress
          label={t('mtBatch.label')}
          value={done}
          max={total}
          text={phase.stopping ? `${line} · ${t('mtBatch.stopping')}` : line}
          {...(phase.stopping
            ? {}
            : {
                onCancel: () => {
                  batch.current?.cancel();
                  setPhase({ ...phase, stopping: true });
                },
              })}
          cancelLabel={t('toolbar.cancel')}
          testId="batch-progress"
        />
      );
    }
  }
}
