import { SverkaError } from '../../../shared/errors';
import type { TeamLookupResult, TeamMatch } from '../../../shared/tm/team';
import type { TeamRole } from '../../services/team';
import { flagString, json, withServices } from '../context';
import type { CliCommand, ParsedArgs } from '../types';
import { clip, matchJson } from './tm';

/**
 * The team memory from the command line. The server comes from SVERKA_TEAM_URL, else from the
 * settings saved in the database (with the password in team.password in the data folder).
 */

const ROLES: readonly TeamRole[] = ['translator', 'reviewer', 'guest', 'none'];

const memoryFlag = (args: ParsedArgs) => flagString(args, 'memory');

/**
 * The JSON shape of a merged match (the CLI contract): a `tm lookup` match whose `origin` says
 * local or team; how the unit came into its memory (human, machine, import) moves to `kind`.
 */
export function teamMatchJson(m: TeamMatch) {
  return {
    ...matchJson(m),
    origin: m.store,
    kind: m.origin,
    memory: m.memory,
    author: m.author,
    project: m.project,
    uuid: m.uuid,
  };
}

/** Prints a merged lookup (`tm lookup --team`). */
export function printTeamLookup(res: TeamLookupResult, asJson: boolean, out: (t: string) => void): void {
  if (asJson) {
    out(json({ matches: res.matches.map(teamMatchJson), team: res.team }));
    return;
  }
  if (res.team.state === 'offline') out(`Team memory offline (${res.team.code}): ${res.team.message}\n`);
  if (res.matches.length === 0) out('No matches.\n');
  for (const m of res.matches) {
    const who = m.provenance.reviewer ?? m.provenance.creator ?? m.author ?? '';
    out(
      `${String(m.score).padStart(3)}%  ${clip(m.source)}\n      ${clip(m.target)}  [${m.store}${m.memory ? `: ${m.memory}` : ''}, ${m.origin}${who ? `, ${who}` : ''}, ${m.provenance.changed.slice(0, 10)}]\n`,
    );
  }
}

export const commands: CliCommand[] = [
  {
    name: 'tm team init',
    summary: 'Create or update the team memory schema on the PostgreSQL server, and a memory (administrator)',
    usage: 'tm team init [--memory <name>] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const res = await withServices(args, (s) => s.team.init(memoryFlag(args)));
      io.out(
        args.flags['json']
          ? json(res)
          : `Team memory schema ${res.from === res.to ? `already at version ${res.to}` : `migrated from version ${res.from} to ${res.to}`}; memory "${res.memory}" ${res.created ? 'created' : 'exists'}.\n`,
      );
      return 0;
    },
  },
  {
    name: 'tm team grant',
    summary: 'Give a database role access to a team memory: translator (read/write), reviewer or guest (read), none',
    usage: 'tm team grant --memory <name> --user <role> --role translator|reviewer|guest|none [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const memory = memoryFlag(args);
      const user = flagString(args, 'user');
      const role = flagString(args, 'role') as TeamRole | undefined;
      if (!memory || !user || !role) throw new SverkaError('BAD_REQUEST', 'Give --memory, --user and --role.');
      if (!ROLES.includes(role)) throw new SverkaError('BAD_REQUEST', `--role must be one of ${ROLES.join(', ')}.`);
      const res = await withServices(args, (s) => s.team.grant(memory, user, role));
      io.out(args.flags['json'] ? json(res) : `${res.role} is now ${res.access === 'none' ? 'without access to' : `a ${res.access} of`} "${res.memory}".\n`);
      return 0;
    },
  },
  {
    name: 'tm team status',
    summary: 'Whether the team memory is set up and answers, its memories and the outbox',
    usage: 'tm team status [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const st = await withServices(args, (s) => s.team.status(true));
      if (args.flags['json']) io.out(json(st));
      else if (!st.configured) io.out(`No team memory is set up${st.error ? `: ${st.error.message}` : ''}. Set SVERKA_TEAM_URL=postgres://user:password@host/database\n`);
      else {
        const c = st.connection!;
        io.out(`${c.user}@${c.host}:${c.port}/${c.database} (${st.source}, TLS ${c.tls}): ${st.reachable ? 'reachable' : `offline (${st.error?.code}): ${st.error?.message}`}\n`);
        for (const m of st.memories) io.out(`  ${m.name}${m.name === c.memory ? ' (default)' : ''}: ${m.writable ? 'read/write' : 'read only'}\n`);
        io.out(`  outbox: ${st.outbox.pending} waiting${st.outbox.lastError ? ` (last error: ${st.outbox.lastError})` : ''}\n`);
      }
      return st.configured && st.reachable ? 0 : 1;
    },
  },
  {
    name: 'tm team project',
    summary: 'Which team memories a project reads and which one it writes to',
    usage: 'tm team project <project id> [--read a,b] [--write <memory>|none] [--reset] [--db <file>] [--json]',
    booleanFlags: ['json', 'reset'],
    async run(args, io) {
      const id = Number(args.positional[0]);
      if (!Number.isInteger(id) || id < 1) throw new SverkaError('BAD_REQUEST', 'Give the project id: tm team project <id>');
      const read = flagString(args, 'read');
      const write = flagString(args, 'write');
      const res = await withServices(args, (s) => {
        if (args.flags['reset']) return s.team.setProjectMemories(id, null);
        if (read === undefined && write === undefined) return s.team.projectMemories(id);
        const now = s.team.projectMemories(id);
        return s.team.setProjectMemories(id, {
          read: read === undefined ? now.read : read.split(',').map((m) => m.trim()).filter(Boolean),
          write: write === undefined ? now.write : write === 'none' ? null : write,
        });
      });
      io.out(
        args.flags['json']
          ? json(res)
          : `Project ${res.projectId}${res.custom ? '' : ' (default)'}: reads ${res.read.join(', ') || 'nothing'}; writes to ${res.write ?? 'nothing'}.\n`,
      );
      return 0;
    },
  },
  {
    name: 'tm push',
    summary: "Send the outbox and the local memory's confirmed units to the team memory",
    usage: 'tm push [--memory <name>] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const res = await withServices(args, (s) =>
        s.team.push(memoryFlag(args), (n) => {
          if (!args.flags['json']) io.err(`\rsent ${n}`);
        }),
      );
      io.out(args.flags['json'] ? json(res) : `\nSent ${res.pushed} units to "${res.memory}"; ${res.outboxLeft} left in the outbox.\n`);
      return 0;
    },
  },
  {
    name: 'tm pull',
    summary: "Bring the team memory's units and glossary into the local memory",
    usage: 'tm pull [--memory <name>] [--db <file>] [--json]',
    booleanFlags: ['json'],
    async run(args, io) {
      const res = await withServices(args, (s) => s.team.pull(memoryFlag(args)));
      io.out(args.flags['json'] ? json(res) : `Received ${res.pulled} units from "${res.memory}".\n`);
      return 0;
    },
  },
];
