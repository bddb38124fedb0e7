import { escapeHtml } from '../html/report';
import { flagLine, provenanceLine, stateLabel, summaryRows, verdictLine, type FactCheckReport } from './model';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
p.sub{color:#555;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top;text-align:left;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#eee}
table.summary{width:auto}table.summary td{white-space:nowrap}
col.text{width:27%}col.flags{width:22%}col.verdict{width:14%}col.link{width:10%}
ul.flags{margin:0;padding-left:1.1em}li.announced{color:#666}
.v-faithful{background:#e6f4ea}.v-acceptable{background:#f1f8e9}.v-distorted{background:#fde7e9}.v-cannot-verify{background:#fff8e1}
.none{color:#777}
`;

/**
 * The fact-check report as one self-contained HTML page: the summary, then a table of every
 * quotation (German | Russian source | flags | verdict and comment | link provenance). Inline
 * CSS only, every text escaped, no scripts; a CSP meta tag forbids loading anything.
 */
export function renderFactCheckHtml(r: FactCheckReport): string {
  const summary = summaryRows(r.summary)
    .map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${v}</td></tr>`)
    .join('');
  let rows = '';
  for (const [i, e] of r.entries.entries()) {
    const flags =
      e.state !== 'ok'
        ? `<span class="none">${escapeHtml(stateLabel(e.state))}</span>`
        : e.flags.length === 0
          ? '<span class="none">no flags</span>'
          : `<ul class="flags">${e.flags.map((f) => `<li class="${f.status}" data-kind="${f.kind}">${escapeHtml(flagLine(f))}</li>`).join('')}</ul>`;
    const cls = e.verdict ? ` class="v-${e.verdict.verdict}"` : '';
    rows +=
      `<tr data-entry="${i + 1}"><td lang="de">${escapeHtml(e.german)}</td>` +
      `<td lang="ru">${e.russian === null ? '<span class="none">—</span>' : escapeHtml(e.russian)}</td>` +
      `<td>${flags}</td><td${cls}>${escapeHtml(verdictLine(e.verdict))}</td><td>${escapeHtml(provenanceLine(e.link))}</td></tr>\n`;
  }
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(r.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<h1>${escapeHtml(r.title)}</h1>\n${r.subtitle !== undefined ? `<p class="sub">${escapeHtml(r.subtitle)}</p>\n` : ''}` +
    `<h2>Summary</h2>\n<table class="summary"><tbody>${summary}</tbody></table>\n` +
    `<h2>Quotations</h2>\n<table class="quotes">\n<colgroup><col class="text"><col class="text"><col class="flags"><col class="verdict"><col class="link"></colgroup>\n` +
    `<thead><tr><th>German quotation</th><th>Russian source</th><th>Flags</th><th>Verdict and comment</th><th>Link</th></tr></thead>\n` +
    `<tbody>\n${rows}</tbody>\n</table>\n</body>\n</html>\n`
  );
}
