import type { ProjectExportFormat } from '../../../shared/ipc/channels/workbench';

export const EXPORT_FORMATS: readonly { id: ProjectExportFormat; mime: string }[] = [
  { id: 'tmx', mime: 'application/x-tmx+xml' },
  { id: 'xliff12', mime: 'application/x-xliff+xml' },
  { id: 'xliff21', mime: 'application/xliff+xml' },
  { id: 'csv', mime: 'text/csv' },
  { id: 'tsv', mime: 'text/tab-separated-values' },
  { id: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { id: 'html', mime: 'text/html' },
  { id: 'factcheck-html', mime: 'text/html' },
  { id: 'factcheck-docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
];

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Offers bytes as a file download (works in Electron and in the browser). */
export function download(bytes: Uint8Array<ArrayBuffer>, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
