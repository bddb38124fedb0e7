import { useCallback, useEffect, useRef, useState } from 'react';
import type { UserLexicon } from '../../../shared/ipc/channels/lexicon';
import type { MtEstimate } from '../../../shared/ipc/channels/mt';
import { api } from '../../api';
import { toBase64 } from '../../state/app';
import { useApp, useT } from '../../state/hooks';

/**
 * The Settings entry for dictionaries: the imported ones (remove), an import for every project
 * or the open one (progress, cancel; a bad file's error names its line), the size of the
 * learned lexicon, and the open project's online-assist switch with its DeepL cost estimate.
 */
export function LexiconSettings({ keySet }: { keySet: boolean }) {
  const t = useT();
  const projectId = useApp((s) => (s.open.status === 'ready' ? s.open.value.project.id : null));
  const [list, setList] = useState<UserLexicon[]>([]);
  const [learned, setLearned] = useState(0);
  const [scope, setScope] = useState<'all' | 'project'>('all');
  const [job, setJob] = useState<{ id: string; percent: number; entries: number } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [assist, setAssist] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<MtEstimate | null>(null);
  const seq = useRef(0);

  const refresh = useCallback(async () => {
    const r = await api.lexicon.list(projectId === null ? {} : { projectId });
    if (r.ok) {
      setList(r.value.lexicons);
      setLearned(r.value.learned.pairs);
    }
  }, [projectId]);

  useEffect(() => {
    void refresh();
    if (projectId !== null) void api.lexicon.assist({ projectId }).then((r) => r.ok && setAssist(r.value.enabled));
  }, [projectId, refresh]);

  useEffect(() => {
    if (projectId === null || !assist) return setEstimate(null);
    void api.lexicon.assistEstimate({ projectId }).then((r) => setEstimate(r.ok ? r.value : null));
  }, [projectId, assist]);

  const importFile = async (f: File) => {
    const id = `lexicon-${Date.now()}-${++seq.current}`;
    setMessage(null);
    setJob({ id, percent: 0, entries: 0 });
    const timer = setInterval(() => {
      void api.lexicon.importProgress({ jobId: id }).then((r) => {
        if (r.ok && !r.value.done) setJob({ id, percent: r.value.totalBytes ? Math.floor((100 * r.value.bytes) / r.value.totalBytes) : 0, entries: r.value.entries });
      });
    }, 250);
    try {
      const dataBase64 = toBase64(new Uint8Array(await f.arrayBuffer()));
      const r = await api.lexicon.import({ fileName: f.name, dataBase64, jobId: id, ...(scope === 'project' && projectId !== null ? { projectId } : {}) });
      setMessage(r.ok ? { error: false, text: t('lexicon.imported', { name: r.value.name, pairs: r.value.entries }) } : { error: true, text: r.error.message });
    } finally {
      clearInterval(timer);
      setJob(null);
      void refresh();
    }
  };

  return (
    <fieldset className="fieldset" data-testid="lexicon-settings">
      <legend className="field-label">{t('lexicon.title')}</legend>
      <p className="subtle">{t('lexicon.intro')}</p>
      {list.length === 0 ? (
        <p className="subtle">{t('lexicon.none')}</p>
      ) : (
        <ul className="lexicon-list" data-testid="lexicon-list">
          {list.map((l) => (
            <li key={l.id} className="lexicon-item">
              <span>{t('lexicon.entry', { name: l.name, format: l.format.toUpperCase(), pairs: l.entries, scope: t(l.projectId === null ? 'lexicon.scope.all' : 'lexicon.scope.project') })}</span>
              <button type="button" className="button small" onClick={() => void api.lexicon.remove({ id: l.id }).then(() => refresh())}>
                {t('lexicon.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="subtle" data-testid="lexicon-learned">
        {t('lexicon.learned', { n: learned })}
      </p>
      <div className="field-row">
        {projectId !== null && (
          <label className="field">
            <span className="field-label">{t('lexicon.importFor')}</span>
            <select className="input" value={scope} onChange={(e) => setScope(e.target.value as 'all' | 'project')} data-testid="lexicon-scope">
              <option value="all">{t('lexicon.scope.all')}</option>
              <option value="project">{t('lexicon.scope.project')}</option>
            </select>
          </label>
        )}
        {job ? (
          <>
            <span role="status" className="subtle" data-testid="lexicon-progress">
              {t('lexicon.importing', { percent: job.percent, pairs: job.entries })}
            </span>
            <button type="button" className="button small" onClick={() => void api.lexicon.cancelImport({ jobId: job.id })}>
              {t('lexicon.cancel')}
            </button>
          </>
        ) : (
          <label className="button small settings-inline-button">
            {t('lexicon.import')}
            <input
              type="file"
              className="visually-hidden"
              accept=".tsv,.txt,.tab,.tbx,.tei,.xml"
              data-testid="lexicon-import-file"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) void importFile(f);
              }}
            />
          </label>
        )}
      </div>
      {message && (
        <p className={message.error ? 'error-text' : 'subtle'} role={message.error ? 'alert' : 'status'} data-testid="lexicon-message">
          {message.text}
        </p>
      )}
      {projectId !== null && assist !== null && (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={assist}
              data-testid="lexicon-assist"
              onChange={(e) => {
                const enabled = e.currentTarget.checked;
                setAssist(enabled);
                void api.lexicon.setAssist({ projectId, enabled }).then((r) => {
                  if (!r.ok) {
                    setAssist(!enabled);
                    setMessage({ error: true, text: r.error.message });
                  }
                });
              }}
            />{' '}
            {t('lexicon.assist')}
          </label>
          {assist && !keySet && <p className="subtle">{t('lexicon.assistNoKey')}</p>}
          {assist && estimate && (
            <p className="subtle" data-testid="lexicon-assist-estimate">
              {t('lexicon.assistEstimate', { size: estimate.characters, inCache: estimate.cachedItems, quotations: estimate.items })}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
