import type { Migration } from './types';

/**
 * Which team memories a project reads and which one it writes to. A project without rows uses
 * the default team memory of the connection for both; a project with rows uses exactly those
 * (a row with neither flag keeps a memory out). At most one memory per project is written.
 */
export const migration0052: Migration = {
  version: 52,
  name: 'project-team-memories',
  up(db) {
    db.exec(`
      CREATE TABLE project_team_memories (
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        memory TEXT NOT NULL CHECK (length(memory) BETWEEN 1 AND 100),
        read INTEGER NOT NULL DEFAULT 1 CHECK (read IN (0, 1)),
        write INTEGER NOT NULL DEFAULT 0 CHECK (write IN (0, 1)),
        PRIMARY KEY (project_id, memory)
      );
      CREATE UNIQUE INDEX project_team_memories_writer ON project_team_memories(project_id) WHERE write = 1;
    `);
  },
};
