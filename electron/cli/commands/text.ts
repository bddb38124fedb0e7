import { SverkaError } from '../../../shared/errors';
import { findQuotes } from '../../../shared/text/quotes';
import { segment } from '../../../shared/text/segment';
import { readDocumentFile } from '../../services/import';
import type { CliCommand, CliIO, ParsedArgs } from '../types';

function fileArg(args: ParsedArgs, usage: string): string {
  const file = args.positional[0];
  if (!file) throw new SverkaError('BAD_REQUEST', `Missing <file>. Usage: ${usage}`);
  return file;
}

function langArg(args: ParsedArgs): string {
  const lang = args.flags['lang'];
  if (lang === undefined || lang === true) return 'de';
  return String(lang);
}

function encodingArg(args: ParsedArgs): { encoding?: string } | undefined {
  const enc = args.flags['encoding'];
  return typeof enc === 'string' && enc !== '' ? { encoding: enc } : undefined;
}

function modeArg(args: ParsedArgs): 'auto' | 'lines' {
  return args.flags['lines'] === true || args.flags['segmented'] === true ? 'lines' : 'auto';
}

function fail(io: CliIO, err: unknown): number {
  if (err instanceof SverkaError) {
    io.err(`error ${err.code}: ${err.message}\n`);
    return err.code === 'BAD_REQUEST' ? 2 : 1;
  }
  throw err;
}

const one = (s: string): string => s.replace(/\r\n|\r|\n/g, ' ⏎ ');

const segmentCommand: CliCommand = {
  name: 'segment',
  summary: 'Split a document into paragraphs and sentences',
  usage: 'segment <file> [--lang de|ru|en|...] [--encoding cp1251] [--lines] [--json]',
  booleanFlags: ['json', 'lines', 'segmented'],
  async run(args, io) {
    try {
      const file = fileArg(args, this.usage);
      const doc = await readDocumentFile(file, encodingArg(args));
      const result = segment(doc.text, langArg(args), { mode: modeArg(args) });
      if (args.flags['json'] === true) {
        io.out(
          JSON.stringify({
            encoding: doc.encoding,
            format: doc.format,
            confidence: doc.confidence,
            warnings: doc.warnings,
            segments: result.segments.map((s) => ({ start: s.start, end: s.end, text: s.text })),
            paragraphs: result.paragraphs.map((p) => ({ start: p.start, end: p.end })),
          }) + '\n',
        );
        return 0;
      }
      io.out(`${file}: ${doc.format}, ${doc.encoding} (confidence ${doc.confidence}); ${result.paragraphs.length} paragraphs, ${result.segments.length} segments\n`);
      for (const w of doc.warnings) io.out(`warning: ${w}\n`);
      let p = 0;
      result.segments.forEach((s, i) => {
        while (p < result.paragraphs.length && (result.paragraphs[p]?.end ?? 0) <= s.start) p++;
        io.out(`${String(i + 1).padStart(4)}  ¶${p + 1}  [${s.start}-${s.end}]  ${one(s.text)}\n`);
      });
      return 0;
    } catch (err) {
      return fail(io, err);
    }
  },
};

const quotesCommand: CliCommand = {
  name: 'quotes',
  summary: 'List the quotations, titles and terms in quotation marks of a document',
  usage: 'quotes <file> [--lang de|ru|en] [--encoding cp1251] [--json]',
  booleanFlags: ['json'],
  async run(args, io) {
    try {
      const file = fileArg(args, this.usage);
      const doc = await readDocumentFile(file, encodingArg(args));
      const lang = langArg(args);
      const seg = segment(doc.text, lang);
      const { quotes, problems } = findQuotes(doc.text, lang, seg);
      if (args.flags['json'] === true) {
        io.out(
          JSON.stringify({
            encoding: doc.encoding,
            quotes: quotes.map((q) => ({
              start: q.start,
              end: q.end,
              text: q.text,
              kind: q.kind,
              depth: q.depth,
              parent: q.parent,
              open: q.open,
              close: q.close,
              segments: q.segments,
            })),
            problems,
          }) + '\n',
        );
        return 0;
      }
      io.out(`${file}: ${quotes.length} quoted spans, ${problems.length} problems\n`);
      quotes.forEach((q, i) => {
        const indent = '  '.repeat(q.depth);
        const where = q.segments.length > 0 ? `sentence ${q.segments.map((s) => s + 1).join(',')}` : '';
        io.out(`${String(i + 1).padStart(4)}  ${indent}${q.kind.padEnd(9)} [${q.start}-${q.end}] ${where}  ${one(q.text)}${q.close ? '' : '  (not closed)'}\n`);
      });
      for (const pr of problems) io.out(`problem at ${pr.offset} (${pr.mark}): ${pr.message}\n`);
      return 0;
    } catch (err) {
      return fail(io, err);
    }
  },
};

/** The text engine's commands: `segment` and `quotes`. */
export const commands: CliCommand[] = [segmentCommand, quotesCommand];
