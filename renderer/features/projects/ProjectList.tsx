import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { ProjectSummary } from '../../../shared/ipc/channels/projects';
import { relativeTime } from '../../i18n';
import { useApp, useModel, useT } from '../../state/hooks';
import { Icon } from '../../ui/Icon';
import { CreateProjectDialog, DeleteProjectDialog, RenameProjectDialog } from './dialogs';

type DialogState = { kind: 'create' } | { kind: 'rename'; project: ProjectSummary } | { kind: 'delete'; project: ProjectSummary } | null;

/**
 * The project list in the sidebar, most recently opened first. Keyboard: Up/Down move, Enter
 * opens, F2 renames, Delete deletes; Ctrl+N (in the app shell) creates.
 */
export function ProjectList() {
  const model = useModel();
  const t = useT();
  const projects = useApp((s) => s.projects);
  const openId = useApp((s) => s.openId);
  const lang = useApp((s) => s.settings.lang);
  const [dialog, setDialog] = useState<DialogState>(null);
  const close = useCallback(() => setDialog(null), []);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey && e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        setDialog({ kind: 'create' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>, list: ProjectSummary[]) => {
    const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button.project-open'));
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const project = list[i];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      buttons[e.key === 'Home' ? 0 : buttons.length - 1]?.focus();
    } else if (e.key === 'F2' && project) {
      e.preventDefault();
      setDialog({ kind: 'rename', project });
    } else if (e.key === 'Delete' && project) {
      e.preventDefault();
      setDialog({ kind: 'delete', project });
    }
  };

  return (
    <nav className="sidebar-section" aria-labelledby="projects-heading" data-testid="project-list">
      <div className="sidebar-header">
        <h2 id="projects-heading" className="sidebar-title">
          {t('projects.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          title={`${t('projects.new')} (Ctrl+Alt+N)`}
          aria-label={t('projects.new')}
          aria-keyshortcuts="Control+Alt+N"
          data-testid="new-project"
          onClick={() => setDialog({ kind: 'create' })}
        >
          <Icon name="plus" />
        </button>
      </div>
      {projects.status === 'loading' || projects.status === 'idle' ? (
        <p className="sidebar-empty">{t('app.loading')}</p>
      ) : projects.status === 'error' ? (
        <div className="sidebar-empty" role="alert">
          <p>{t('projects.loadFailed', { message: projects.message })}</p>
          <button type="button" className="button" onClick={() => void model.loadProjects()}>
            {t('projects.retry')}
          </button>
        </div>
      ) : projects.value.length === 0 ? (
        <p className="sidebar-empty">{t('projects.empty')}</p>
      ) : (
        <ul className="project-list" aria-label={t('projects.listLabel')} onKeyDown={(e) => onKeyDown(e, projects.value)}>
          {projects.value.map((p) => {
            const docs = t('projects.docs', { n: p.documentCount });
            const when = p.openedAt ? t('projects.opened', { when: relativeTime(lang, p.openedAt) }) : t('projects.created', { when: relativeTime(lang, p.createdAt) });
            return (
              <li key={p.id} className={`project-item${p.id === openId ? ' is-current' : ''}`} data-testid="project-item" data-project-id={p.id}>
                <button
                  type="button"
                  className="project-open"
                  aria-current={p.id === openId ? 'page' : undefined}
                  onClick={() => void model.openProject(p.id)}
                >
                  <span className="project-name">{p.name}</span>
                  <span className="project-meta">
                    <span className="lang-pair">
                      {p.sourceLang.toUpperCase()} → {p.targetLang.toUpperCase()}
                    </span>
                    <span aria-hidden="true"> · </span>
                    {docs}
                  </span>
                  <span className="project-meta project-when">{when}</span>
                  {p.description && (
                    <span className="project-meta project-description" title={p.description} data-testid="project-description">
                      {p.description}
                    </span>
                  )}
                </button>
                <span className="project-actions">
                  <button
                    type="button"
                    className="icon-button small"
                    title={`${t('projects.rename')} (F2)`}
                    aria-label={`${t('projects.rename')}: ${p.name}`}
                    onClick={() => setDialog({ kind: 'rename', project: p })}
                  >
                    <Icon name="pencil" size={14} />
                  </button>
                  <button
                    type="button"
                    className="icon-button small"
                    title={`${t('projects.delete')} (Del)`}
                    aria-label={`${t('projects.delete')}: ${p.name}`}
                    onClick={() => setDialog({ kind: 'delete', project: p })}
                  >
                    <Icon name="trash" size={14} />
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {dialog?.kind === 'create' && <CreateProjectDialog onClose={close} />}
      {dialog?.kind === 'rename' && <RenameProjectDialog project={dialog.project} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteProjectDialog project={dialog.project} onClose={close} />}
    </nav>
  );
}
