import type { Migration } from './types';

/**
 * Project ids are never reused (AUTOINCREMENT): a new project must not inherit anything
 * keyed by a deleted one's id. SQLite cannot add AUTOINCREMENT to a table, so `projects` is
 * rebuilt from its own definition (columns other steps added come along), with its rows,
 * indexes and triggers; the tables referring to it keep their foreign keys by name.
 */
export const migration0071: Migration = {
  version: 71,
  name: 'project-ids-autoincrement',
  foreignKeys: 'off',
  up(db) {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'projects'").get() as { sql: string };
    if (/\bAUTOINCREMENT\b/i.test(table.sql)) return;
    const primary = /(\bid\s+INTEGER\s+PRIMARY\s+KEY)\b/i;
    if (!primary.test(table.sql)) throw new Error('projects.id is not an INTEGER PRIMARY KEY');
    const create = table.sql.replace(/^CREATE TABLE\s+("?projects"?)/i, 'CREATE TABLE projects_rebuilt').replace(primary, '$1 AUTOINCREMENT');
    const extras = db
      .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'projects' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
      .all() as Array<{ sql: string }>;
    const columns = (db.prepare("SELECT name FROM pragma_table_info('projects')").all() as Array<{ name: string }>)
      .map((c) => `"${c.name}"`)
      .join(', ');
    db.exec(create);
    db.exec(`INSERT INTO projects_rebuilt (${columns}) SELECT ${columns} FROM projects`);
    db.exec('DROP TABLE projects');
    db.exec('ALTER TABLE projects_rebuilt RENAME TO projects');
    for (const e of extras) db.exec(e.sql);
  },
};
