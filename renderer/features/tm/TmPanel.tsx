import { useEffect, useState } from 'react';
import type { ConcordanceHitDto, GlossaryTerm, TmMatch } from '../../../shared/ipc/channels/tm';
import { api } from '../../api';
import { editors } from '../../editor/registry';
import { relativeTime } from '../../i18n';
import { toBase64 } from '../../state/app';
import { importSummary } from './importSummary';
import { useApp, useModel, useT } from '../../state/hooks';

/** The Russian text of the selected row, which the memory is searched for. */
function useSelectedSource(): string {
  return useApp((s) => {
    if (s.open.status !== 'ready' || s.align.status !== 'ready' || !s.open.value.source) return '';
    const row = s.align.data.rows.find((r) => r.id === s.selectedRow);
    return row?.source ? s.open.value.source.text.slice(row.source.start, row.source.end) : '';
  });
}

/** Translation-memory matches for the selected pair: percent score, origin and provenance. */
export function TmMatches() {
  const t = useT();
  const lang = useApp((s) => s.settings.lang);
  const text = useSelectedSource();
  const [matches, setMatches] = useState<TmMatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setMatches(null);
    setError(null);
    if (!text.trim()) return;
    let live = true;
    void api.tm.lookup({ text: text.slice(0, 20_000), sourceLang: 'ru', targetLang: 'de', minScore: 50, limit: 10 }).then((r) => {
      if (!live) return;
      if (r.ok) setMatches(r.value.matches);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!text) return <p className="panel-empty">{t('review.none')}</p>;
  if (error) return <p className="panel-empty error-text">{error}</p>;
  if (!matches) return <p className="panel-empty">{t('app.loading')}</p>;
  if (!matches.length) return <p className="panel-empty">{t('tm.noMatches')}</p>;
  return (
    <ul className="tm-list" data-testid="tm-matches">
      {matches.map((m) => (
        <li key={m.id} className="tm-item">
          <div className="tm-head">
            <span className={`tm-score${m.score >= 95 ? ' exact' : m.score < 75 ? ' low' : ''}`}>{m.score}%</span>
            <span className="pill">{t(m.origin === 'machine' ? 'tm.origin.machine' : m.origin === 'import' ? 'tm.origin.import' : 'tm.origin.human')}</span>
            {m.reviewed && <span className="pill pill-accent">{t('tm.reviewed')}</span>}
            <span className="subtle tm-prov">
              {m.provenance.reviewer ?? m.provenance.creator ?? ''} {relativeTime(lang, m.provenance.changed || m.provenance.created)}
            </span>
          </div>
          <p className="tm-text" lang={m.sourceLang}>
            {m.source}
          </p>
          <p className="tm-text tm-target" lang={m.targetLang}>
            {m.target}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Concordance: every memory unit containing a phrase, in either language. */
export function Concordance() {
  const t = useT();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<ConcordanceHitDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async () => {
    if (!q.trim()) return;
    const r = await api.tm.concordance({ text: q.trim(), side: 'both', limit: 50 });
    if (r.ok) {
      setHits(r.value.hits);
      setError(null);
    } else setError(r.error.message);
  };
  return (
    <div className="panel-pad" data-testid="concordance">
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label className="field">
          <span className="visually-hidden">{t('tm.concordanceLabel')}</span>
          <input className="input" type="search" value={q} placeholder={t('tm.concordanceLabel')} onChange={(e) => setQ(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!q.trim()}>
          {t('tm.search')}
        </button>
      </form>
      {error && <p className="error-text">{error}</p>}
      {hits && !hits.length && <p className="subtle">{t('tm.noMatches')}</p>}
      {hits && hits.length > 0 && (
        <ul className="tm-list">
          {hits.map((h) => (
            <li key={h.id} className="tm-item">
              <p className="tm-text" lang={h.sourceLang}>
                <Highlight text={h.source} q={q} />
              </p>
              <p className="tm-text tm-target" lang={h.targetLang}>
                <Highlight text={h.target} q={q} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Highlight({ text, q }: { text: string; q: string }) {
  const needle = q.trim().toLowerCase();
  const i = needle ? text.toLowerCase().indexOf(needle) : -1;
  if (i < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, i)}
      <mark>{text.slice(i, i + needle.length)}</mark>
      {text.slice(i + needle.length)}
    </>
  );
}

function selectionIn(side: 'source' | 'target'): string {
  const ed = editors[side];
  const sel = ed?.getSelection();
  const m = ed?.getModel();
  return sel && m && !sel.isEmpty() ? m.getValueInRange(sel).trim() : '';
}

/** The project's glossary; a term is added from the selections in the two editors. */
export function Glossary() {
  const t = useT();
  const projectId = useApp((s) => (s.open.status === 'ready' ? s.open.value.project.id : null));
  const [terms, setTerms] = useState<GlossaryTerm[] | null>(null);
  const [ru, setRu] = useState('');
  const [de, setDe] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    const r = await api.glossary.list({ projectId, sourceLang: 'ru', targetLang: 'de' });
    if (r.ok) setTerms(r.value.terms);
    else setError(r.error.message);
  };
  useEffect(() => {
    void load();
  }, [projectId]);
  const add = async () => {
    const r = await api.glossary.add({ projectId, sourceLang: 'ru', targetLang: 'de', sourceTerm: ru.trim(), targetTerm: de.trim(), note: null });
    if (!r.ok) return setError(r.error.message);
    setRu('');
    setDe('');
    setError(null);
    await load();
  };
  return (
    <div className="panel-pad" data-testid="glossary">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="field-row">
          <label className="field">
            <span className="field-label">RU</span>
            <input className="input" lang="ru" value={ru} onChange={(e) => setRu(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">DE</span>
            <input className="input" lang="de" value={de} onChange={(e) => setDe(e.target.value)} />
          </label>
        </div>
        <div className="field-row">
          <button
            type="button"
            className="button small"
            onClick={() => {
              setRu(selectionIn('source') || ru);
              setDe(selectionIn('target') || de);
            }}
          >
            {t('glossary.fromSelection')}
          </button>
          <span className="titlebar-spacer" />
          <button type="submit" className="button small primary" disabled={!ru.trim() || !de.trim()}>
            {t('glossary.add')}
          </button>
        </div>
      </form>
      {error && <p className="error-text">{error}</p>}
      {terms && !terms.length && <p className="subtle">{t('glossary.empty')}</p>}
      {terms && terms.length > 0 && (
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">RU</th>
              <th scope="col">DE</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((g) => (
              <tr key={g.id}>
                <td lang="ru">{g.sourceTerm}</td>
                <td lang="de">{g.targetTerm}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Brings a TMX, XLIFF or CSV file into the translation memory (the backend streams it). */
function TmImport({ onDone }: { onDone: () => void }) {
  const t = useT();
  const model = useModel();
  const projectId = useApp((s) => (s.open.status === 'ready' ? s.open.value.project.id : undefined));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  return (
    <div className="tm-toolbar">
      <label className={`button small${busy ? ' is-busy' : ''}`}>
        {busy ? t('tm.importing') : t('tm.import')}
        <input
          type="file"
          className="visually-hidden"
          accept=".tmx,.xlf,.xliff,.csv,.tsv"
          data-testid="tm-import-file"
          disabled={busy}
          onChange={async (e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!f) return;
            setBusy(true);
            const dataBase64 = toBase64(new Uint8Array(await f.arrayBuffer()));
            // The project's languages serve files that name none (translate-toolkit's XLIFF, plain CSV).
            const r = await api.tm.importFile({ fileName: f.name, dataBase64, ...(projectId !== undefined ? { projectId } : {}) });
            setBusy(false);
            if (!r.ok) return model.notify('error', 'notice.error', undefined, r.error.message);
            setResult(importSummary(t, r.value));
            onDone();
          }}
        />
      </label>
      {result && (
        <span className="subtle" role="status" data-testid="tm-import-result">
          {result}
        </span>
      )}
    </div>
  );
}

/** Translation-memory matches, concordance and glossary: the side panel tabs beside the review. */
export function TmPanel({ kind }: { kind: 'tm' | 'concordance' | 'glossary' }) {
  const [generation, setGeneration] = useState(0);
  if (kind === 'tm') {
    return (
      <>
        <TmImport onDone={() => setGeneration((g) => g + 1)} />
        <TmMatches key={generation} />
      </>
    );
  }
  return kind === 'concordance' ? <Concordance /> : <Glossary />;
}
