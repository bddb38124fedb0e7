import type { TeamMigration } from './types';

/**
 * A first, small pass per lookup (sverka.lookup, same signature and result as step 3).
 *
 * A lookup's server cost is mostly the candidate rows it reads, one heap page each, and on a
 * connection that is new to the server each page is also a page fault of that process (it maps
 * the shared buffers lazily; docs/team-memory.md, "Measured"). At a million units a lookup read
 * 75 rows on average within its budget of 150. Most queries that have a close unit share a rare
 * word or pair of words with it: the first pass plans the same way within a budget of `tuning[6]`
 * rows (25) and, when the best of its candidates has a pg_trgm similarity of at least `tuning[7]`
 * percent (60), returns its ranked candidates. Otherwise the full plan runs as in step 3 (the
 * first pass asked for its rarest words, so its rows are mostly read again from pages this
 * process has mapped already). In memories of at most `tuning[3]` units, or with tuning[6] absent
 * or 0, only the full plan runs. The first pass keeps its candidates as whole rows, so returning
 * them reads nothing again.
 */
/**
 * The candidate rows both passes read (as sverka.candidates, step 2): the exact match through the
 * hash, the chosen tokens through their index, a cheap order (exact, most terms held, closest in
 * length), at most twice the matches asked for.
 */
const CANDIDATES = `
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
  LIMIT lim * 2`;

