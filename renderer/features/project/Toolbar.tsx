import { linkEditorSelections, linkRussianSelection } from '../../editor/selectionLinks';
import { useApp, useModel, useT, useWorkbench } from '../../state/hooks';
import { Icon } from '../../ui/Icon';
import { OverflowBar, type BarItem } from '../../ui/OverflowBar';
import { StateIcon } from '../alignment/StateBadge';
import { ariaKeys, withKeys } from '../keys/shortcuts';

export { linkEditorSelections, linkRussianSelection };

/**
 * Actions on the alignment and the selected row; each names its shortcut in its tooltip.
 * What does not fit the window goes into the "More" menu (OverflowBar), so no label is cut
 * in any interface language.
 */
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

  const items: BarItem[] = [];
  if (ready) {
    items.push(
      {
        id: 'confirm',
        label: t('toolbar.confirm'),
        icon: <StateIcon state="confirmed" />,
        title: withKeys(t('toolbar.confirmHint'), 'confirmNext'),
        ariaKeys: ariaKeys('confirmNext'),
        disabled: !row,
        priority: 10,
        testId: 'toolbar-confirm',
        onSelect: () => selected && void wb.confirmAndNext(selected),
      },
      {
        id: 'reject',
        label: t('toolbar.reject'),
        icon: <StateIcon state="rejected" />,
        title: withKeys(t('toolbar.reject'), 'reject'),
        disabled: !row?.source,
        priority: 9,
        testId: 'toolbar-reject',
        onSelect: () => selected && void wb.reject([selected]),
      },
      {
        id: 'absent',
        label: t('toolbar.absent'),
        icon: <StateIcon state="confirmedAbsent" />,
        title: withKeys(t('review.notInOriginal'), 'absent'),
        disabled: !row,
        priority: 9,
        testId: 'toolbar-absent',
        onSelect: () => selected && void wb.markNotInOriginal(selected),
      },
      {
        id: 'relink',
        label: t('toolbar.relink'),
        title: withKeys(t('review.linkSelectionHint'), 'relink'),
        ariaKeys: ariaKeys('relink'),
        disabled: !row,
        priority: 8,
        testId: 'link-selection',
        onSelect: () => linkRussianSelection(wb, selected),
      },
      {
        id: 'newLink',
        label: t('toolbar.linkSelections'),
        title: withKeys(t('toolbar.linkSelectionsHint'), 'newLink'),
        ariaKeys: ariaKeys('newLink'),
        priority: 4,
        testId: 'link-selections',
        onSelect: () => linkEditorSelections(wb),
      },
      { id: 'unlink', label: t('toolbar.unlink'), disabled: !row, priority: 3, testId: 'toolbar-unlink', onSelect: () => selected && void wb.unlink(selected) },
      {
        id: 'split',
        label: t('toolbar.split'),
        disabled: !sentence || (row!.targetSegs.length < 2 && row!.sourceSegs.length < 2),
        priority: 2,
        testId: 'toolbar-split',
        onSelect: () => selected && void wb.split(selected),
      },
      { id: 'merge', label: t('toolbar.merge'), disabled: !sentence, priority: 2, testId: 'toolbar-merge', onSelect: () => selected && void wb.mergeNext(selected) },
      {
        id: 'sync',
        label: t('toolbar.syncScroll'),
        title: t('toolbar.syncScrollHint'),
        pressed: syncScroll,
        priority: 3,
        end: true,
        testId: 'sync-scroll',
        onSelect: () => wb.toggleSyncScroll(),
      },
    );
  }
  items.push(
    { id: 'import', label: t('toolbar.import'), priority: 6, end: !ready, testId: 'import-button', onSelect: onImport },
    { id: 'export', label: t('toolbar.export'), disabled: !ready, priority: 7, testId: 'export-button', onSelect: onExport },
    { id: 'keys', label: t('toolbar.shortcuts'), title: withKeys(t('keys.title'), 'help'), priority: 1, testId: 'shortcuts-button', onSelect: () => model.setShortcutsOpen(true) },
  );

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="toolbar">
      {align.status === 'running' ? (
        <span className="align-progress" role="status" data-testid="align-progress">
          <span className="progress" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${Math.round(align.progress * 100)}%` }} />
          </span>
          {t('toolbar.aligning', { pct: Math.round(align.progress * 100) })}
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
          <button type="button" className="icon-button" disabled={!canUndo} onClick={() => void wb.undo()} title={withKeys(t('toolbar.undo'), 'undo')} aria-label={t('toolbar.undo')} aria-keyshortcuts={ariaKeys('undo')} data-testid="undo">
            <Icon name="undo" />
          </button>
          <button type="button" className="icon-button" disabled={!canRedo} onClick={() => void wb.redo()} title={withKeys(t('toolbar.redo'), 'redo')} aria-label={t('toolbar.redo')} aria-keyshortcuts={ariaKeys('redo')} data-testid="redo">
            <Icon name="redo" />
          </button>
          <span className="toolbar-sep" />
        </>
      )}
      <OverflowBar items={items} moreLabel={t('toolbar.more')} testId="toolbar-items" />
      <button type="button" className="icon-button" onClick={onSettings} title={t('toolbar.settings')} aria-label={t('toolbar.settings')} data-testid="settings-button">
        <Icon name="gear" />
      </button>
    </div>
  );
}
