import { useEffect, useState } from 'react';
import type { TeamLookupResult } from '../../../shared/tm/team';
import { api } from '../../api';
import { relativeTime } from '../../i18n';
import { useApp, useT } from '../../state/hooks';

/** The Russian text of the selected row, which the memories are searched for. */
function useSelectedSource(): string {
  return useApp((s) => {
    if (s.open.status !== 'ready' || s.align.status !== 'ready' || !s.open.value.source) return '';
    const row = s.align.data.rows.find((r) => r.id === s.selectedRow);
    return row?.source ? s.open.value.source.text.slice(row.source.start, row.source.end) : '';
  });
}

/**
 * Matches for the selected pair from the local memory and the project's team memories, merged,
 * each with its provenance: local or team (which memory), who, when, which project. When the
 * team memory does not answer in time the local matches show with an "offline" note.
 */
export function TeamMatches() {
  const t = useT();
  const lang = useApp((s) => s.settings.lang);
  const projectId = useApp((s) => (s.open.status === 'ready' ? s.open.value.project.id : null));
  const text = useSelectedSource();
  const [res, setRes] = useState<TeamLookupResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setRes(null);
    setError(null);
    if (!text.trim()) return;
    let live = true;
    void api.team.lookup({ text: text.slice(0, 20_000), projectId, sourceLang: 'ru', targetLang: 'de', minScore: 50, limit: 10 }).then((r) => {
      if (!live) return;
      if (r.ok) setRes(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [text, projectId]);
  if (!text) return <p className="panel-empty">{t('review.none')}</p>;
  if (error) return <p className="panel-empty error-text">{error}</p>;
  if (!res) return <p className="panel-empty">{t('app.loading')}</p>;
  const offline =
    res.team.state === 'offline' ? (
      <p className="team-offline" role="status" title={res.team.message ?? ''} data-testid="team-offline">
        {t('team.offline')}
      </p>
    ) : null;
  if (!res.matches.length) {
    return (
      <>
        {offline}
        <p className="panel-empty">{t('tm.noMatches')}</p>
      </>
    );
  }
  return (
    <>
      {offline}
      <ul className="tm-list" data-testid="tm-matches">
        {res.matches.map((m) => {
          const who = m.provenance.reviewer ?? m.provenance.creator ?? m.author ?? '';
          return (
            <li key={`${m.store}:${m.id}`} className="tm-item" data-store={m.store}>
              <div className="tm-head">
                <span className={`tm-score${m.score >= 95 ? ' exact' : m.score < 75 ? ' low' : ''}`}>{m.score}%</span>
                <span className={`pill team-store team-store-${m.store}`} data-testid="match-store">
                  {m.store === 'team' ? t('team.store.team', { memory: m.memory ?? '' }) : t('team.store.local')}
                </span>
                <span className="pill">{t(m.origin === 'machine' ? 'tm.origin.machine' : m.origin === 'import' ? 'tm.origin.import' : 'tm.origin.human')}</span>
                {m.reviewed && <span className="pill pill-accent">{t('tm.reviewed')}</span>}
                <span className="subtle tm-prov">
                  {who} {relativeTime(lang, m.provenance.changed || m.provenance.created)}
                  {m.project ? ` · ${t('team.project', { name: m.project })}` : ''}
                </span>
              </div>
              <p className="tm-text" lang={m.sourceLang}>
                {m.source}
              </p>
              <p className="tm-text tm-target" lang={m.targetLang}>
                {m.target}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
