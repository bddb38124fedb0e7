import type { TeamMigration } from './types';

/**
 * Fuzzy candidates from word tokens instead of pg_trgm trigrams of the words (see
 * shared/tm/words.ts for what a token is). At a million units one trigram scan per word cost
 * 10-20 ms of server CPU per lookup and the trigram index most of an import's server time; a
 * token's posting list holds exactly the units with the word, and the token index is a tenth of
 * the size. pg_trgm stays for `similarity()`, which ranks the candidates found.
 *
 * - units.source_tokens: the distinct tokens of source_words, sent by the client (cheaper there
 *   than in a per-row SQL function); sverka.word_tokens() computes the same for the rows already
 *   stored. A GIN index over it replaces the trigram index on source_words.
 * - sverka.candidates: static SQL in PL/pgSQL, so each session plans it once (the dynamic query
 *   it replaces was planned on every lookup); singles are one `&&` (any of them), each multi-word
 *   term one `@>` (all of them), up to four.
 */
export const teamMigration0002: TeamMigration = {
  version: 2,
  name: 'word-tokens',
  async up(c) {
    await c.query(`
      CREATE FUNCTION sverka.word_tokens(words text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
        SET search_path = pg_catalog
      AS $$
        SELECT coalesce(array_agg(DISTINCT left(w, 6) COLLATE "C"), '{}')
        FROM unnest(string_to_array(btrim(words, ' '), ' ')) w WHERE w <> ''
      $$;
      ALTER TABLE sverka.units ADD COLUMN source_tokens text[] COLLATE "C" NOT NULL DEFAULT '{}';
      UPDATE sverka.units SET source_tokens = sverka.word_tokens(source_words);
      DROP INDEX sverka.units_words;
      CREATE INDEX units_tokens ON sverka.units USING gin (source_tokens);

      DROP FUNCTION sverka.candidates(integer[], bigint, text[], text, text, text, integer);
      -- Row-level security keeps any qual that is not leakproof (&& and @> are not) above its own
      -- check, so under it the tokens index could never answer. This function runs as the
      -- schema's owner and checks the memories against the login role's membership itself.
      -- singles: tokens of which a unit must hold one; groups: up to four terms, each tokens
      -- separated by spaces that a unit must all hold.
      CREATE FUNCTION sverka.candidates(memory_ids integer[], hash bigint, singles text[], groups text[], words text,
          want_source text, want_target text, lim integer)
        RETURNS TABLE (id bigint, source text, source_key text, source_lang text, target_lang text,
          origin text, reviewed boolean, changed text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public SET enable_seqscan = off
      AS $fn$
      DECLARE
        allowed integer[];
        -- A term that no unit holds (a control character is never a word) stands in for a missing group.
        g1 text[] := coalesce(string_to_array(groups[1], ' '), ARRAY[E'\\x01']);
        g2 text[] := coalesce(string_to_array(groups[2], ' '), ARRAY[E'\\x01']);
        g3 text[] := coalesce(string_to_array(groups[3], ' '), ARRAY[E'\\x01']);
        g4 text[] := coalesce(string_to_array(groups[4], ' '), ARRAY[E'\\x01']);
        one text[] := coalesce(singles, '{}');
        -- The singles one by one, for counting how many a unit holds without a subquery per row.
        s1 text[] := ARRAY[coalesce(singles[1], E'\\x01')];
        s2 text[] := ARRAY[coalesce(singles[2], E'\\x01')];
        s3 text[] := ARRAY[coalesce(singles[3], E'\\x01')];
        s4 text[] := ARRAY[coalesce(singles[4], E'\\x01')];
        s5 text[] := ARRAY[coalesce(singles[5], E'\\x01')];
        src_full boolean := position('-' IN coalesce(want_source, '')) > 0;
        tgt_full boolean := position('-' IN coalesce(want_target, '')) > 0;
      BEGIN
        IF cardinality(groups) > 4 OR cardinality(singles) > 5 THEN
          RAISE EXCEPTION 'at most five single words and four word groups per lookup' USING ERRCODE = '22023';
        END IF;
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
        -- "memory_id + 0": no index on the memory alone may stand in for the tokens' own.
        -- Cheap order first (exact, most terms held, closest in length); pg_trgm's similarity,
        -- which extracts trigrams row by row, only for the best of those.
        RETURN QUERY
          SELECT c.id, c.source, c.source_key, c.source_lang, c.target_lang, c.origin, c.reviewed,
            to_char(c.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
          FROM (
            SELECT u.id, u.source, u.source_key, u.source_lang, u.target_lang, u.origin, u.reviewed, u.changed_at,
              u.source_words, u.source_hash = hash AS exact
            FROM sverka.units u
            WHERE u.memory_id + 0 = ANY (allowed)
              AND ((u.memory_id = ANY (allowed) AND u.source_hash = hash)
                OR u.source_tokens && one OR u.source_tokens @> g1 OR u.source_tokens @> g2 OR u.source_tokens @> g3 OR u.source_tokens @> g4)
              AND (want_source IS NULL OR CASE WHEN src_full THEN u.source_lang = want_source ELSE split_part(u.source_lang, '-', 1) = want_source END)
              AND (want_target IS NULL OR CASE WHEN tgt_full THEN u.target_lang = want_target ELSE split_part(u.target_lang, '-', 1) = want_target END)
            ORDER BY (u.source_hash = hash)::int * 1000
                + (u.source_tokens @> s1)::int + (u.source_tokens @> s2)::int + (u.source_tokens @> s3)::int + (u.source_tokens @> s4)::int + (u.source_tokens @> s5)::int
                + (u.source_tokens @> g1)::int + (u.source_tokens @> g2)::int + (u.source_tokens @> g3)::int + (u.source_tokens @> g4)::int DESC,
              abs(length(u.source_words) - length(words)), u.id DESC
            LIMIT lim * 2) c
          ORDER BY c.exact DESC, similarity(c.source_words, words) DESC, c.id DESC
          LIMIT lim;
      END
      $fn$;
      REVOKE ALL ON FUNCTION sverka.candidates(integer[], bigint, text[], text[], text, text, text, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION sverka.candidates(integer[], bigint, text[], text[], text, text, text, integer) TO sverka_reader;
    `);
  },
};
