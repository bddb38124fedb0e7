import { useEffect, useState } from 'react';
import type { ExportStatus, ProjectExportFormat } from '../../../shared/ipc/channels/workbench';
import { api } from '../../api';
import type { MessageKey } from '../../i18n';
import { useApp, useModel, useT } from '../../state/hooks';
import { Dialog } from '../../ui/Dialog';
import type { RowKind } from '../../state/rows/types';
import { download, EXPORT_FORMATS, fromBase64 } from './build';

type ExportFormat = ProjectExportFormat;

const FORMAT_LABEL: Record<ExportFormat, MessageKey> = {
  tmx: 'export.tmx',
  xliff12: 'export.xliff12',
  xliff21: 'export.xliff21',
  csv: 'export.csv',
  tsv: 'export.tsv',
  docx: 'export.docx',
  html: 'export.html',
  'factcheck-html': 'fidelity.export.html',
  'factcheck-docx': 'fidelity.export.docx',
};

/** The statuses offered, with the words the grid uses for them. */
const STATUS_LABEL: readonly [Exclude<ExportStatus, 'no_source'>, MessageKey][] = [
  ['confirmed', 'state.confirmed'],
  ['auto', 'state.proposed'],
  ['recheck', 'state.recheck'],
  ['rejected', 'state.rejected'],
];

/**
 * Export of the project's pairs. The count is asked of the server with the very choices the
 * export then sends (`workbench.exportCount` runs the export's selection), so the file holds
 * what the dialog said; afterwards a notice names the file and how many pairs it holds.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const model = useModel();
  const open = useApp((s) => (s.open.status === 'ready' ? s.open.value : null));
  // Any change of the links asks for the count again.
  const rows = useApp((s) => (s.align.status === 'ready' ? s.align.data.rows : null));
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [statuses, setStatuses] = useState<Set<ExportStatus>>(new Set(['confirmed']));
  const [kinds, setKinds] = useState<Set<RowKind>>(new Set(['quote', 'sentence']));
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [allowFormulas, setAllowFormulas] = useState(false);
  const projectId = open?.project.id;
  useEffect(() => {
    if (projectId === undefined || statuses.size === 0 || kinds.size === 0) {
      setCount(0);
      return;
    }
    let live = true;
    setCount(null);
    void api.workbench.exportCount({ projectId, statuses: [...statuses], kinds: [...kinds], useChecked: true, format }).then((r) => {
      if (live) setCount(r.ok ? r.value.units : 0);
    });
    return () => {
      live = false;
    };
  }, [projectId, statuses, kinds, rows, format]);
  const toggle = <T,>(set: Set<T>, v: T, update: (s: Set<T>) => void) => {
    const next = new Set(set);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    update(next);
  };
  const submit = async () => {
    if (!open || !count || busy) return;
    setBusy(true);
    const r = await api.workbench.export({ projectId: open.project.id, format, statuses: [...statuses], kinds: [...kinds], useChecked: true, allowFormulas });
    setBusy(false);
    if (!r.ok) return model.notify('error', 'export.failed', undefined, r.error.message, 'export');
    download(fromBase64(r.value.dataBase64), r.value.fileName, EXPORT_FORMATS.find((x) => x.id === format)!.mime);
    model.notify('info', 'export.done', { n: r.value.units, file: r.value.fileName }, undefined, 'export');
    onClose();
  };
  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="export-dialog"
      footer={
        <>
          <span className="subtle dialog-count" data-testid="export-count" aria-live="polite">
            {count === null ? t('export.counting') : t('export.count', { n: count })}
          </span>
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!count || busy} data-testid="export-submit">
            {t('export.submit')}
          </button>
        </>
      }
    >
      <fieldset className="fieldset">
        <legend className="field-label">{t('export.format')}</legend>
        <div className="radio-grid">
          {EXPORT_FORMATS.map((f) => (
            <label key={f.id} className="radio">
              <input type="radio" name="format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
              {t(FORMAT_LABEL[f.id])}
            </label>
          ))}
        </div>
      </fieldset>
      {(format === 'factcheck-html' || format === 'factcheck-docx') && <p className="subtle">{t('fidelity.export.hint')}</p>}
      {(format === 'csv' || format === 'tsv') && (
        <label className="check">
          <input type="checkbox" data-testid="export-allow-formulas" checked={allowFormulas} onChange={(e) => setAllowFormulas(e.currentTarget.checked)} />
          {t('export.allowFormulas')}
        </label>
      )}
      <fieldset className="fieldset">
        <legend className="field-label">{t('export.statuses')}</legend>
        {STATUS_LABEL.map(([s, label]) => (
          <label key={s} className="check">
            <input type="checkbox" checked={statuses.has(s)} onChange={() => toggle(statuses, s, setStatuses)} data-testid={`export-status-${s}`} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field-label">{t('export.kinds')}</legend>
        {(['quote', 'sentence'] as const).map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={kinds.has(k)} onChange={() => toggle(kinds, k, setKinds)} />
            {t(k === 'quote' ? 'filter.quotes' : 'filter.sentences')}
          </label>
        ))}
      </fieldset>
      <p className="subtle export-where">{t('export.where')}</p>
    </Dialog>
  );
}