export const teamMigration0004: TeamMigration = {
  version: 4,
  name: 'first-pass',
  async up(c) {
    await c.query(`
      CREATE OR REPLACE FUNCTION sverka.lookup(memory_ids integer[], hash bigint, tokens text[], words text, short_len integer,
          want_source text, want_target text, lim integer, tuning integer[])
        RETURNS TABLE (id bigint, memory_id integer, uuid uuid, parent_uuid uuid, source_lang text, target_lang text,
          source text, target text, source_key text, source_inline jsonb, target_inline jsonb, origin text, reviewed boolean,
          status text, project text, creator text, changer text, reviewer text, author text, created_at timestamptz,
          changed_at timestamptz, seq bigint, props jsonb, notes jsonb)
        LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public SET enable_seqscan = off
      AS $fn$
      DECLARE
        allowed integer[];
        total bigint;
        budget numeric;
        rows_left numeric;
        toks text[];
        cnts bigint[];
        one text[] := '{}';
        grp text[] := '{}';
        common_t text[] := '{}';
        common_n bigint[] := '{}';
        pair record;
        i integer;
        -- A term that no unit holds (a control character is never a word) stands in for a missing group.
        g1 text[]; g2 text[]; g3 text[]; g4 text[];
        s1 text[]; s2 text[]; s3 text[]; s4 text[]; s5 text[];
        src_full boolean := position('-' IN coalesce(want_source, '')) > 0;
        tgt_full boolean := position('-' IN coalesce(want_target, '')) > 0;
        phase integer;
        cap numeric;
        near sverka.units[];
        best real;
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

        -- The plan: the rarest tokens alone while their rows fit the budget; when fewer than two
        -- fit, pairs of the rarest remaining ones held by at most a quarter of the units (two
        -- common words are rarely common together, and the index answers a pair in one scan).
        SELECT coalesce(sum(c.n), 0) INTO total FROM sverka.token_counts c WHERE c.memory_id = ANY (allowed) AND c.token = '';
        budget := CASE WHEN total <= tuning[3] THEN greatest(tuning[1], tuning[2]) ELSE tuning[1] END;
        SELECT array_agg(q.t ORDER BY q.n, q.t), array_agg(q.n ORDER BY q.n, q.t) INTO toks, cnts
        FROM (SELECT c.token AS t, sum(c.n) AS n FROM sverka.token_counts c
              WHERE c.memory_id = ANY (allowed) AND c.token = ANY (tokens) AND c.token <> '' GROUP BY c.token) q
        WHERE q.n > 0;
        FOR phase IN 1 .. 2 LOOP
          -- Pass 1 plans within the small first budget and returns at once when one of its
          -- candidates is close (similarity at least tuning[7] percent); pass 2 is the full plan.
          IF phase = 1 THEN
            CONTINUE WHEN coalesce(tuning[6], 0) <= 0 OR tuning[6] >= budget OR total <= tuning[3];
            cap := tuning[6];
          ELSE
            cap := budget;
          END IF;
          one := '{}'; grp := '{}'; common_t := '{}'; common_n := '{}';
          rows_left := cap;
          FOR i IN 1 .. coalesce(cardinality(toks), 0) LOOP
            EXIT WHEN cardinality(one) >= tuning[4];
            CONTINUE WHEN cnts[i] > rows_left;
            one := one || toks[i];
            rows_left := rows_left - cnts[i];
          END LOOP;
          IF cardinality(one) < 2 AND total > 0 THEN
            FOR i IN 1 .. coalesce(cardinality(toks), 0) LOOP
              EXIT WHEN cardinality(common_t) >= tuning[5];
              CONTINUE WHEN toks[i] = ANY (one) OR cnts[i] > total / 4.0;
              common_t := common_t || toks[i];
              common_n := common_n || cnts[i];
            END LOOP;
            rows_left := rows_left + cap;
            FOR pair IN
              SELECT common_t[a] AS x, common_t[b] AS y, common_n[a]::numeric * common_n[b] / total AS cost
              FROM generate_series(1, cardinality(common_t)) a, generate_series(1, cardinality(common_t)) b
              WHERE a < b ORDER BY 3, a, b
            LOOP
              EXIT WHEN cardinality(one) + cardinality(grp) >= tuning[4];
              CONTINUE WHEN pair.cost > rows_left;
              grp := grp || (pair.x || ' ' || pair.y);
              rows_left := rows_left - pair.cost;
            END LOOP;
          END IF;
          g1 := coalesce(string_to_array(grp[1], ' '), ARRAY[E'\\x01']);
          g2 := coalesce(string_to_array(grp[2], ' '), ARRAY[E'\\x01']);
          g3 := coalesce(string_to_array(grp[3], ' '), ARRAY[E'\\x01']);
          g4 := coalesce(string_to_array(grp[4], ' '), ARRAY[E'\\x01']);
          s1 := ARRAY[coalesce(one[1], E'\\x01')];
          s2 := ARRAY[coalesce(one[2], E'\\x01')];
          s3 := ARRAY[coalesce(one[3], E'\\x01')];
          s4 := ARRAY[coalesce(one[4], E'\\x01')];
          s5 := ARRAY[coalesce(one[5], E'\\x01')];

          IF phase = 1 THEN
            CONTINUE WHEN cardinality(one) + cardinality(grp) = 0;
            SELECT array_agg(c.r ORDER BY c.exact DESC, c.sim DESC, (c.r).id DESC), max(c.sim) INTO near, best
            FROM (SELECT c.r, c.exact, similarity((c.r).source_words, words) AS sim FROM (
              SELECT u AS r, u.source_hash = hash AS exact
              ${CANDIDATES}) c) c;
            IF best >= tuning[7] / 100.0 THEN
              RETURN QUERY
                SELECT r.id, r.memory_id, r.uuid, r.parent_uuid, r.source_lang, r.target_lang, r.source, r.target, r.source_key,
                  r.source_inline, r.target_inline, r.origin, r.reviewed, r.status, r.project, r.creator, r.changer, r.reviewer,
                  r.author, r.created_at, r.changed_at, r.seq, r.props, r.notes
                FROM unnest(near[1:lim]) WITH ORDINALITY r
                ORDER BY r.ordinality;
              RETURN;
            END IF;
            CONTINUE;
          END IF;
          -- As sverka.candidates (step 2): the exact match through the hash, the chosen tokens
          -- through their index ("memory_id + 0": no index on the memory alone may stand in);
          -- a cheap order first (exact, most terms held, closest in length), pg_trgm's similarity
          -- only for the best of those; the rows returned whole.
          RETURN QUERY
            SELECT c.id, c.memory_id, c.uuid, c.parent_uuid, c.source_lang, c.target_lang, c.source, c.target, c.source_key,
              c.source_inline, c.target_inline, c.origin, c.reviewed, c.status, c.project, c.creator, c.changer, c.reviewer,
              c.author, c.created_at, c.changed_at, c.seq, c.props, c.notes
            FROM (
              SELECT u.*, u.source_hash = hash AS exact
              ${CANDIDATES}) c
            ORDER BY c.exact DESC, similarity(c.source_words, words) DESC, c.id DESC
            LIMIT lim;
          IF short_len > 0 THEN
            RETURN QUERY
              SELECT u.id, u.memory_id, u.uuid, u.parent_uuid, u.source_lang, u.target_lang, u.source, u.target, u.source_key,
                u.source_inline, u.target_inline, u.origin, u.reviewed, u.status, u.project, u.creator, u.changer, u.reviewer,
                u.author, u.created_at, u.changed_at, u.seq, u.props, u.notes
              FROM sverka.units u
              WHERE u.memory_id = ANY (allowed) AND length(u.source_key) <= 8 AND length(u.source_key) <= short_len
                AND (want_source IS NULL OR CASE WHEN src_full THEN u.source_lang = want_source ELSE split_part(u.source_lang, '-', 1) = want_source END)
                AND (want_target IS NULL OR CASE WHEN tgt_full THEN u.target_lang = want_target ELSE split_part(u.target_lang, '-', 1) = want_target END)
              ORDER BY u.id DESC LIMIT lim;
          END IF;
        END LOOP;
      END
      $fn$;
      REVOKE ALL ON FUNCTION sverka.lookup(integer[], bigint, text[], text, integer, text, text, integer, integer[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION sverka.lookup(integer[], bigint, text[], text, integer, text, text, integer, integer[]) TO sverka_reader;
    `);
  },
};
