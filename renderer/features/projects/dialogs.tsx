import { useState } from 'react';
import type { ProjectSummary } from '../../../shared/ipc/channels/projects';
import { useModel, useT } from '../../state/hooks';
import { Dialog } from '../../ui/Dialog';

const SOURCE_LANGS = ['ru', 'uk', 'be', 'kk'] as const;
const TARGET_LANGS = ['de', 'en'] as const;

function langName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function CreateProjectDialog({ onClose }: { onClose: () => void }) {
  const model = useModel();
  const t = useT();
  const uiLang = model.state.settings.lang;
  const [name, setName] = useState('');
  const [sourceLang, setSourceLang] = useState('ru');
  const [targetLang, setTargetLang] = useState('de');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!name.trim() || busy) return;
    setBusy(true);
    const ok = await model.createProject(name.trim(), sourceLang, targetLang);
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Dialog
      title={t('create.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="create-project-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!name.trim() || busy}>
            {t('create.submit')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('create.name')}</span>
        <input
          className="input"
          autoFocus
          value={name}
          maxLength={200}
          placeholder={t('create.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('create.source')}</span>
          <select className="input" value={sourceLang} onChange={(e) => setSourceLang(e.target.value)}>
            {SOURCE_LANGS.map((l) => (
              <option key={l} value={l}>
                {langName(l, uiLang)} ({l})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('create.target')}</span>
          <select className="input" value={targetLang} onChange={(e) => setTargetLang(e.target.value)}>
            {TARGET_LANGS.map((l) => (
              <option key={l} value={l}>
                {langName(l, uiLang)} ({l})
              </option>
            ))}
          </select>
        </label>
      </div>
    </Dialog>
  );
}

export function RenameProjectDialog({ project, onClose }: { project: ProjectSummary; onClose: () => void }) {
  const model = useModel();
  const t = useT();
  const [name, setName] = useState(project.name);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const next = name.trim();
    if (!next || busy) return;
    if (next === project.name) return onClose();
    setBusy(true);
    const ok = await model.renameProject(project.id, next);
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Dialog
      title={t('rename.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="rename-project-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!name.trim() || busy}>
            {t('rename.submit')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('create.name')}</span>
        <input className="input" autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </Dialog>
  );
}

export function DeleteProjectDialog({ project, onClose }: { project: ProjectSummary; onClose: () => void }) {
  const model = useModel();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    await model.deleteProject(project.id);
    setBusy(false);
    onClose();
  };
  return (
    <Dialog
      title={t('delete.title', { name: project.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      tone="danger"
      testId="delete-project-dialog"
      footer={
        <>
          <button type="button" className="button" autoFocus onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button danger" disabled={busy}>
            {t('delete.submit')}
          </button>
        </>
      }
    >
      <p>{t('delete.body')}</p>
    </Dialog>
  );
}
