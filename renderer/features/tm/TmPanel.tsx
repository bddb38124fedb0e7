import { useEffect, useState } from 'react';
import type { ConcordanceHitDto, GlossaryTerm } from '../../../shared/ipc/channels/tm';
import { api } from '../../api';
import { editors } from '../../editor/registry';
import { toBase64 } from '../../state/app';
import { importSummary } from './importSummary';
import { useApp, useModel, useT } from '../../state/hooks';
import { TeamMatches } from '../team/TeamMatches';

/** How often the note below asks again while the concordance index is being built. */
const INDEXING_POLL_MS = 2000;

/**
 * "Concordance indexing" while the memory's target-side index is built in the background after
 * an import (concordance still finds every unit meanwhile, a little slower). `check` changes
 * after an import, to look again.
 */
function IndexingNote({ check }: { check: number }) {
  const t = useT();
  const [pending, setPending] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const r = await api.tm.stats({});
      if (!live) return;
      const left = r.ok ? r.value.targetIndexPending : 0;
      setPending(left);
      if (left > 0) timer = setTimeout(() => void ask(), INDEXING_POLL_MS);
    };
    void ask();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [check]);
  if (pending === 0) return null;
  return (
    <span className="subtle" role="status" data-testid="tm-indexing">
      {t('tm.indexing')}
    </span>
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
      <IndexingNote check={0} />
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
function TmImport({ onDone, generation }: { onDone: () => void; generation: number }) {
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
      <IndexingNote check={generation} />
    </div>
  );
}

/** Translation-memory matches, concordance and glossary: the side panel tabs beside the review. */
export function TmPanel({ kind }: { kind: 'tm' | 'concordance' | 'glossary' }) {
  const [generation, setGeneration] = useState(0);
  if (kind === 'tm') {
    return (
      <>
        <TmImport generation={generation} onDone={() => setGeneration((g) => g + 1)} />
        <TeamMatches key={generation} />
      </>
    );
  }
  return kind === 'concordance' ? <Concordance /> : <Glossary />;
}
