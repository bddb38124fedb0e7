import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migrateTeam, TEAM_SCHEMA_VERSION } from '../../../electron/db/team/migrate';
import { keyHash, matchKey } from '../../../shared/tm/normalize';
import { wordText, wordTokens } from '../../../shared/tm/words';
import { teamMigrations, type TeamMigration } from '../../../electron/db/team/migrations';
import type { Services } from '../../../electron/services';
import { PgMemoryStore, SqliteMemoryStore, type MemoryStore, type TeamClient } from '../../../electron/services/team';
import type { TeamMatch, TeamUnitPayload } from '../../../shared/tm/team';
import type { NewTmUnit } from '../../../shared/tm/types';
import { EXACT_CASES, FILLER as LOCAL_FILLER, MEMORY as LOCAL_MEMORY } from '../tm/memory-suite';
import { clientFor, payload, removeTmpDirs, servicesFor, startPostgres, teamDatabase, type PgCluster } from './helpers';

/** The same memory test suite, run against the local SQLite store and a team memory on PostgreSQL. */

/** The local memory's lookup suite (test/integration/tm) as team payloads. */
const toPayload = (u: NewTmUnit): TeamUnitPayload =>
  payload(u.source as string, u.target as string, {
    sourceLang: u.sourceLang,
    targetLang: u.targetLang,
    origin: u.origin,
    reviewed: u.reviewed ?? false,
    status: null,
  });
const MEMORY = Object.freeze(LOCAL_MEMORY.map(toPayload));
const FILLER = Object.freeze(LOCAL_FILLER.map(toPayload));

let cluster: PgCluster;
let services: Services;
let client: TeamClient;
const stores: Record<'sqlite' | 'postgres', MemoryStore> = {} as never;

beforeAll(async () => {
  cluster = await startPostgres({ fast: true });
  const db = await teamDatabase(cluster);
  services = servicesFor(null);
  client = clientFor(db.adminUrl());
  stores.sqlite = new SqliteMemoryStore(services.db, services.tm);
  stores.postgres = new PgMemoryStore(client, ['main'], 'main');
  for (const s of Object.values(stores)) {
    await s.addUnits(MEMORY);
    await s.addUnits(FILLER);
  }
});
afterAll(async () => {
  await client?.close();
  services?.close();
  cluster?.destroy();
  removeTmpDirs();
});

const brief = (ms: TeamMatch[]) => ms.map((m) => [m.source, m.target, m.score, m.similarity]);

describe.each(['sqlite', 'postgres'] as const)('memory store on %s', (kind) => {
  const store = () => stores[kind];

  it('holds every unit once, even when sent twice', async () => {
    expect(await store().countUnits()).toBe(MEMORY.length + FILLER.length);
    const again = await store().addUnits(MEMORY.slice(0, 3));
    expect(again.added).toBe(0);
    expect(await store().countUnits()).toBe(MEMORY.length + FILLER.length);
  });

  it.each(EXACT_CASES)('%s', async (_what, query, targetLang, score, target) => {
    const [best] = await store().lookup(query, { sourceLang: 'ru', targetLang });
    expect(best).toMatchObject({ score, target });
  });

  it('orders fuzzy matches by closeness, best first', async () => {
    const matches = await store().lookup('Президент подписал указ о новых мерах помощи.', { sourceLang: 'ru', targetLang: 'de', minScore: 30 });
    expect(matches.map((m) => m.source)).toEqual([
      'Президент подписал указ о новых мерах поддержки.',
      'Президент подписал указ о мерах поддержки.',
      'Президент подписал закон.',
    ]);
    expect(matches[0]!.score).toBeGreaterThanOrEqual(85);
    expect(matches[0]!.score).toBeLessThan(100);
  });

  it('penalises machine origin and missing review; conflicting targets both kept', async () => {
    const matches = await store().lookup('Министр заявил, что переговоры продолжатся.', { sourceLang: 'ru', targetLang: 'de' });
    expect(matches.map((m) => [m.origin, m.similarity, m.score])).toEqual([
      ['human', 100, 95],
      ['machine', 100, 85],
    ]);
  });

  it('finds a German source with ß/ss folded', async () => {
    const [best] = await store().lookup('Die Strasse ist gesperrt.', { sourceLang: 'de', targetLang: 'ru' });
    expect(best).toMatchObject({ score: 99, target: 'Улица перекрыта.' });
  });

  it('finds a filler sentence among many similar ones', async () => {
    const [best] = await store().lookup('Отчёт номер 217 опубликован в среду утром.', { sourceLang: 'ru', targetLang: 'de' });
    expect(best?.source).toBe('Отчёт номер 217 опубликован в среду вечером.');
  });

  it('keeps glossary entries once per pair', async () => {
    const term = { uuid: '', sourceLang: 'ru', targetLang: 'de', sourceTerm: 'указ', targetTerm: 'Erlass', note: null, project: null, created: '2026-11-27T05:00:00.000Z' };
    await store().addTerms([{ ...term, uuid: crypto.randomUUID() }]);
    await store().addTerms([{ ...term, uuid: crypto.randomUUID() }, { ...term, uuid: crypto.randomUUID(), sourceTerm: 'закон', targetTerm: 'Gesetz' }]);
    const terms = await store().terms({ sourceLang: 'ru', targetLang: 'de' });
    expect(terms.map((t) => [t.sourceTerm, t.targetTerm])).toEqual([
      ['закон', 'Gesetz'],
      ['указ', 'Erlass'],
    ]);
  });
});

