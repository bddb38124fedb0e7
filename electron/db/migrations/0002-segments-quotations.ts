import type { Migration } from './types';

/**
 * The structure found in a document's text: sentences/headings and quotations. Offsets are
 * UTF-16 code units into `documents.text`, so `text.slice(start_offset, end_offset)` is the span.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'segments-quotations',
  up(db) {
    db.exec(`
      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL CHECK (idx >= 0),
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'sentence' CHECK (kind IN ('sentence', 'heading')),
        paragraph INTEGER NOT NULL DEFAULT 0 CHECK (paragraph >= 0),
        CHECK (end_offset >= start_offset),
        UNIQUE (document_id, idx)
      );
      CREATE INDEX segments_span ON segments(document_id, start_offset);

      CREATE TABLE quotations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL,
        open_offset INTEGER,
        close_offset INTEGER,
        kind TEXT NOT NULL DEFAULT 'quotation' CHECK (kind IN ('quotation', 'title', 'term')),
        depth INTEGER NOT NULL DEFAULT 0 CHECK (depth >= 0),
        parent_id INTEGER REFERENCES quotations(id) ON DELETE CASCADE,
        CHECK (end_offset >= start_offset),
        CHECK (open_offset IS NULL OR open_offset <= start_offset),
        CHECK (close_offset IS NULL OR close_offset >= end_offset),
        CHECK (parent_id IS NULL OR depth > 0)
      );
      CREATE INDEX quotations_document ON quotations(document_id, start_offset);
      CREATE INDEX quotations_parent ON quotations(parent_id);
    `);
  },
};
