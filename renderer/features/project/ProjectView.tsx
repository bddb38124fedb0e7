import { useCallback, useEffect, useRef } from 'react';
import type { DocumentFull } from '../../../shared/ipc/channels/projects';
import { TextEditor } from '../../editor/TextEditor';
import type { MessageKey } from '../../i18n';
import type { OpenProject } from '../../state/app';
import { useApp, useModel, useT } from '../../state/hooks';
import { SourceInvite } from './SourceInvite';

const SAVE_DELAY_MS = 700;

/** The project's two documents side by side: German article | Russian original. */
export function ProjectView() {
  const open = useApp((s) => s.open);
  const t = useT();
  if (open.status === 'loading' || open.status === 'idle') {
    return (
      <div className="view-placeholder" aria-busy="true">
        {t('app.loading')}
      </div>
    );
  }
  if (open.status === 'error') {
    return (
      <div className="view-placeholder" role="alert">
        {t('project.loadFailed', { message: open.message })}
      </div>
    );
  }
  return <ProjectPanes open={open.value} />;
}

function ProjectPanes({ open }: { open: OpenProject }) {
  const model = useModel();
  const t = useT();
  const { project, target, source } = open;
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const flush = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text !== null) void model.saveSourceText(text);
  }, [model]);

  // Save what is pending when the project changes or the view goes away.
  useEffect(() => flush, [flush, project.id]);

  const onSourceChange = useCallback(
    (text: string) => {
      pending.current = text;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return (
    <div className="project-view" data-testid="project-view" data-project-id={project.id}>
      <div className="panes">
        <section className="pane" aria-labelledby="pane-target-title" data-testid="pane-target">
          <PaneHeader id="pane-target-title" titleKey="pane.target" lang={project.targetLang} doc={target} readOnly />
          <div className="pane-body">
            {target ? (
              <TextEditor
                docKey={`doc-${target.id}`}
                text={target.text}
                readOnly
                lang={target.lang}
                ariaLabel={t('editor.target.label')}
                testId="editor-target"
                onCursor={(line, col) => model.setCursor('target', line, col)}
              />
            ) : (
              <div className="view-placeholder">{t('pane.noTarget')}</div>
            )}
          </div>
        </section>
        <section className="pane" aria-labelledby="pane-source-title" data-testid="pane-source">
          <PaneHeader id="pane-source-title" titleKey="pane.source" lang={project.sourceLang} doc={source} readOnly={false} />
          <div className="pane-body">
            {source ? (
              <TextEditor
                docKey={`doc-${source.id}`}
                text={source.text}
                readOnly={false}
                lang={source.lang}
                ariaLabel={t('editor.source.label')}
                testId="editor-source"
                onChange={onSourceChange}
                onCursor={(line, col) => model.setCursor('source', line, col)}
              />
            ) : (
              <SourceInvite />
            )}
          </div>
        </section>
      </div>
    </div>
  );
}

function PaneHeader({ id, titleKey, lang, doc, readOnly }: { id: string; titleKey: MessageKey; lang: string; doc: DocumentFull | null; readOnly: boolean }) {
  const t = useT();
  return (
    <header className="pane-header">
      <span className="lang-badge" aria-hidden="true">
        {lang.toUpperCase()}
      </span>
      <h2 id={id} className="pane-title">
        {t(titleKey)}
      </h2>
      {doc && (
        <span className="pane-meta">
          {doc.fileName && <span className="pane-file" title={doc.fileName}>{doc.fileName}</span>}
          <span>{t('pane.chars', { n: doc.text.length })}</span>
          <span className={`pill${readOnly ? '' : ' pill-accent'}`}>{t(readOnly ? 'pane.readOnly' : 'pane.editable')}</span>
        </span>
      )}
    </header>
  );
}
