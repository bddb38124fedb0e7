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

  it('step 3 counts the units holding each token, for units stored before it and every unit stored after', async () => {
    const name = `counts_${process.pid}`;
    await cluster.createDatabase(name);
    const c = new pg.Client({ connectionString: cluster.url(name) });
    await c.connect();
    try {
      await migrateTeam(c, teamMigrations.filter((m) => m.version <= 2));
      const m = (await c.query<{ id: number }>("INSERT INTO sverka.memories (name) VALUES ('main'), ('other') RETURNING id")).rows.map((r) => r.id);
      const insert = (memory: number, texts: readonly string[]) =>
        c.query(
          `INSERT INTO sverka.units (memory_id, uuid, source_lang, target_lang, source, target, source_key, target_key, source_words, source_tokens,
             source_hash, origin, created_at, changed_at)
           SELECT $1, gen_random_uuid(), 'ru', 'de', t, 'x', k, 'x', w, string_to_array(tk, ' '), h, 'human', now(), now()
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) AS x(t, k, w, tk, h)`,
          [
            memory,
            texts,
            texts.map((t) => matchKey(t)),
            texts.map((t) => wordText(matchKey(t))),
            texts.map((t) => wordTokens(matchKey(t))),
            texts.map((t) => String(keyHash(matchKey(t)))),
          ],
        );
      await insert(m[0]!, ['Президент подписал указ.', 'Президента поддержали.', 'Да.']);
      await migrateTeam(c);
      await insert(m[0]!, ['Указ подписан президентом.']);
      await insert(m[1]!, ['Указ отменён.']);
      const counts = async () =>
        Object.fromEntries(
          (await c.query<{ k: string; n: string }>("SELECT memory_id || ':' || token AS k, n FROM sverka.token_counts WHERE n > 0 ORDER BY 1")).rows.map((r) => [r.k, Number(r.n)]),
        );
      const expected = {
        [`${m[0]}:`]: 4,
        [`${m[0]}:презид`]: 3,
        [`${m[0]}:подпис`]: 2,
        [`${m[0]}:указ`]: 2,
        [`${m[0]}:поддер`]: 1,
        [`${m[1]}:`]: 1,
        [`${m[1]}:указ`]: 1,
        [`${m[1]}:отмене`]: 1,
      };
      expect(await counts()).toEqual(expected);
      // A version sent again only moves its bookkeeping forward: no second count.
      await c.query("UPDATE sverka.units SET changed_at = now() + interval '1 day' WHERE source = 'Указ отменён.'");
      expect(await counts()).toEqual(expected);
      await c.query("DELETE FROM sverka.units WHERE source = 'Указ отменён.'");
      expect(await counts()).toEqual(Object.fromEntries(Object.entries(expected).filter(([k]) => !k.startsWith(`${m[1]}:`))));
    } finally {
      await c.end();
    }
  });

  it('step 3 plans a lookup on the exact counts: the rarest words within the budget, pairs of common ones, none held by a quarter; step 4 tries a smaller budget first', async () => {
    const name = `plan_${process.pid}`;
    await cluster.createDatabase(name);
    const url = `${cluster.url(name)}?memory=main`;
    const admin = servicesFor(url);
    await admin.team.init('main');
    admin.close();
    const c = clientFor(url);
    try {
      const plain = (text: string) => payload(text, 'x');
      const units = [
        ...Array.from({ length: 60 }, (_, i) => plain(`Мэр сказал, что мост номер ${i} закрыт.`)),
        ...Array.from({ length: 10 }, (_, i) => plain(`Губернатор приехал ${i}.`)),
        ...Array.from({ length: 10 }, (_, i) => plain(`Завод приехал ${i}.`)),
        ...Array.from({ length: 20 }, (_, i) => plain(`Школа, вокзал и театр ${i}.`)),
        ...Array.from({ length: 8 }, (_, i) => plain(`Школа и вокзал ${i}.`)),
        ...Array.from({ length: 8 }, (_, i) => plain(`Школа и театр ${i}.`)),
        ...Array.from({ length: 40 }, (_, i) => plain(`Погода хорошая ${i}.`)),
      ];
      await new PgMemoryStore(c, ['main'], 'main').addUnits(units);
      const memoryId = (await c.memory('main', 'read')).id;
      const found = async (text: string, tuning: { rowBudget: number; maxTerms?: number; firstBudget?: number; firstSimilarity?: number }) => {
        const key = matchKey(text);
        const t = { smallMemoryBudget: tuning.rowBudget, smallMemory: 0, maxTerms: 5, pairWords: 3, ...tuning };
        const rows = await c.run((r) =>
          r.lookup({ memoryIds: [memoryId], sourceHash: keyHash(key), tokens: wordTokens(key).split(' '), words: wordText(key), shortLength: 0, limit: 200, tuning: t }),
        );
        return new Set(rows.map((u) => u.source.replace(/ \d+\.$/, '')));
      };
      // губерн (10 units) and приеха (20) fit a budget of 30; мэр, сказал, мост (60 each) do not.
      expect(await found('Мэр сказал, что губернатор приехал на мост.', { rowBudget: 30 })).toEqual(new Set(['Губернатор приехал', 'Завод приехал']));
      expect(await found('Мэр сказал, что губернатор приехал на мост.', { rowBudget: 30, maxTerms: 1 })).toEqual(new Set(['Губернатор приехал']));
      expect(await found('Мэр сказал, что губернатор приехал на мост.', { rowBudget: 29 })).toEqual(new Set(['Губернатор приехал']));
      // No word rare enough alone (школа 36, вокзал 28, театр 28 of 156 units): the pairs, each rarer than its words.
      expect(await found('Школа, вокзал и театр.', { rowBudget: 20 })).toEqual(new Set(['Школа, вокзал и театр', 'Школа и вокзал', 'Школа и театр']));
      // Words held by more than a quarter of the units (мэр, сказал, мост, закрыт: 60 of 156) are not asked for, even in pairs.
      expect(await found('Мэр сказал, что мост закрыт.', { rowBudget: 30 })).toEqual(new Set());
      // A word no unit holds takes nothing from the budget.
      expect(await found('Губернатор приехал в Жмеринку.', { rowBudget: 30 })).toEqual(new Set(['Губернатор приехал', 'Завод приехал']));
      // Step 4: a first pass within a smaller budget (губерн, 10 units) is kept when a candidate is close ...
      const first = { rowBudget: 30, firstBudget: 10, firstSimilarity: 60 };
      expect(await found('Губернатор приехал.', first)).toEqual(new Set(['Губернатор приехал']));
      expect(await found('Губернатор приехал.', { rowBudget: 30 })).toEqual(new Set(['Губернатор приехал', 'Завод приехал']));
      // ... and when none is (губернатор alone is not enough), the full budget runs as without it.
      expect(await found('Губернатор уехал домой, а завод стоит.', first)).toEqual(new Set(['Губернатор приехал', 'Завод приехал']));
      expect(await found('Губернатор уехал домой, а завод стоит.', { rowBudget: 30 })).toEqual(new Set(['Губернатор приехал', 'Завод приехал']));
      // The first pass is not taken where the budget is not the smaller one.
      expect(await found('Губернатор приехал.', { ...first, firstBudget: 30 })).toEqual(new Set(['Губернатор приехал', 'Завод приехал']));
    } finally {
      await c.close();
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
