import type { TeamMigration } from './types';

/**
 * The team memory on PostgreSQL, in schema `sverka`:
 * - memories, and their members: a database role (or a group role) reads a memory, and writes
 *   to it when `can_write` (translator) — reviewers and guests only read;
 * - units: every version of a pair is its own row, keyed by (memory, uuid); the text of a row
 *   never changes (a trigger refuses it), so two people's targets for one source are both kept
 *   and an edit is a new version with `parent_uuid`. `author` is the database role that wrote
 *   the row, set by a trigger so that nobody can write in another's name. `seq` orders changes
 *   for `pull`. `source_words` (the key's words between spaces) carries the pg_trgm index the
 *   fuzzy candidates come from; exact matches go through `source_hash`;
 * - terms: the shared glossary, one entry per pair and memory.
 * Access is enforced by PostgreSQL itself: group roles `sverka_reader` (SELECT) and
 * `sverka_writer` (INSERT, and UPDATE of the bookkeeping columns only), and row-level security
 * limiting each role to the memories it is a member of.
 */
export const teamMigration0001: TeamMigration = {
  version: 1,
  name: 'memories',
  async up(c) {
    await c.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sverka_reader') THEN CREATE ROLE sverka_reader NOLOGIN; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sverka_writer') THEN CREATE ROLE sverka_writer NOLOGIN; END IF;
      END $$;
      GRANT sverka_reader TO sverka_writer;

      CREATE TABLE sverka.memories (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL DEFAULT current_user
      );
      CREATE TABLE sverka.members (
        memory_id integer NOT NULL REFERENCES sverka.memories(id) ON DELETE CASCADE,
        role_name text NOT NULL,
        can_write boolean NOT NULL,
        PRIMARY KEY (memory_id, role_name)
      );

      CREATE SEQUENCE sverka.change_seq;
      CREATE TABLE sverka.units (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        memory_id integer NOT NULL REFERENCES sverka.memories(id) ON DELETE CASCADE,
        uuid uuid NOT NULL,
        parent_uuid uuid,
        source_lang text NOT NULL CHECK (length(source_lang) BETWEEN 2 AND 35),
        target_lang text NOT NULL CHECK (length(target_lang) BETWEEN 2 AND 35),
        source text NOT NULL,
        target text NOT NULL,
        source_key text NOT NULL CHECK (length(source_key) > 0),
        target_key text NOT NULL CHECK (length(target_key) > 0),
        source_words text NOT NULL,
        source_hash bigint NOT NULL,
        source_inline jsonb,
        target_inline jsonb,
        origin text NOT NULL CHECK (origin IN ('human', 'machine', 'import')),
        reviewed boolean NOT NULL DEFAULT false,
        status text,
        project text,
        creator text,
        changer text,
        reviewer text,
        author text NOT NULL DEFAULT current_user,
        created_at timestamptz NOT NULL,
        changed_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        seq bigint NOT NULL DEFAULT nextval('sverka.change_seq'),
        props jsonb NOT NULL DEFAULT '{}',
        notes jsonb NOT NULL DEFAULT '[]',
        UNIQUE (memory_id, uuid)
      );
      CREATE INDEX units_words ON sverka.units USING gin (source_words gin_trgm_ops);
      CREATE INDEX units_exact ON sverka.units (memory_id, source_hash);
      CREATE INDEX units_seq ON sverka.units (memory_id, seq);
      CREATE INDEX units_short ON sverka.units (memory_id) WHERE length(source_key) <= 8;
      CREATE INDEX units_parent ON sverka.units (parent_uuid) WHERE parent_uuid IS NOT NULL;

      CREATE TABLE sverka.terms (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        memory_id integer NOT NULL REFERENCES sverka.memories(id) ON DELETE CASCADE,
        uuid uuid NOT NULL,
        source_lang text NOT NULL,
        target_lang text NOT NULL,
        source_term text NOT NULL CHECK (length(source_term) > 0),
        target_term text NOT NULL CHECK (length(target_term) > 0),
        source_key text NOT NULL,
        note text,
        project text,
        author text NOT NULL DEFAULT current_user,
        created_at timestamptz NOT NULL,
        seq bigint NOT NULL DEFAULT nextval('sverka.change_seq'),
        UNIQUE (memory_id, source_lang, target_lang, source_key, target_term)
      );
      CREATE INDEX terms_seq ON sverka.terms (memory_id, seq);
      CREATE INDEX terms_uuid ON sverka.terms (uuid);

      -- Who wrote a row is the session's role, whatever the client sent; a version's text is final.
      CREATE FUNCTION sverka.stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.author := current_user;
        RETURN NEW;
      END $$;
      CREATE FUNCTION sverka.keep_versions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.memory_id, NEW.uuid, NEW.source, NEW.target, NEW.source_key, NEW.target_key, NEW.source_lang, NEW.target_lang, NEW.author)
           IS DISTINCT FROM (OLD.memory_id, OLD.uuid, OLD.source, OLD.target, OLD.source_key, OLD.target_key, OLD.source_lang, OLD.target_lang, OLD.author) THEN
          RAISE EXCEPTION 'a team memory unit is never rewritten: store the change as a new version' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER units_author BEFORE INSERT ON sverka.units FOR EACH ROW EXECUTE FUNCTION sverka.stamp_author();
      CREATE TRIGGER units_versions BEFORE UPDATE ON sverka.units FOR EACH ROW EXECUTE FUNCTION sverka.keep_versions();
      CREATE TRIGGER terms_author BEFORE INSERT ON sverka.terms FOR EACH ROW EXECUTE FUNCTION sverka.stamp_author();

      -- The memories the current role may read / write, through any group role it belongs to.
      CREATE FUNCTION sverka.readable_memories() RETURNS SETOF integer LANGUAGE sql STABLE AS $$
        SELECT m.memory_id FROM sverka.members m JOIN pg_roles r ON r.rolname = m.role_name
        WHERE pg_has_role(current_user, r.oid, 'MEMBER')
      $$;
      CREATE FUNCTION sverka.writable_memories() RETURNS SETOF integer LANGUAGE sql STABLE AS $$
        SELECT m.memory_id FROM sverka.members m JOIN pg_roles r ON r.rolname = m.role_name
        WHERE m.can_write AND pg_has_role(current_user, r.oid, 'MEMBER')
      $$;

      ALTER TABLE sverka.units ENABLE ROW LEVEL SECURITY;
      CREATE POLICY units_read ON sverka.units FOR SELECT USING (memory_id IN (SELECT sverka.readable_memories()));
      CREATE POLICY units_insert ON sverka.units FOR INSERT WITH CHECK (memory_id IN (SELECT sverka.writable_memories()));
      CREATE POLICY units_update ON sverka.units FOR UPDATE USING (memory_id IN (SELECT sverka.writable_memories()));
      ALTER TABLE sverka.terms ENABLE ROW LEVEL SECURITY;
      CREATE POLICY terms_read ON sverka.terms FOR SELECT USING (memory_id IN (SELECT sverka.readable_memories()));
      CREATE POLICY terms_insert ON sverka.terms FOR INSERT WITH CHECK (memory_id IN (SELECT sverka.writable_memories()));

      GRANT USAGE ON SCHEMA sverka TO sverka_reader;
      GRANT SELECT ON sverka.schema_migrations, sverka.memories, sverka.members, sverka.units, sverka.terms TO sverka_reader;
      GRANT INSERT ON sverka.units, sverka.terms TO sverka_writer;
      GRANT UPDATE (changed_at, changer, reviewer, reviewed, status, seq, props, notes) ON sverka.units TO sverka_writer;
      GRANT USAGE ON SEQUENCE sverka.change_seq TO sverka_writer;

      -- Lookup candidates. Row-level security keeps any qual that is not leakproof (LIKE is not)
      -- above its own check, so under it pg_trgm's index could never answer a pattern and every
      -- lookup would read the whole memory. This function runs as the schema's owner, checks
      -- the memories against the login role's membership itself, and builds the query with the
      -- patterns as literals, so the planner sees them and asks the words index for each.
      -- terms: one pattern, or several separated by a tab, that a unit must all hold.
      CREATE FUNCTION sverka.candidates(memory_ids integer[], hash bigint, terms text[], words text,
          want_source text, want_target text, lim integer)
        RETURNS TABLE (id bigint, source text, source_key text, source_lang text, target_lang text,
          origin text, reviewed boolean, changed text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public SET enable_seqscan = off
      AS $fn$
      DECLARE
        allowed integer[];
        arms text := '';
        ranks text := '';
        langs text := '';
        term text;
      BEGIN
        IF pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'sverka.units'::regclass), 'USAGE') THEN
          allowed := memory_ids;
        ELSE
          SELECT coalesce(array_agg(DISTINCT m.memory_id), '{}') INTO allowed
          FROM sverka.members m JOIN pg_roles r ON r.rolname = m.role_name
          WHERE m.memory_id = ANY (memory_ids) AND pg_has_role(session_user, r.oid, 'MEMBER');
        END IF;
        IF cardinality(allowed) = 0 THEN
          RETURN;
        END IF;
        FOREACH term IN ARRAY terms LOOP
          arms := arms || format(' OR (%s)', (SELECT string_agg(format('u.source_words LIKE %L', p), ' AND ') FROM unnest(string_to_array(term, E'\\t')) p));
          ranks := ranks || format(' + (%s)::int', (SELECT string_agg(format('u.source_words LIKE %L', p), ' AND ') FROM unnest(string_to_array(term, E'\\t')) p));
        END LOOP;
        -- A language: 'de' takes de-*, 'de-DE' only itself.
        IF want_source IS NOT NULL THEN
          langs := langs || CASE WHEN position('-' IN want_source) > 0 THEN format(' AND u.source_lang = %L', want_source)
                                 ELSE format(' AND split_part(u.source_lang, ''-'', 1) = %L', want_source) END;
        END IF;
        IF want_target IS NOT NULL THEN
          langs := langs || CASE WHEN position('-' IN want_target) > 0 THEN format(' AND u.target_lang = %L', want_target)
                                 ELSE format(' AND split_part(u.target_lang, ''-'', 1) = %L', want_target) END;
        END IF;
        -- "memory_id + 0": no index on the memory alone may stand in for the patterns' own.
        -- Cheap order first (exact, most terms held, closest in length); pg_trgm's similarity,
        -- which extracts trigrams row by row, only for the best of those.
        RETURN QUERY EXECUTE format($q$
          SELECT c.id, c.source, c.source_key, c.source_lang, c.target_lang, c.origin, c.reviewed,
            to_char(c.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
          FROM (
            SELECT u.id, u.source, u.source_key, u.source_lang, u.target_lang, u.origin, u.reviewed, u.changed_at,
              u.source_words, u.source_hash = %2$s AS exact
            FROM sverka.units u
            WHERE u.memory_id + 0 = ANY (%1$L::integer[])
              AND ((u.memory_id = ANY (%1$L::integer[]) AND u.source_hash = %2$s)%3$s)%4$s
            ORDER BY (u.source_hash = %2$s)::int * 1000%5$s DESC, abs(length(u.source_words) - length(%6$L)), u.id DESC
            LIMIT %7$s * 3) c
          ORDER BY c.exact DESC, similarity(c.source_words, %6$L) DESC, c.id DESC
          LIMIT %7$s $q$, allowed, hash, arms, langs, ranks, words, lim);
      END
      $fn$;
      REVOKE ALL ON FUNCTION sverka.candidates(integer[], bigint, text[], text, text, text, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION sverka.candidates(integer[], bigint, text[], text, text, text, integer) TO sverka_reader;
    `);
  },
};