describe('both stores', () => {
  it('score a unit the same, and agree on the best match', async () => {
    const queries = [
      'Президент подписал указ о новых мерах помощи.',
      'Президент подписал новый закон.',
      'Министр заявил, что переговоры будут продолжены.',
      'Отчёт номер 42 опубликован в четверг вечером.',
      'Елка стоит на площади.',
    ];
    let shared = 0;
    for (const q of queries) {
      const a = await stores.sqlite.lookup(q, { sourceLang: 'ru', targetLang: 'de', minScore: 40, limit: 5 });
      const b = await stores.postgres.lookup(q, { sourceLang: 'ru', targetLang: 'de', minScore: 40, limit: 5 });
      expect(a.length).toBeGreaterThan(0);
      expect(brief(b).slice(0, 1)).toEqual(brief(a).slice(0, 1));
      // Candidate gathering differs (FTS5 trigrams here, pg_trgm word patterns there); the
      // percentage of a unit both find does not.
      const local = new Map(a.map((m) => [`${m.source}|${m.target}`, [m.score, m.similarity]]));
      for (const m of b) {
        const other = local.get(`${m.source}|${m.target}`);
        if (!other) continue;
        expect([m.score, m.similarity]).toEqual(other);
        shared++;
      }
    }
    expect(shared).toBeGreaterThan(10);
  });
});

describe('server schema migrations', () => {
  it('apply every unrecorded step once, in order, even when two administrators run them at once', async () => {
    const name = `steps_${process.pid}`;
    await cluster.createDatabase(name);
    const connect = async () => {
      const c = new pg.Client({ connectionString: cluster.url(name) });
      await c.connect();
      return c;
    };
    const [a, b] = await Promise.all([connect(), connect()]);
    try {
      const both = await Promise.all([migrateTeam(a), migrateTeam(b)]);
      const top = TEAM_SCHEMA_VERSION;
      expect(both.map((r) => r.to)).toEqual([top, top]);
      expect(both.map((r) => r.from).sort()).toEqual([0, top]);
      const next: TeamMigration = {
        version: top + 1,
        name: 'units-note',
        up: async (c) => {
          await c.query('ALTER TABLE sverka.units ADD COLUMN reviewed_note text');
        },
      };
      expect(await migrateTeam(a, [...teamMigrations, next])).toEqual({ from: top, to: top + 1 });
      expect(await migrateTeam(a, [...teamMigrations, next])).toEqual({ from: top + 1, to: top + 1 });
      const rows = (await a.query('SELECT version, name FROM sverka.schema_migrations ORDER BY version')).rows;
      expect(rows).toEqual([...teamMigrations, next].map((m) => ({ version: m.version, name: m.name })));
      // This Sverka (which knows the steps up to `top` only) now refuses the server, and changes nothing.
      await expect(migrateTeam(b)).rejects.toMatchObject({ code: 'TEAM_SCHEMA', message: expect.stringMatching(new RegExp(`version ${top + 1}, newer`)) });
      expect((await b.query('SELECT count(*)::int AS n FROM sverka.schema_migrations')).rows[0].n).toBe(top + 1);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('step 2 gives the units already stored the same word tokens this Sverka sends with new ones', async () => {
    const name = `tokens_${process.pid}`;
    await cluster.createDatabase(name);
    const c = new pg.Client({ connectionString: cluster.url(name) });
    await c.connect();
    try {
      const first = teamMigrations.filter((m) => m.version === 1);
      await migrateTeam(c, first);
      const m = await c.query<{ id: number }>("INSERT INTO sverka.memories (name) VALUES ('main') RETURNING id");
      const texts = Object.freeze([
        'Президент подписал указ «О мерах поддержки» 12 мая 2024 года.',
        'Ещё ёлка: Ёлкин и ЁЛКА, 7 км.',
        'Der Bundespräsident unterzeichnete das Gesetz über die Straßenbahnen.',
        'Да.',
        'Übergrößenträger ß ẞ 42',
      ]);
      for (const text of texts) {
        const key = matchKey(text);
        await c.query(
          `INSERT INTO sverka.units (memory_id, uuid, source_lang, target_lang, source, target, source_key, target_key, source_words, source_hash,
             origin, created_at, changed_at) VALUES ($1, gen_random_uuid(), 'ru', 'de', $2, 'x', $3, 'x', $4, $5, 'human', now(), now())`,
          [m.rows[0]!.id, text, key, wordText(key), keyHash(key)],
        );
      }
      await migrateTeam(c);
      const stored = (await c.query<{ source: string; t: string[] }>('SELECT source, source_tokens AS t FROM sverka.units ORDER BY id')).rows;
      expect(stored.map((r) => [...r.t].sort())).toEqual(texts.map((t) => (wordTokens(matchKey(t)) ? wordTokens(matchKey(t)).split(' ') : []).sort()));
      expect(stored[0]!.t).toContain('поддер');
      expect(stored[3]!.t).toEqual([]);
    } finally {
      await c.end();
    }
  });
});
