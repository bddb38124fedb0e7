import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentFull } from '../../../shared/ipc/channels/projects';
import { linkEditor } from '../../editor/linking';
import type { monaco } from '../../editor/monaco';
import { editors, type Side } from '../../editor/registry';
import { connectSyncScroll } from '../../editor/syncScroll';
import { TextEditor } from '../../editor/TextEditor';
import type { MessageKey } from '../../i18n';
import type { OpenProject } from '../../state/app';
import { useApp, useModel, useT, useWorkbench } from '../../state/hooks';
import { AlignmentGrid } from '../alignment/AlignmentGrid';
import { ExportDialog } from '../export/ExportDialog';
import { FidelityLayer } from '../fidelity/FidelityLayer';
import { ImportDialog } from '../import/ImportDialog';
import { AlignmentMap } from '../map/AlignmentMap';
import { ReviewPanel } from '../review/ReviewPanel';
import { Icon } from '../../ui/Icon';
import { SettingsDialog } from '../settings/SettingsDialog';
import { TmPanel } from '../tm/TmPanel';
import { SourceInvite } from './SourceInvite';
import { useWorkbenchKeys } from '../keys/useWorkbenchKeys';
import { Toolbar } from './Toolbar';

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
  const wb = useWorkbench();
  const t = useT();
  const align = useApp((s) => s.align);
  const [dialog, setDialog] = useState<'export' | 'settings' | 'import-source' | 'import-target' | null>(null);
  const [lowerHeight, setLowerHeight] = useState(() => Math.max(260, Math.round(window.innerHeight * 0.42)));
  const sync = useRef<() => void>(() => {});
  const tRef = useRef(t);
  tRef.current = t;

  const mountEditor = useCallback(
    (side: Side) => (editor: monaco.editor.IStandaloneCodeEditor) => {
      editors[side] = editor;
      const off = linkEditor(editor, side, model, wb, () => ({
        partner: tRef.current(side === 'target' ? 'grid.russian' : 'grid.german'),
        none: tRef.current('status.nosource'),
        overlap: tRef.current('grid.overlapEditor'),
      }));
      sync.current();
      sync.current = connectSyncScroll(model);
      editor.onDidDispose(() => {
        off();
        sync.current();
        sync.current = () => {};
        if (editors[side] === editor) editors[side] = null;
      });
    },
    [model, wb],
  );
  const mountTarget = useCallback((e: monaco.editor.IStandaloneCodeEditor) => mountEditor('target')(e), [mountEditor]);
  const mountSource = useCallback((e: monaco.editor.IStandaloneCodeEditor) => mountEditor('source')(e), [mountEditor]);

  useWorkbenchKeys();
  const { project, target, source } = open;
  const editOriginal = useApp((s) => s.editOriginal);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const flush = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text !== null) void model.saveSourceText(text);
  }, [model]);

  // Save what is pending when the project changes or the view goes away, and when the user
  // leaves the "Edit original" mode.
  useEffect(() => flush, [flush, project.id]);
  useEffect(() => {
    if (!editOriginal) flush();
  }, [editOriginal, flush]);
  // A reload or a closed window while a save is pending would lose the last keystrokes: ask.
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (pending.current !== null || model.state.sourceSave === 'saving') e.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [model]);

  const onSourceChange = useCallback(
    (text: string) => {
      pending.current = text;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const showLower = align.status === 'ready' || align.status === 'running' || align.status === 'error';
  return (
    <div className="project-view" data-testid="project-view" data-project-id={project.id}>
      <FidelityLayer />
      <Toolbar onExport={() => setDialog('export')} onSettings={() => setDialog('settings')} onImport={() => setDialog(source ? 'import-target' : 'import-source')} />
      <div className="panes">
        <section className="pane" aria-labelledby="pane-target-title" data-testid="pane-target">
          <PaneHeader id="pane-target-title" titleKey="pane.target" lang={project.targetLang} doc={target} />
          <div className="pane-body">
            {target ? (
              <TextEditor
                docKey={`doc-${target.id}`}
                text={target.text}
                readOnly
                lang={target.lang}
                ariaLabel={t('editor.target.label')}
                testId="editor-target"
                onMount={mountTarget}
                onCursor={(line, col) => model.setCursor('target', line, col)}
              />
            ) : (
              <div className="view-placeholder">
                <div className="placeholder-stack">
                  <p>{t('pane.noTarget')}</p>
                  <button type="button" className="button primary" onClick={() => setDialog('import-target')} data-testid="import-target">
                    {t('toolbar.import')}
                  </button>
                </div>
              </div>
            )}
          </div>
        </section>
        <section className="pane" aria-labelledby="pane-source-title" data-testid="pane-source">
          <PaneHeader id="pane-source-title" titleKey="pane.source" lang={project.sourceLang} doc={source} editable={{ on: editOriginal, set: (on) => model.setEditOriginal(on) }} />
          {source && editOriginal && (
            <p className="edit-banner" role="status" data-testid="edit-banner">
              {t('pane.editingHint')}
            </p>
          )}
          <div className="pane-body">
            {source ? (
              <TextEditor
                docKey={`doc-${source.id}`}
                text={source.text}
                readOnly={!editOriginal}
                lang={source.lang}
                ariaLabel={t('editor.source.label')}
                testId="editor-source"
                onMount={mountSource}
                onChange={onSourceChange}
                onEdits={(edits) => wb.sourceEdited(edits)}
                onCursor={(line, col) => model.setCursor('source', line, col)}
              />
            ) : (
              <SourceInvite onMoreOptions={() => setDialog('import-source')} />
            )}
          </div>
        </section>
      </div>
      {showLower && (
        <>
          <Splitter height={lowerHeight} onChange={setLowerHeight} />
          <div className="lower" style={{ height: lowerHeight }}>
            {align.status === 'error' ? (
              <div className="view-placeholder" role="alert">
                {t('align.failed', { message: align.message })}
              </div>
            ) : align.status === 'running' ? (
              <div className="view-placeholder">{t('toolbar.aligning', { pct: Math.round(align.progress * 100) })}</div>
            ) : (
              <>
                <LowerLeft sourceText={source?.text ?? ''} targetText={target?.text ?? ''} />
                <SidePanel />
              </>
            )}
          </div>
        </>
      )}
      {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} />}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {(dialog === 'import-source' || dialog === 'import-target') && <ImportDialog initialRole={dialog === 'import-source' ? 'source' : 'target'} onClose={() => setDialog(null)} />}
    </div>
  );
}

