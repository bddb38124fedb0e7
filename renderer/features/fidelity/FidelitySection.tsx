import { useEffect, useState } from 'react';
import { FLAG_KINDS, type FidelityFlag } from '../../../shared/fidelity/types';
import { VERDICTS, type Verdict, type VerdictHistoryEntry } from '../../../shared/ipc/channels/fidelity';
import { api } from '../../api';
import { relativeTime } from '../../i18n';
import { useApp, useModel, useT } from '../../state/hooks';
import type { AlignRow } from '../../state/rows/types';
import { FidelitySummaryLine } from './FidelitySummary';
import { fidelityStore, useFidelity } from './store';

/** The words of one side of a flag, or a dash. */
const words = (ws: FidelityFlag['german']) => ws.map((w) => w.text).join(' … ') || '—';

/** The colour legend of the highlights (the same classes as the editors). */
export function FidelityLegend() {
  const t = useT();
  return (
    <ul className="fid-legend" aria-label={t('fidelity.legend')} data-testid="fidelity-legend">
      {FLAG_KINDS.map((k) => (
        <li key={k}>
          <span className={`fid-swatch fid-${k}`} aria-hidden="true" /> {t(`fidelity.kind.${k}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The selected quotation's fidelity in the review panel: its flags with the words on both
 * sides (highlighted in the editors, see the legend), and the fact-checker's verdict with a
 * comment, signed and kept with its history.
 */
export function FidelitySection({ row }: { row: AlignRow }) {
  const t = useT();
  const model = useModel();
  const lang = useApp((s) => s.settings.lang);
  const f = useFidelity((s) => (row.linkId !== null ? s.byLink.get(row.linkId) : undefined));
  const status = useFidelity((s) => s.status);
  const [verdict, setVerdict] = useState<Verdict | null>(f?.verdict?.verdict ?? null);
  const [comment, setComment] = useState(f?.verdict?.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<VerdictHistoryEntry[] | null>(null);
  useEffect(() => {
    setVerdict(f?.verdict?.verdict ?? null);
    setComment(f?.verdict?.comment ?? '');
    setHistory(null);
  }, [row.linkId, f?.verdict?.verdict, f?.verdict?.comment, f?.verdict?.at]);
  if (row.kind !== 'quote' || row.linkId === null) return null;
  const linkId = row.linkId;

  const save = async (v: Verdict | null) => {
    setBusy(true);
    const r = await fidelityStore.setVerdict(linkId, v, v === null ? '' : comment);
    setBusy(false);
    if (!r.ok) model.notify('error', 'fidelity.saveFailed', { message: r.error.message }, undefined, 'fidelity');
    else model.notify('info', 'fidelity.saved', undefined, undefined, 'fidelity');
  };
  const showHistory = async () => {
    const r = await api.fidelity.history({ linkId });
    if (r.ok) setHistory(r.value);
  };
  const changed = verdict !== (f?.verdict?.verdict ?? null) || comment.trim() !== (f?.verdict?.comment ?? '');

  return (
    <section className="review-block fid-section" aria-labelledby="rv-fid" data-testid="fidelity-section">
      <h3 id="rv-fid" className="review-label">
        {t('fidelity.title')}
      </h3>
      <FidelitySummaryLine />
      {!f ? (
        <p className="subtle review-hint">{status === 'error' ? t('fidelity.loadFailed', { message: fidelityStore.get().message ?? '' }) : t('fidelity.checking')}</p>
      ) : f.state !== 'ok' ? (
        <p className={`review-hint fid-state fid-state-${f.state}`} role="status" data-testid="fidelity-state" data-state={f.state}>
          {t(`fidelity.state.${f.state}`)}
        </p>
      ) : f.flags.length === 0 ? (
        <p className="subtle review-hint" data-testid="fidelity-clean">
          {t('fidelity.noFlags')}
        </p>
      ) : (
        <ul className="fid-flags" data-testid="fidelity-flags">
          {f.flags.map((fl, i) => (
            <li key={i} className={`fid-item${fl.status === 'announced' ? ' fid-announced' : ''}`} data-kind={fl.kind} data-reason={fl.reason}>
              <span className={`fid-chip fid-${fl.kind}`}>{t(`fidelity.kind.${fl.kind}`)}</span>
              {fl.status === 'announced' && <span className="subtle"> ({t('fidelity.announced')})</span>}{' '}
              <span lang="de">{words(fl.german)}</span> <span aria-hidden="true">↔</span> <span lang="ru">{words(fl.russian)}</span>
            </li>
          ))}
        </ul>
      )}
      <FidelityLegend />
      <p className="subtle fid-hint" data-testid="fidelity-hint">{t('fidelity.hint')}</p>
      <fieldset className="fid-verdict" disabled={busy}>
        <legend className="review-label">{t('fidelity.verdict')}</legend>
        <div className="segmented fid-verdicts" role="radiogroup" aria-label={t('fidelity.verdict')} data-testid="fidelity-verdicts">
          {VERDICTS.map((v) => (
            <button key={v} type="button" role="radio" aria-checked={verdict === v} className={`fid-v-${v}${verdict === v ? ' is-on' : ''}`} onClick={() => setVerdict(v)} data-verdict={v}>
              {t(`fidelity.verdict.${v}`)}
            </button>
          ))}
        </div>
        <label className="field-label" htmlFor="fid-comment">
          {t('fidelity.comment')}
        </label>
        <textarea id="fid-comment" className="input textarea" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="fidelity-comment" />
        <div className="fid-actions">
          <button type="button" className="button small primary" disabled={verdict === null || !changed} onClick={() => void save(verdict)} data-testid="fidelity-save">
            {t('fidelity.save')}
          </button>
          {f?.verdict && (
            <button type="button" className="button small" onClick={() => void save(null)} data-testid="fidelity-clear">
              {t('fidelity.clear')}
            </button>
          )}
          <span className="titlebar-spacer" />
          {f?.verdict && (
            <span className="subtle" data-testid="fidelity-signed">
              {t(`fidelity.verdict.${f.verdict.verdict}`)} — {t('fidelity.signed', { who: f.verdict.by, when: relativeTime(lang, f.verdict.at) })}
            </span>
          )}
        </div>
        {f?.verdict && history === null && (
          <button type="button" className="link-button" onClick={() => void showHistory()} data-testid="fidelity-history-open">
            {t('fidelity.history')}
          </button>
        )}
        {history !== null && (
          <details open className="fid-history" data-testid="fidelity-history">
            <summary>{t('fidelity.history')}</summary>
            <ol>
              {history.map((h) => (
                <li key={h.id}>
                  {h.who}, {relativeTime(lang, h.at)}: {h.afterVerdict ? t(`fidelity.verdict.${h.afterVerdict}`) : t('fidelity.verdict.none')}
                  {h.afterComment ? ` — ${h.afterComment}` : ''}
                </li>
              ))}
            </ol>
          </details>
        )}
      </fieldset>
    </section>
  );
}
