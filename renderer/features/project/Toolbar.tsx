import { linkEditorSelections, linkRussianSelection } from '../../editor/selectionLinks';
import { useApp, useModel, useT, useWorkbench } from '../../state/hooks';
import { Icon } from '../../ui/Icon';

export { linkEditorSelections, linkRussianSelection };

/** Actions on the alignment and the selected row; each names its shortcut. */
export function Toolbar({ onExport, onSettings, onImport }: { onExport: () => void; onSettings: () => void; onImport: () => void }) {
  const wb = useWorkbench();
  const model = useModel();
  const t = useT();
  const align = useApp((s) => s.align);
  const selected = useApp((s) => s.selectedRow);
  const row = useApp((s) => (s.align.status === 'ready' ? (s.align.data.rows.find((r) => r.id === s.selectedRow) ?? null) : null));
  const hasSource = useApp((s) => s.open.status === 'ready' && s.open.value.source !== null);
  // Re-render on history changes: the store notifies on every dispatch, canUndo is read live.
  useApp((s) => s.align);
  const canUndo = model.store.canUndo;
  const canRedo = model.store.canRedo;
  const ready = align.status === 'ready';
  const syncScroll = useApp((s) => s.syncScroll);
  const sentence = row?.kind === 'sentence';

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="toolbar">
      {align.status === 'running' || (align.status === 'ready' && align.refining !== undefined) ? (
        <span className="align-progress" role="status" data-testid="align-progress">
          <span className="progress" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${Math.round((align.status === 'running' ? align.progress : align.refining!) * 100)}%` }} />
          </span>
          {align.status === 'running'
            ? t('toolbar.aligning', { pct: Math.round(align.progress * 100) })
            : t('toolbar.findingQuotes', { pct: Math.round(align.refining! * 100) })}
          <button type="button" className="button small" onClick={() => wb.cancelAlign()}>
            {t('toolbar.cancel')}
          </button>
        </span>
      ) : (
        <span className="align-group">
          <button type="button" className="button small primary" disabled={!hasSource} onClick={() => void wb.align()} data-testid="align-button">
            {t(ready ? 'toolbar.realign' : 'toolbar.align')}
          </button>
          <label className="select-compact">
            <span className="visually-hidden">{t('toolbar.alignMode')}</span>
            <select
              defaultValue={wb.alignMode}
              data-testid="align-mode"
              title={t('toolbar.alignMode')}
              onChange={(e) => {
                wb.alignMode = e.target.value as typeof wb.alignMode;
              }}
            >
              <option value="auto">{t('toolbar.mode.auto')}</option>
              <option value="quotes">{t('toolbar.mode.quotes')}</option>
              <option value="sentences">{t('toolbar.mode.sentences')}</option>
            </select>
          </label>
        </span>
      )}
      {ready && (
        <>
          <span className="toolbar-sep" />
          <button type="button" className="icon-button" disabled={!canUndo} onClick={() => wb.undo()} title={`${t('toolbar.undo')} (Ctrl+Z)`} aria-label={t('toolbar.undo')} aria-keyshortcuts="Control+Z" data-testid="undo">
            <Icon name="undo" />
          </button>
          <button type="button" className="icon-button" disabled={!canRedo} onClick={() => wb.redo()} title={`${t('toolbar.redo')} (Ctrl+Y)`} aria-label={t('toolbar.redo')} aria-keyshortcuts="Control+Y" data-testid="redo">
            <Icon name="redo" />
          </button>
          <span className="toolbar-sep" />
          <button type="button" className="button small" disabled={!row} onClick={() => selected && wb.confirm([selected])} title={`${t('toolbar.confirm')} (Space)`}>
            <span className="status-dot tone-confirmed" aria-hidden="true" />
            {t('toolbar.confirm')}
          </button>
          <button type="button" className="button small" disabled={!row} onClick={() => selected && wb.reject([selected])} title={`${t('toolbar.reject')} (R)`}>
            <span className="status-dot tone-rejected" aria-hidden="true" />
            {t('toolbar.reject')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={!row}
            title={t('review.linkSelectionHint')}
            aria-keyshortcuts="Control+L"
            data-testid="link-selection"
            onClick={() => linkRussianSelection(wb, selected)}
          >
            {t('toolbar.relink')}
          </button>
          <button
            type="button"
            className="button small"
            title={t('toolbar.linkSelectionsHint')}
            aria-keyshortcuts="Control+Shift+L"
            data-testid="link-selections"
            onClick={() => linkEditorSelections(wb)}
          >
            {t('toolbar.linkSelections')}
          </button>
          <button type="button" className="button small" disabled={!row} onClick={() => selected && wb.unlink(selected)}>
            {t('toolbar.unlink')}
          </button>
          <button type="button" className="button small" disabled={!sentence || (row!.targetSegs.length < 2 && row!.sourceSegs.length < 2)} onClick={() => selected && wb.split(selected)}>
            {t('toolbar.split')}
          </button>
          <button type="button" className="button small" disabled={!sentence} onClick={() => selected && wb.mergeNext(selected)}>
            {t('toolbar.merge')}
          </button>
        </>
      )}
      <span className="titlebar-spacer" />
      {ready && (
        <button type="button" className="button small toggle" aria-pressed={syncScroll} onClick={() => wb.toggleSyncScroll()} title={t('toolbar.syncScrollHint')} data-testid="sync-scroll">
          {t('toolbar.syncScroll')}
        </button>
      )}
      <button type="button" className="button small" onClick={onImport} data-testid="import-button">
        {t('toolbar.import')}
      </button>
      <button type="button" className="button small" disabled={!ready} onClick={onExport} data-testid="export-button">
        {t('toolbar.export')}
      </button>
      <button type="button" className="icon-button" onClick={onSettings} title={t('toolbar.settings')} aria-label={t('toolbar.settings')} data-testid="settings-button">
        <Icon name="gear" />
      </button>
    </div>
  );
}
