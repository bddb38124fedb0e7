import { useEffect, useMemo, useRef, useState } from 'react';
import type { Role } from '../../../shared/ipc/channels/projects';
import { useApp, useModel, useT } from '../../state/hooks';
import { Dialog } from '../../ui/Dialog';
import { Progress } from '../../ui/Progress';
import { decode, ENCODINGS, guessEncoding, guessLang, isBinaryLike } from './detect';
import { LangQuestion } from './LangQuestion';

interface Picked {
  name: string;
  bytes: Uint8Array;
  guessed: string;
  binary: boolean;
}

/**
 * Import one document: from a file (encoding shown and changeable, with a live preview) or
 * pasted text; the role (German article or Russian original) and the language are shown and
 * changeable. .docx and .html go to the backend as they are; it extracts their text.
 */
export function ImportDialog({ onClose, initialRole = 'source' }: { onClose: () => void; initialRole?: Role }) {
  const t = useT();
  const model = useModel();
  const project = useApp((s) => (s.open.status === 'ready' ? s.open.value.project : null));
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [role, setRole] = useState<Role>(initialRole);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [encoding, setEncoding] = useState<string>('auto');
  const [pasted, setPasted] = useState('');
  const [lang, setLang] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState<{ name: string; loaded: number; total: number } | null>(null);
  const reader = useRef<FileReader | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  // Closing the dialog mid-read drops the read.
  useEffect(
    () => () => {
      const r = reader.current;
      reader.current = null;
      r?.abort();
    },
    [],
  );

  /** Reads the picked file with progress; Cancel (abort) leaves nothing picked. */
  const read = (f: File) => {
    // A new pick replaces a read still running; it is dropped silently.
    const old = reader.current;
    reader.current = null;
    old?.abort();
    const r = new FileReader();
    reader.current = r;
    setPicked(null);
    setReading({ name: f.name, loaded: 0, total: f.size });
    r.onprogress = (e) => {
      if (reader.current === r) setReading({ name: f.name, loaded: e.loaded, total: e.lengthComputable ? e.total : f.size });
    };
    r.onload = () => {
      if (reader.current !== r) return;
      reader.current = null;
      setReading(null);
      const bytes = new Uint8Array(r.result as ArrayBuffer);
      const binary = isBinaryLike(bytes, f.name);
      setPicked({ name: f.name, bytes, guessed: binary ? 'utf-8' : guessEncoding(bytes), binary });
      setEncoding('auto');
      setLang(null);
    };
    r.onerror = () => {
      if (reader.current !== r) return;
      reader.current = null;
      setReading(null);
      if (fileInput.current) fileInput.current.value = '';
      model.notify('error', 'import.readFailed', undefined, r.error?.message);
    };
    r.readAsArrayBuffer(f);
  };

  /** Stops the read before anything is sent: nothing is picked, nothing stored. */
  const cancelRead = () => {
    const r = reader.current;
    if (!r) return;
    reader.current = null;
    r.abort();
    setReading(null);
    if (fileInput.current) fileInput.current.value = '';
    model.notify('info', 'import.readCancelled');
  };

  const effectiveEncoding = encoding === 'auto' ? (picked?.guessed ?? 'utf-8') : encoding;
  const preview = useMemo(() => {
    if (mode === 'paste') return pasted.slice(0, 1200);
    if (!picked || picked.binary) return '';
    return decode(picked.bytes.subarray(0, 4096), effectiveEncoding).slice(0, 1200);
  }, [mode, pasted, picked, effectiveEncoding]);
  // A language is "detected" only from a text: before a file is chosen the slot's language stands.
  const slotLang = role === 'source' ? (project?.sourceLang ?? 'ru') : (project?.targetLang ?? 'de');
  const detectedLang = preview ? guessLang(preview) : null;
  const chosenLang = lang ?? detectedLang ?? slotLang;
  const canSubmit = !busy && !reading && !!project && (mode === 'file' ? !!picked : pasted.trim().length > 0);
  // The backend found the text in another script than the slot's language: ask before importing.
  const [mismatch, setMismatch] = useState(false);
  useEffect(() => setMismatch(false), [role, picked, pasted, mode]);

  const submit = async (acceptMismatch = false) => {
    if (!canSubmit || !project) return;
    setBusy(true);
    const outcome =
      mode === 'file'
        ? await model.importDocument(role, chosenLang, picked!.name, picked!.bytes, encoding === 'auto' ? null : encoding, acceptMismatch)
        : await model.addDocumentText(role, chosenLang, pasted, acceptMismatch);
    setBusy(false);
    if (outcome === 'added') onClose();
    else if (outcome === 'mismatch') setMismatch(true);
  };

  return (
    <Dialog
      title={t('import.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="import-dialog"
      wide
      footer={
        <>
          {busy && <Progress label={t('import.sending')} text={t('import.sending')} testId="import-progress" />}
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          {mismatch ? (
            <button type="button" className="button primary" disabled={!canSubmit} onClick={() => void submit(true)} data-testid="import-anyway">
              {t('import.anyway')}
            </button>
          ) : (
            <button type="submit" className="button primary" disabled={!canSubmit} data-testid="import-submit">
              {t('import.submit')}
            </button>
          )}
        </>
      }
    >
      <div className="field-row">
        <fieldset className="fieldset">
          <legend className="field-label">{t('import.role')}</legend>
          <label className="check">
            <input type="radio" name="role" checked={role === 'source'} onChange={() => setRole('source')} />
            {t('pane.source')}
          </label>
          <label className="check">
            <input type="radio" name="role" checked={role === 'target'} onChange={() => setRole('target')} />
            {t('pane.target')}
          </label>
        </fieldset>
      </div>
      <div className="segmented import-mode" role="radiogroup" aria-label={t('import.from')}>
        <button type="button" role="radio" aria-checked={mode === 'file'} className={mode === 'file' ? 'is-on' : ''} onClick={() => setMode('file')}>
          {t('import.fromFile')}
        </button>
        <button type="button" role="radio" aria-checked={mode === 'paste'} className={mode === 'paste' ? 'is-on' : ''} onClick={() => setMode('paste')}>
          {t('import.fromPaste')}
        </button>
      </div>
      {mode === 'file' ? (
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('import.file')}</span>
            <input
              className="input file-input"
              type="file"
              accept=".txt,.text,.md,.html,.htm,.docx,text/plain,text/html"
              data-testid="import-file"
              ref={fileInput}
              disabled={busy}
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) read(f);
              }}
            />
          </label>
          <label className="field field-narrow">
            <span className="field-label">{t('import.encoding')}</span>
            <select className="input" value={encoding} disabled={!picked || picked.binary} onChange={(e) => setEncoding(e.target.value)} data-testid="import-encoding">
              <option value="auto">{t('import.encodingAuto', { enc: picked?.guessed ?? '—' })}</option>
              {ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {enc}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <label className="field">
          <span className="field-label">{t('import.pasteLabel')}</span>
          <textarea className="input textarea" rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} data-testid="import-paste" />
        </label>
      )}
      <label className="field field-narrow">
        <span className="field-label">{t('import.lang')}</span>
        <select className="input" value={chosenLang} onChange={(e) => setLang(e.target.value)} data-testid="import-lang">
          {['ru', 'de', 'uk', 'en'].map((l) => (
            <option key={l} value={l}>
              {l === detectedLang ? t('import.langDetected', { lang: l }) : l}
            </option>
          ))}
        </select>
      </label>
      {mismatch && (
        <LangQuestion role={role} slotLang={slotLang} found={mode === 'paste' ? pasted : preview} />
      )}
      {mode === 'file' && reading && (
        <div className="field">
          <Progress
            label={t('import.readLabel')}
            value={reading.loaded}
            max={Math.max(reading.total, 1)}
            text={t('import.reading', { name: reading.name, pct: Math.round((reading.loaded / Math.max(reading.total, 1)) * 100) })}
            onCancel={cancelRead}
            cancelLabel={t('toolbar.cancel')}
            testId="import-read-progress"
          />
        </div>
      )}
      {mode === 'file' && picked && (
        <div className="field">
          <span className="field-label">{t('import.preview')}</span>
          <pre className="import-preview" lang={chosenLang} data-testid="import-preview">
            {picked.binary ? t('import.previewBinary', { name: picked.name }) : preview}
          </pre>
        </div>
      )}
    </Dialog>
  );
}
