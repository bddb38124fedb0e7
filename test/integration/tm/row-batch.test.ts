import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { TmRepository, type TmUnitRow } from '../../../electron/db/repositories/tm';
import { OPTIONAL_COLUMNS, packRows, unpackRows } from '../../../electron/services/tm/row-batch';

const BASE: TmUnitRow = Object.freeze({
  source_lang: 'ru',
  target_lang: 'de',
  source: 'Правительство объявило новый закон.',
  target: 'Die Regierung hat ein neues Gesetz angekündigt.',
  source_inline: null,
  target_inline: null,
  source_key: 'правительство объявило новый закон',
  target_key: 'die regierung hat ein neues gesetz angekündigt',
  source_hash: 1234567890123,
  origin: 'import',
  reviewed: 0,
  status: null,
  project_id: null,
  document_id: null,
  link_id: null,
  source_start: null,
  source_end: null,
  target_start: null,
  target_end: null,
  import_id: null,
  tuid: null,
  creator: null,
  changer: null,
  reviewer: null,
  created_at: '2025-01-01T12:00:00Z',
  changed_at: '2025-01-01T12:00:00Z',
  props: '{}',
  notes: '[]',
  source_notes: '[]',
  target_notes: '[]',
});

/** A value different from the default for every optional column. */
const SET: Record<(typeof OPTIONAL_COLUMNS)[number], string | number> = {
  source_inline: '[{"t":"Правительство"}]',
  target_inline: '[{"t":"Die Regierung"}]',
  reviewed: 1,
  status: 'draft',
  project_id: 7,
  document_id: 8,
  link_id: 9,
  source_start: 0,
  source_end: 35,
  target_start: 0,
  target_end: 47,
  import_id: 3,
  tuid: 'tu-1',
  creator: 'Анна',
  changer: 'Jörg',
  reviewer: 'Marta',
  props: '{"x-Kunde":"Redaktion"}',
  notes: '["Проверено"]',
  source_notes: '["Quelle"]',
  target_notes: '["Ziel"]',
};

describe('rows packed for the writing thread', () => {
  const cases: [string, TmUnitRow[]][] = [
    ['no rows', []],
    ['a row with every optional column at its default', [BASE]],
    ['a row with every optional column set', [{ ...BASE, ...SET } as TmUnitRow]],
    // One column set at a time, and an empty string where a column has a value.
    ...OPTIONAL_COLUMNS.map((col): [string, TmUnitRow[]] => [`only ${col} set, between two default rows`, [BASE, { ...BASE, [col]: SET[col] } as TmUnitRow, { ...BASE, tuid: '' }]]),
  ];
  it.each(cases)('%s come back as they were', (_what, rows) => {
    const frozen = Object.freeze(rows.map((r) => Object.freeze({ ...r })));
    const back = unpackRows(packRows(frozen));
    expect(back).toEqual(rows);
  });

  it('carries numbers apart from strings, so a number never comes back as text', () => {
    const [row] = unpackRows(packRows([{ ...BASE, ...SET } as TmUnitRow]));
    expect(typeof row!.source_hash).toBe('number');
    expect(typeof row!.project_id).toBe('number');
    expect(typeof row!.tuid).toBe('string');
  });
});

describe('rows stored by the repository', () => {
  // The insert binds only the columns that differ from their defaults: every column must still
  // arrive in its own place, whichever of them a row sets.
  const cases: [string, TmUnitRow][] = [
    ['every optional column at its default', BASE],
    ['every optional column set', { ...BASE, ...SET } as TmUnitRow],
    ...OPTIONAL_COLUMNS.map((col): [string, TmUnitRow] => [`only ${col} set`, { ...BASE, [col]: SET[col] } as TmUnitRow]),
  ];
  it.each(cases)('a row with %s reads back as it was stored', (_what, row) => {
    const db = createDb();
    // The row's project, document, link and import need not exist here.
    db.pragma('foreign_keys = OFF');
    const repo = new TmRepository(db);
    const ids = new Int32Array(1);
    expect(repo.addOrMergeMany([Object.freeze({ ...row })], { deferIndex: true, ids })).toEqual({ added: 1, merged: 0 });
    const [stored] = repo.byIds([ids[0]!]);
    expect(stored).toEqual({ id: ids[0], ...row });
    db.close();
  });
});
