import path from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { LEXICON_FORMATS, type LexiconFormat } from '../../../shared/formats/lexicon/read';
import { flagString, printList, printResult, withServices } from '../context';
import type { CliCommand, ParsedArgs } from '../types';

function projectFlag(args: ParsedArgs): number | null {
  const raw = flagString(args, 'project');
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new SverkaError('BAD_REQUEST', '--project must be a project id (a whole number from 1).');
  return n;
}

export const commands: CliCommand[] = [
  {
    name: 'lexicon import',
    summary: 'Import a German–Russian dictionary (TSV, TBX glossary, FreeDict TEI) for every project or one (--project)',
    usage: 'lexicon import <file> [--format tsv|tbx|tei] [--project <id>] [--name <text>] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const file = args.positional[0];
      if (!file) throw new SverkaError('BAD_REQUEST', 'Give the dictionary to import: lexicon import <file>');
      const format = flagString(args, 'format') as LexiconFormat | undefined;
      if (format !== undefined && !LEXICON_FORMATS.includes(format)) throw new SverkaError('BAD_REQUEST', `--format must be one of ${LEXICON_FORMATS.join(', ')}.`);
      const name = flagString(args, 'name');
      const projectId = projectFlag(args);
      // Ctrl+C cancels the import: nothing of it stays in the database.
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      process.once('SIGINT', onSigint);
      try {
        const res = await withServices(args, (s) =>
          s.lexicons.import(path.resolve(file), { projectId, signal: controller.signal, ...(format ? { format } : {}), ...(name ? { name } : {}) }),
        );
        printResult(args, io, res, (r) => `Imported ${r.name} (${r.format}): ${r.entries} German–Russian pairs${r.skipped ? `, ${r.skipped} entries without both languages skipped` : ''}, ${r.projectId === null ? 'for every project' : `for project ${r.projectId}`} (dictionary ${r.id}).\n`);
      } finally {
        process.removeListener('SIGINT', onSigint);
      }
      return 0;
    },
  },
  {
    name: 'lexicon list',
    summary: 'The imported dictionaries (all, or those a project uses) and the size of the learned lexicon',
    usage: 'lexicon list [--project <id>] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const projectId = projectFlag(args);
      const { list, learned } = await withServices(args, (s) => ({ list: s.lexicons.list(projectId ?? undefined), learned: s.lexicons.learnedSize() }));
      printList(args, io, { lexicons: list, learned }, list, `No dictionaries imported. Learned from confirmed links: ${learned.pairs} stem pairs.\n`, (l) =>
        `${String(l.id).padStart(4)}  ${l.name} (${l.format}, ${l.entries} pairs, ${l.projectId === null ? 'every project' : `project ${l.projectId}`})\n`,
      );
      if (!args.flags['json'] && list.length) io.out(`Learned from confirmed links: ${learned.pairs} stem pairs (${learned.used} in use).\n`);
      return 0;
    },
  },
  {
    name: 'lexicon remove',
    summary: 'Remove an imported dictionary',
    usage: 'lexicon remove <id> [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const id = Number(args.positional[0]);
      if (!Number.isInteger(id) || id < 1) throw new SverkaError('BAD_REQUEST', 'Give the dictionary id: lexicon remove <id> (see lexicon list).');
      const res = await withServices(args, (s) => s.lexicons.remove(id));
      if (!res.removed) throw new SverkaError('NOT_FOUND', `There is no dictionary ${id}.`);
      printResult(args, io, { id, ...res }, () => `Removed dictionary ${id}.\n`);
      return 0;
    },
  },
  {
    name: 'project assist',
    summary: 'Switch the online assist (DeepL translations of the quotations as evidence) on or off for a project',
    usage: 'project assist <id> on|off [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const id = Number(args.positional[0]);
      const state = args.positional[1];
      if (!Number.isInteger(id) || id < 1 || (state !== 'on' && state !== 'off')) throw new SverkaError('BAD_REQUEST', 'Usage: project assist <id> on|off');
      const res = await withServices(args, (s) => s.lexicons.setOnlineAssist(id, state === 'on'));
      printResult(args, io, res, (r) => `Online assist ${r.enabled ? 'on' : 'off'} for project ${r.projectId}.\n`);
      return 0;
    },
  },
];
