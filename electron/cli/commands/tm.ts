import path from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { TM_EXPORT_FORMATS, type TmExportFormat, type TmMatch } from '../../../shared/tm/types';
import { flagString, json, printList, printResult, withServices } from '../context';
import { importMemory, indexMemory, MEMORY_KEY } from '../../services/jobs';
import type { CliCommand, ParsedArgs } from '../types';

function langs(args: ParsedArgs): { sourceLang?: string; targetLang?: string } {
  const sourceLang = flagString(args, 'source-lang');
  const targetLang = flagString(args, 'target-lang');
  return { ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) };
}

function intFlag(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const raw = flagString(args, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SverkaError('BAD_REQUEST', `--${name} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}

function queryText(args: ParsedArgs, usage: string): string {
  const text = args.positional.join(' ');
  if (!text.trim()) throw new SverkaError('BAD_REQUEST', `Give the text to search: ${usage}`);
  return text;
}

/** The JSON shape of a match on the command line (the CLI contract). */
export function matchJson(m: TmMatch) {
  return {
    score: m.score,
    similarity: m.similarity,
    source: m.source,
    target: m.target,
    sourceLang: m.sourceLang,
    targetLang: m.targetLang,
    origin: m.origin,
    reviewed: m.reviewed,
    status: m.status,
    provenance: { id: m.id, ...m.provenance },
  };
}

export const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const commands: CliCommand[] = [
  {
    name: 'tm import',
    summary: 'Import a TMX, XLIFF or CSV/TSV file into the translation memory (one transaction)',
    usage: 'tm import <file> [--source-lang ru] [--target-lang de] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const file = args.positional[0];
      if (!file) throw new SverkaError('BAD_REQUEST', 'Give the file to import: tm import <file>');
      // The concordance index of the new units is built before the command ends (the app builds it in the background).
      const res = await withServices(args, async (s) => {
        const out = await importMemory(s.jobs, s.tm, { file: path.resolve(file), fileName: path.basename(file), options: langs(args) });
        await indexMemory(s.jobs);
        return out;
      });
      if (args.flags['json']) io.out(json(res));
      else {
        io.out(`Imported ${res.fileName} (${res.format}): ${res.summary}. ${res.added} added, ${res.merged} merged with existing.\n`);
        for (const u of res.skippedUnits.slice(0, 10)) io.out(`  skipped line ${u.line}: ${u.message}\n`);
      }
      return 0;
    },
  },
  {
    name: 'tm export',
    summary: 'Export the translation memory as TMX 1.4b, XLIFF 1.2/2.1 or CSV',
    usage: 'tm export --format tmx|xliff12|xliff21|csv --out <file> [--source-lang ru] [--target-lang de] [--allow-formulas] [--db <file>] [--json]',
    booleanFlags: ['json', 'allow-formulas'],
    async run(args, io) {
      const format = flagString(args, 'format', 'tmx') as TmExportFormat;
      if (!TM_EXPORT_FORMATS.includes(format)) {
        throw new SverkaError('BAD_REQUEST', `--format must be one of ${TM_EXPORT_FORMATS.join(', ')}.`);
      }
      const out = flagString(args, 'out');
      if (!out) throw new SverkaError('BAD_REQUEST', 'Give the output file: --out <file>');
      const allowFormulas = args.flags['allow-formulas'] === true;
      const target = path.resolve(out);
      const res = await withServices(args, (s) =>
        s.jobs.run<{ units: number; file: string }>('tm.export', { format, filter: langs(args), allowFormulas, file: target }, { key: MEMORY_KEY }),
      );
      printResult(args, io, { ...res, format }, () => `Wrote ${res.units} units to ${res.file} (${format}).\n`);
      return 0;
    },
  },
  {
    name: 'tm lookup',
    summary: 'Exact and fuzzy matches for a sentence, best first (--team: merged with the team memory)',
    usage: 'tm lookup "<text>" [--source-lang ru] [--target-lang de] [--min-score 50] [--limit 10] [--team [--timeout 3000]] [--db <file>] [--json]',
    booleanFlags: ['json', 'team'],
    async run(args, io) {
      const text = queryText(args, 'tm lookup "<text>"');
      if (args.flags['team']) {
        const { printTeamLookup } = await import('./team');
        const res = await withServices(args, (s) =>
          s.team.lookup(text, {
            ...langs(args),
            minScore: intFlag(args, 'min-score', 50, 0, 100),
            limit: intFlag(args, 'limit', 10, 1, 1000),
            // The command connects first, so it waits longer than the app's 300 ms.
            timeoutMs: intFlag(args, 'timeout', 3000, 50, 60_000),
          }),
        );
        printTeamLookup(res, args.flags['json'] === true, io.out);
        return 0;
      }
      const matches = await withServices(args, (s) =>
        s.tm.lookup(text, {
          ...langs(args),
          minScore: intFlag(args, 'min-score', 50, 0, 100),
          limit: intFlag(args, 'limit', 10, 1, 1000),
        }),
      );
      printList(args, io, { matches: matches.map(matchJson) }, matches, 'No matches.\n', (m) =>
        `${String(m.score).padStart(3)}%  ${clip(m.source)}\n      ${clip(m.target)}  [${m.origin}${m.reviewed ? ', reviewed' : ''}]\n`,
      );
      return 0;
    },
  },
  {
    name: 'tm concordance',
    summary: 'Units whose source or target contains the text, newest first',
    usage: 'tm concordance "<text>" [--side source|target|both] [--source-lang ru] [--target-lang de] [--limit 50] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const text = queryText(args, 'tm concordance "<text>"');
      const side = flagString(args, 'side', 'both');
      if (side !== 'source' && side !== 'target' && side !== 'both') {
        throw new SverkaError('BAD_REQUEST', '--side must be source, target or both.');
      }
      const hits = await withServices(args, (s) =>
        s.tm.concordance(text, { ...langs(args), side, limit: intFlag(args, 'limit', 50, 1, 10_000) }),
      );
      const hitJson = (h: (typeof hits)[number]) => ({
        foundIn: h.foundIn,
        source: h.source,
        target: h.target,
        sourceLang: h.sourceLang,
        targetLang: h.targetLang,
        origin: h.origin,
        reviewed: h.reviewed,
        provenance: { id: h.id, ...h.provenance },
      });
      printList(args, io, { hits: hits.map(hitJson) }, hits, 'Not found.\n', (h) => `${clip(h.source)}\n  ${clip(h.target)}\n`);
      return 0;
    },
  },
  {
    name: 'tm stats',
    summary: 'Size and make-up of the translation memory',
    usage: 'tm stats [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const st = await withServices(args, (s) => s.tm.stats());
      printResult(
        args,
        io,
        st,
        () =>
          `${st.units} units (${st.byOrigin.human} human, ${st.byOrigin.machine} machine, ${st.byOrigin.import} imported; ${st.reviewed} reviewed), ` +
          `${st.imports} imports, ${st.glossaryTerms} glossary terms\n` +
          st.languagePairs.map((p) => `  ${p.sourceLang} -> ${p.targetLang}: ${p.units}\n`).join(''),
      );
      return 0;
    },
  },
];
