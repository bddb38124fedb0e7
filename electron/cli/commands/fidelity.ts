import { APP_DECISION, appMatcher, checkQuoteLink, summariseQuotes, type QuoteLinkFidelity } from '../../../shared/fidelity';
import type { ProjectFidelitySummary } from '../../../shared/ipc/channels/fidelity';
import { baseLexicon } from '../../services/lexicon';
import type { CliCommand } from '../types';
import { alignDocuments, requireFlag, type AlignOutput } from './align';

/** One quotation of `fidelity --json`: the planner's link and the flags the app would show. */
export interface FidelityQuote {
  kind: AlignOutput['quotes'][number]['kind'];
  /** The planner's confidence in the link (as `align --json`). */
  score: number;
  target: { start: number; end: number; text: string };
  source: { start: number; end: number; text: string } | null;
  state: QuoteLinkFidelity['state'];
  message: string | null;
  flags: QuoteLinkFidelity['flags'];
}

export interface FidelityOutput {
  source: { lang: string };
  target: { lang: string };
  mode: AlignOutput['mode'];
  quotes: FidelityQuote[];
  summary: ProjectFidelitySummary;
}

/**
 * Plans the alignment as the app does (shared/align/plan via `alignDocuments`), then checks
 * every quotation link with the app's matcher (built-in list + base lexicon): what the
 * workbench would show as automatic links.
 */
export function fidelityOfDocuments(sourceText: string, targetText: string, opts: { sourceLang: string; targetLang: string }): FidelityOutput {
  const plan = alignDocuments(sourceText, targetText, { sourceLang: opts.sourceLang, targetLang: opts.targetLang, segmented: false });
  const matcher = appMatcher(baseLexicon());
  const quotes: FidelityQuote[] = plan.quotes.map((q) => {
    const source = q.source ? { start: q.source.start, end: q.source.end, text: sourceText.slice(q.source.start, q.source.end) } : null;
    const target = { start: q.target.start, end: q.target.end, text: targetText.slice(q.target.start, q.target.end) };
    const f = checkQuoteLink({ source, target, status: source ? 'auto' : 'no_source' }, sourceText, targetText, { matcher, decision: APP_DECISION });
    return { kind: q.kind, score: Math.round(q.score * 1000) / 1000, target, source, ...f };
  });
  const summary = summariseQuotes(quotes.map((q) => ({ ...q, verdict: null })));
  return { source: { lang: opts.sourceLang }, target: { lang: opts.targetLang }, mode: plan.mode, quotes, summary };
}

const oneLine = (s: string, max = 70): string => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

export const commands: CliCommand[] = [
  {
    name: 'fidelity',
    summary: 'Link the German quotations to their Russian sources and flag where they depart from them (numbers, names, negation, omission, addition, hedges)',
    usage: 'fidelity --source <ru file> --target <de file> [--source-lang ru] [--target-lang de] [--encoding cp1251] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const sourceFile = requireFlag(args.flags, 'source');
      const targetFile = requireFlag(args.flags, 'target');
      const sourceLang = typeof args.flags['source-lang'] === 'string' ? args.flags['source-lang'] : 'ru';
      const targetLang = typeof args.flags['target-lang'] === 'string' ? args.flags['target-lang'] : 'de';
      const encoding = typeof args.flags['encoding'] === 'string' && args.flags['encoding'] !== '' ? args.flags['encoding'] : undefined;
      const { readDocumentFile } = await import('../../services/import/file');
      const read = async (f: string) => (await readDocumentFile(f, { keepBom: true, ...(encoding ? { encoding } : {}) })).text;
      const out = fidelityOfDocuments(await read(sourceFile), await read(targetFile), { sourceLang, targetLang });
      if (args.flags['json']) {
        io.out(`${JSON.stringify(out)}\n`);
        return 0;
      }
      for (const q of out.quotes) {
        io.out(`${q.source ? 'linked' : 'no source'} ${q.score.toFixed(2)}  ${oneLine(q.target.text)}  ->  ${q.source ? oneLine(q.source.text) : '(not in the original)'}\n`);
        if (q.state !== 'ok' && q.state !== 'no-source') io.out(`    ${q.state}: ${q.message ?? ''}\n`);
        for (const f of q.flags)
          io.out(`    ${f.kind}/${f.reason}${f.status === 'announced' ? ' (announced)' : ''}: ${f.german.map((w) => w.text).join(' … ') || '—'}  <>  ${f.russian.map((w) => w.text).join(' … ') || '—'}\n`);
      }
      const s = out.summary;
      io.out(`${s.quotations} quotations, ${s.checked} compared, ${s.clean} without flags; flagged: ${Object.entries(s.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
      return 0;
    },
  },
];
