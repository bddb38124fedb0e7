import { allNotes, type InlineText, type TranslationUnit } from '../model';

export interface HtmlReportOptions {
  title?: string;
  /** Document language of the report's own labels (default `de`). */
  lang?: string;
  labels?: { source?: string; target?: string; status?: string; note?: string; units?: string };
  /** Shown under the title, e.g. an ISO date; nothing by default so output is reproducible. */
  subtitle?: string;
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem;margin:0 0 .25rem}
p.sub{color:#555;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top;text-align:left;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#eee;position:sticky;top:0}
col.text{width:38%}col.status{width:9%}col.note{width:15%}
.tag{color:#777;background:#f1f1f1;border-radius:3px;padding:0 .2em;font-family:ui-monospace,monospace;font-size:.85em}
.st-approved{background:#e6f4ea}.st-rejected{background:#fde7e9}.st-draft{background:#fff8e1}
dl.counts{display:flex;gap:1.5rem;margin:0 0 1rem}dl.counts dt{font-weight:600}dl.counts dd{margin:0}
@media print{th{position:static}}
`;

/**
 * A self-contained HTML report of units: one table (source | target | status | note) plus
 * counts per status. Inline CSS only, every text escaped, no scripts and no external
 * resources; a CSP meta tag forbids loading anything even if opened from a web server.
 */
export function renderHtmlReport(units: Iterable<TranslationUnit>, opts: HtmlReportOptions = {}): string {
  const l = { source: 'Russisch', target: 'Deutsch', status: 'Status', note: 'Anmerkung', units: 'Einheiten', ...opts.labels };
  const title = opts.title ?? 'Sverka';
  const counts = new Map<string, number>();
  let rows = '';
  let total = 0;
  for (const u of units) {
    total++;
    const status = u.props.status ?? '';
    counts.set(status, (counts.get(status) ?? 0) + 1);
    const cls = /^[a-z-]+$/.test(status) ? ` class="st-${status}"` : '';
    rows +=
      `<tr${cls}><td lang="${escapeHtml(u.sourceLang)}">${inlineHtml(u.source)}</td><td lang="${escapeHtml(u.targetLang)}">${inlineHtml(u.target)}</td>` +
      `<td>${escapeHtml(status)}</td><td>${escapeHtml(allNotes(u).join('\n'))}</td></tr>\n`;
  }
  const countList = [...counts.entries()].map(([s, n]) => `<dt>${escapeHtml(s === '' ? '–' : s)}</dt><dd>${n}</dd>`).join('');
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(opts.lang ?? 'de')}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<h1>${escapeHtml(title)}</h1>\n${opts.subtitle !== undefined ? `<p class="sub">${escapeHtml(opts.subtitle)}</p>\n` : ''}` +
    `<dl class="counts"><dt>${escapeHtml(l.units)}</dt><dd>${total}</dd>${countList}</dl>\n` +
    `<table>\n<colgroup><col class="text"><col class="text"><col class="status"><col class="note"></colgroup>\n` +
    `<thead><tr><th>${escapeHtml(l.source)}</th><th>${escapeHtml(l.target)}</th><th>${escapeHtml(l.status)}</th><th>${escapeHtml(l.note)}</th></tr></thead>\n` +
    `<tbody>\n${rows}</tbody>\n</table>\n</body>\n</html>\n`
  );
}

function inlineHtml(inline: InlineText): string {
  let out = '';
  let n = 0;
  for (const r of inline) {
    if (typeof r === 'string') out += escapeHtml(r);
    else {
      n++;
      const label = r.kind === 'open' ? `{${n}}` : r.kind === 'close' ? `{/${n}}` : `{${n}/}`;
      const tip = r.disp ?? r.data;
      out += `<span class="tag"${tip !== undefined ? ` title="${escapeHtml(tip)}"` : ''}>${label}</span>`;
    }
  }
  return out;
}
