import { makeUnit, PROP, serializeCsv, serializeTmx, serializeXliff12, serializeXliff21, type TranslationUnit, type UnitStatus } from '../../../shared/formats';
import type { AlignRow, LinkStatus, RowKind } from '../alignment/types';

export type ExportFormat = 'tmx' | 'xliff12' | 'xliff21' | 'csv' | 'tsv' | 'html';

export const EXPORT_FORMATS: readonly { id: ExportFormat; ext: string; mime: string }[] = [
  { id: 'tmx', ext: 'tmx', mime: 'application/x-tmx+xml' },
  { id: 'xliff12', ext: 'xlf', mime: 'application/x-xliff+xml' },
  { id: 'xliff21', ext: 'xlf', mime: 'application/xliff+xml' },
  { id: 'csv', ext: 'csv', mime: 'text/csv' },
  { id: 'tsv', ext: 'tsv', mime: 'text/tab-separated-values' },
  { id: 'html', ext: 'html', mime: 'text/html' },
];

export interface ExportInput {
  projectName: string;
  sourceLang: string;
  targetLang: string;
  sourceText: string;
  targetText: string;
  sourceFile: string | null;
  rows: readonly AlignRow[];
  statuses: ReadonlySet<LinkStatus>;
  kinds: ReadonlySet<RowKind>;
}

const UNIT_STATUS: Record<LinkStatus, UnitStatus> = { confirmed: 'reviewed', auto: 'draft', rejected: 'rejected' };

/** The pairs that go out: chosen statuses and kinds, with a source; the checked German wins over the published one. */
export function exportUnits(input: ExportInput, now = new Date()): TranslationUnit[] {
  const created = now.toISOString().replace(/\.\d+Z$/, 'Z');
  return input.rows
    .filter((r) => r.source && r.target && input.statuses.has(r.status) && input.kinds.has(r.kind))
    .map((r) =>
      makeUnit({
        id: r.id,
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        source: input.sourceText.slice(r.source!.start, r.source!.end),
        target: r.checked ?? input.targetText.slice(r.target!.start, r.target!.end),
        created,
        props: {
          [PROP.project]: input.projectName,
          ...(input.sourceFile ? { [PROP.document]: input.sourceFile } : {}),
          [PROP.offsets]: `src:${r.source!.start}-${r.source!.end};tgt:${r.target!.start}-${r.target!.end}`,
          [PROP.origin]: 'human',
          [PROP.status]: UNIT_STATUS[r.status],
          kind: r.kind,
          score: r.score.toFixed(3),
        },
      }),
    );
}

export function serialize(format: ExportFormat, units: TranslationUnit[], input: ExportInput): string {
  switch (format) {
    case 'tmx':
      return serializeTmx(units, { srcLang: input.sourceLang, creationTool: 'Sverka' }, { invalidChars: 'replace' });
    case 'xliff12':
      return serializeXliff12(units, { original: input.projectName });
    case 'xliff21':
      return serializeXliff21(units, { original: input.projectName, srcLang: input.sourceLang, trgLang: input.targetLang });
    case 'csv':
      return serializeCsv(units, { bom: true });
    case 'tsv':
      return serializeCsv(units, { delimiter: '\t', bom: true });
    case 'html':
      return htmlReport(units, input);
  }
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A self-contained report (no scripts, inline styles only) to send to an editor or client. */
function htmlReport(units: TranslationUnit[], input: ExportInput): string {
  const rows = units
    .map((u, i) => {
      const src = u.source.filter((x): x is string => typeof x === 'string').join('');
      const tgt = u.target.filter((x): x is string => typeof x === 'string').join('');
      return `<tr><td>${i + 1}</td><td lang="${esc(input.sourceLang)}">${esc(src)}</td><td lang="${esc(input.targetLang)}">${esc(tgt)}</td><td>${esc(u.props['status'] ?? '')}</td><td>${esc(u.props['kind'] ?? '')}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(input.projectName)} — Sverka report</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#1f2328}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}th{background:#f6f8fa}</style>
</head><body><h1>${esc(input.projectName)}</h1><p>${units.length} pairs, ${esc(input.sourceLang)} → ${esc(input.targetLang)}</p>
<table><thead><tr><th>#</th><th>${esc(input.sourceLang.toUpperCase())}</th><th>${esc(input.targetLang.toUpperCase())}</th><th>Status</th><th>Kind</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

/** Offers `text` as a file download (works in Electron and in the browser). */
export function download(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
