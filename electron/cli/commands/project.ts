import { SverkaError } from '../../../shared/errors';
import { flagString, printList, printResult, withServices } from '../context';
import type { CliCommand } from '../types';

const EN_PLURAL = new Intl.PluralRules('en');

export const commands: CliCommand[] = [
  {
    name: 'project create',
    summary: 'Create a project',
    usage: 'project create <name> [--source-lang ru] [--target-lang de] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const name = args.positional.join(' ').trim();
      if (!name) throw new SverkaError('BAD_REQUEST', 'Give the project a name: project create <name>');
      const p = await withServices(args, (s) =>
        s.projects.create(name, flagString(args, 'source-lang', 'ru'), flagString(args, 'target-lang', 'de')),
      );
      printResult(args, io, p, () => `Created project ${p.id}: ${p.name} (${p.sourceLang} -> ${p.targetLang})\n`);
      return 0;
    },
  },
  {
    name: 'project list',
    summary: 'List projects',
    usage: 'project list [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const list = await withServices(args, (s) => s.projects.list());
      printList(args, io, { projects: list }, list, 'No projects yet. Create one with: project create <name>\n', (p) =>
        `${String(p.id).padStart(4)}  ${p.name}  (${p.sourceLang} -> ${p.targetLang}, ${p.documentCount} document${EN_PLURAL.select(p.documentCount) === 'one' ? '' : 's'})\n`,
      );
      return 0;
    },
  },
];
