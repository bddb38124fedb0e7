import { useMemo, useState } from 'react';
import type { ProjectExportFormat } from '../../../shared/ipc/channels/workbench';
import { api } from '../../api';
import type { MessageKey } from '../../i18n';
import { useApp, useModel, useT } from '../../state/hooks';
import { Dialog } from '../../ui/Dialog';
import type { LinkStatus, RowKind } from '../alignment/types';
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
};

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const model = useModel();
  const open = useApp((s) => (s.open.status === 'ready' ? s.open.value : null));
  const rows = useApp((s) => (s.align.status === 'ready' ? s.align.data.rows : []));
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [statuses, setStatuses] = useState<Set<LinkStatus>>(new Set(['confirmed']));
  const [kinds, setKinds] = useState<Set<RowKind>>(new Set(['quote', 'sentence']));
  const count = useMemo(() => rows.filter((r) => r.source && statuses.has(r.status) && kinds.has(r.kind)).length, [rows, statuses, kinds]);
  const [busy, setBusy] = useState(false);
  const [allowFormulas, setAllowFormulas] = useState(false);
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
    if (!r.ok) return model.notify('error', 'export.failed', undefined, r.error.message);
    download(fromBase64(r.value.dataBase64), r.value.fileName, EXPORT_FORMATS.find((x) => x.id === format)!.mime);
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
          <span className="subtle dialog-count">{t('export.count', { n: count })}</span>
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
      {(format === 'csv' || format === 'tsv') && (
        <label className="check">
          <input type="checkbox" data-testid="export-allow-formulas" checked={allowFormulas} onChange={(e) => setAllowFormulas(e.currentTarget.checked)} />
          {t('export.allowFormulas')}
        </label>
      )}
      <fieldset className="fieldset">
        <legend className="field-label">{t('export.statuses')}</legend>
        {(['confirmed', 'auto', 'rejected'] as const).map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={statuses.has(s)} onChange={() => toggle(statuses, s, setStatuses)} />
            {t(s === 'confirmed' ? 'status.confirmed' : s === 'auto' ? 'status.auto' : 'status.rejected')}
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
    </Dialog>
  );
}