function LowerLeft({ sourceText, targetText }: { sourceText: string; targetText: string }) {
  const wb = useWorkbench();
  const t = useT();
  const view = useApp((s) => s.lowerView);
  return (
    <div className="lower-left">
      <div className="tabs" role="tablist" aria-label={t('grid.label')}>
        {(['grid', 'map'] as const).map((v) => (
          <button key={v} type="button" role="tab" id={`tab-${v}`} aria-selected={view === v} aria-controls={`tabpanel-${v}`} className={`tab${view === v ? ' is-on' : ''}`} onClick={() => wb.setLowerView(v)} data-testid={`tab-${v}`}>
            {t(v === 'grid' ? 'view.grid' : 'view.map')}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`tabpanel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'grid' ? <AlignmentGrid sourceText={sourceText} targetText={targetText} /> : <AlignmentMap />}
      </div>
    </div>
  );
}

function SidePanel() {
  const wb = useWorkbench();
  const t = useT();
  const panel = useApp((s) => s.sidePanel);
  const tabs = [
    ['review', 'panel.review'],
    ['tm', 'panel.tm'],
    ['concordance', 'panel.concordance'],
    ['glossary', 'panel.glossary'],
  ] as const;
  return (
    <aside className="side-panel" aria-label={t('panel.review')}>
      <div className="tabs" role="tablist">
        {tabs.map(([k, label]) => (
          <button key={k} type="button" role="tab" id={`stab-${k}`} aria-selected={panel === k} aria-controls="side-tabpanel" className={`tab${panel === k ? ' is-on' : ''}`} onClick={() => wb.setSidePanel(k)}>
            {t(label)}
          </button>
        ))}
      </div>
      <div className="tabpanel side-tabpanel" role="tabpanel" id="side-tabpanel" aria-labelledby={`stab-${panel}`}>
        {panel === 'review' ? <ReviewPanel /> : <TmPanel kind={panel} />}
      </div>
    </aside>
  );
}

/** A horizontal splitter: drag, or focus it and use the arrow keys. */
function Splitter({ height, onChange }: { height: number; onChange: (h: number) => void }) {
  const t = useT();
  const clamp = (h: number) => Math.max(140, Math.min(window.innerHeight - 220, h));
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('grid.label')}
      aria-valuenow={height}
      aria-valuemin={140}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') onChange(clamp(height + 24));
        else if (e.key === 'ArrowDown') onChange(clamp(height - 24));
        else return;
        e.preventDefault();
      }}
      onPointerDown={(e) => {
        const startY = e.clientY;
        const startH = height;
        const el = e.currentTarget;
        el.setPointerCapture(e.pointerId);
        const move = (ev: PointerEvent) => onChange(clamp(startH - (ev.clientY - startY)));
        const up = () => {
          el.removeEventListener('pointermove', move);
          el.removeEventListener('pointerup', up);
        };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
      }}
    />
  );
}

/**
 * A pane's title, file, length and mode. The Russian pane carries the "Edit original" switch:
 * the original is read-only until the user turns it on.
 */
function PaneHeader({
  id,
  titleKey,
  lang,
  doc,
  editable,
}: {
  id: string;
  titleKey: MessageKey;
  lang: string;
  doc: DocumentFull | null;
  editable?: { on: boolean; set: (on: boolean) => void };
}) {
  const t = useT();
  const editing = editable?.on ?? false;
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
          <span className="pane-chars">{t('pane.chars', { n: doc.text.length })}</span>
          <span className={`pill${editing ? ' pill-accent' : ''}`} data-testid={editable ? 'source-mode' : undefined}>
            {t(editing ? 'pane.editing' : 'pane.readOnly')}
          </span>
          {editable && (
            <button
              type="button"
              className={`button small toggle${editing ? ' is-on' : ''}`}
              aria-pressed={editing}
              title={t(editing ? 'pane.editDoneHint' : 'pane.editHint')}
              onClick={() => editable.set(!editing)}
              data-testid="edit-original"
            >
              <Icon name="pencil" size={14} />
              {t(editing ? 'pane.editDone' : 'pane.edit')}
            </button>
          )}
        </span>
      )}
    </header>
  );
}
