var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// electron/db/connection.ts
var connection_exports = {};
__export(connection_exports, {
  createDb: () => createDb,
  openDatabase: () => openDatabase
});
module.exports = __toCommonJS(connection_exports);
var import_better_sqlite3 = __toESM(require("better-sqlite3"), 1);
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path = __toESM(require("node:path"), 1);

// shared/errors.ts
var SverkaError = class extends Error {
  code;
  /** Optional machine-readable details (file position, limit, ...). */
  details;
  constructor(code, message, details) {
    super(message);
    this.name = "SverkaError";
    this.code = code;
    this.details = details;
  }
};

// electron/db/migrations/0001-initial.ts
var migration0001 = {
  version: 1,
  name: "initial",
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        source_lang TEXT NOT NULL DEFAULT 'ru',
        target_lang TEXT NOT NULL DEFAULT 'de',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        opened_at TEXT
      );
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        file_name TEXT,
        encoding TEXT,
        format TEXT NOT NULL DEFAULT 'txt',
        content_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (project_id, role)
      );
      CREATE INDEX documents_project ON documents(project_id);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  }
};

// electron/db/migrations/0002-segments-quotations.ts
var migration0002 = {
  version: 2,
  name: "segments-quotations",
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
  }
};

// electron/db/migrations/0003-alignment.ts
var migration0003 = {
  version: 3,
  name: "alignment",
  up(db) {
    db.exec(`
      CREATE TABLE alignment_links (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'sentence')),
        source_start INTEGER,
        source_end INTEGER,
        source_seg_from INTEGER,
        source_seg_to INTEGER,
        target_start INTEGER NOT NULL CHECK (target_start >= 0),
        target_end INTEGER NOT NULL,
        target_seg_from INTEGER,
        target_seg_to INTEGER,
        status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected', 'no_source')),
        score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
        who TEXT NOT NULL DEFAULT 'auto',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (target_end >= target_start),
        CHECK ((source_start IS NULL) = (source_end IS NULL)),
        CHECK (source_start IS NULL OR (source_start >= 0 AND source_end >= source_start)),
        CHECK (status = 'no_source' OR source_start IS NOT NULL),
        CHECK (source_seg_from IS NULL OR source_seg_to >= source_seg_from),
        CHECK (target_seg_from IS NULL OR target_seg_to >= target_seg_from)
      );
      CREATE INDEX alignment_links_project ON alignment_links(project_id, kind, target_start);
      CREATE INDEX alignment_links_source ON alignment_links(project_id, source_start);

      CREATE TABLE checked_translations (
        id INTEGER PRIMARY KEY,
        link_id INTEGER NOT NULL UNIQUE REFERENCES alignment_links(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'translated', 'reviewed', 'approved', 'rejected')),
        note TEXT,
        updated_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE translation_history (
        id INTEGER PRIMARY KEY,
        translation_id INTEGER NOT NULL,
        link_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        before_text TEXT,
        after_text TEXT,
        before_status TEXT,
        after_status TEXT,
        before_note TEXT,
        after_note TEXT
      );
      CREATE INDEX translation_history_link ON translation_history(link_id, id);

      CREATE TRIGGER checked_translations_ai AFTER INSERT ON checked_translations BEGIN
        INSERT INTO translation_history (translation_id, link_id, action, who, at, after_text, after_status, after_note)
        VALUES (new.id, new.link_id, 'insert', new.updated_by, new.updated_at, new.text, new.status, new.note);
      END;
      CREATE TRIGGER checked_translations_au AFTER UPDATE ON checked_translations
      WHEN old.text IS NOT new.text OR old.status IS NOT new.status OR old.note IS NOT new.note BEGIN
        INSERT INTO translation_history (translation_id, link_id, action, who, at,
          before_text, after_text, before_status, after_status, before_note, after_note)
        VALUES (new.id, new.link_id, 'update', new.updated_by, new.updated_at,
          old.text, new.text, old.status, new.status, old.note, new.note);
      END;
      CREATE TRIGGER checked_translations_ad AFTER DELETE ON checked_translations BEGIN
        INSERT INTO translation_history (translation_id, link_id, action, who, at, before_text, before_status, before_note)
        VALUES (old.id, old.link_id, 'delete', old.updated_by, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), old.text, old.status, old.note);
      END;
    `);
  }
};

// electron/db/migrations/0004-translation-memory.ts
var migration0004 = {
  version: 4,
  name: "translation-memory",
  up(db) {
    db.exec(`
      CREATE TABLE tm_imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        units_read INTEGER NOT NULL DEFAULT 0,
        units_added INTEGER NOT NULL DEFAULT 0,
        units_merged INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE tm_units (
        id INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL CHECK (length(source_lang) BETWEEN 2 AND 35),
        target_lang TEXT NOT NULL CHECK (length(target_lang) BETWEEN 2 AND 35),
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        source_inline TEXT CHECK (source_inline IS NULL OR json_valid(source_inline)),
        target_inline TEXT CHECK (target_inline IS NULL OR json_valid(target_inline)),
        source_key TEXT NOT NULL,
        target_key TEXT NOT NULL,
        source_hash INTEGER NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('human', 'machine', 'import')),
        reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
        status TEXT,
        project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
        document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        link_id INTEGER REFERENCES alignment_links(id) ON DELETE SET NULL,
        source_start INTEGER,
        source_end INTEGER,
        target_start INTEGER,
        target_end INTEGER,
        import_id INTEGER REFERENCES tm_imports(id) ON DELETE SET NULL,
        tuid TEXT,
        creator TEXT,
        changer TEXT,
        reviewer TEXT,
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        props TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(props)),
        notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes)),
        CHECK (length(source_key) > 0),
        CHECK (source_start IS NULL OR source_end >= source_start),
        CHECK (target_start IS NULL OR target_end >= target_start)
      );
      CREATE INDEX tm_units_source_hash ON tm_units(source_hash);
      CREATE INDEX tm_units_import ON tm_units(import_id) WHERE import_id IS NOT NULL;
      CREATE INDEX tm_units_project ON tm_units(project_id) WHERE project_id IS NOT NULL;
      -- Queries under three characters have no trigram: they search the short keys only.
      CREATE INDEX tm_units_short_source ON tm_units(source_key) WHERE length(source_key) <= 8;

      CREATE VIRTUAL TABLE tm_source_fts USING fts5(source_key, content='', contentless_delete=1, tokenize='trigram');
      CREATE VIRTUAL TABLE tm_target_fts USING fts5(target_key, content='', contentless_delete=1, tokenize='trigram');
      CREATE VIRTUAL TABLE tm_source_vocab USING fts5vocab(tm_source_fts, 'row');

      CREATE TRIGGER tm_units_ai AFTER INSERT ON tm_units BEGIN
        INSERT INTO tm_source_fts (rowid, source_key) VALUES (new.id, new.source_key);
        INSERT INTO tm_target_fts (rowid, target_key) VALUES (new.id, new.target_key);
      END;
      CREATE TRIGGER tm_units_ad AFTER DELETE ON tm_units BEGIN
        DELETE FROM tm_source_fts WHERE rowid = old.id;
        DELETE FROM tm_target_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER tm_units_au_source AFTER UPDATE OF source_key ON tm_units WHEN old.source_key IS NOT new.source_key BEGIN
        DELETE FROM tm_source_fts WHERE rowid = old.id;
        INSERT INTO tm_source_fts (rowid, source_key) VALUES (new.id, new.source_key);
      END;
      CREATE TRIGGER tm_units_au_target AFTER UPDATE OF target_key ON tm_units WHEN old.target_key IS NOT new.target_key BEGIN
        DELETE FROM tm_target_fts WHERE rowid = old.id;
        INSERT INTO tm_target_fts (rowid, target_key) VALUES (new.id, new.target_key);
      END;
    `);
  }
};

// electron/db/migrations/0005-glossary.ts
var migration0005 = {
  version: 5,
  name: "glossary",
  up(db) {
    db.exec(`
      CREATE TABLE glossary_terms (
        id INTEGER PRIMARY KEY,
        project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source_term TEXT NOT NULL CHECK (length(trim(source_term)) > 0),
        target_term TEXT NOT NULL CHECK (length(trim(target_term)) > 0),
        source_key TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX glossary_terms_unique
        ON glossary_terms(COALESCE(project_id, 0), source_lang, target_lang, source_key, target_term);
      CREATE INDEX glossary_terms_key ON glossary_terms(source_key);
    `);
  }
};

// electron/db/migrations/index.ts
var migrations = [migration0001, migration0002, migration0003, migration0004, migration0005].sort(
  (a, b) => a.version - b.version
);

// electron/db/migrate.ts
function schemaVersion(db) {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare("SELECT MAX(version) AS v FROM migrations").get();
  return row.v ?? 0;
}
function migrateTo(db, target, list = migrations) {
  const newest = list.length ? list[list.length - 1].version : 0;
  const goal = target ?? newest;
  const current = schemaVersion(db);
  if (current > newest) {
    throw new SverkaError(
      "DB_ERROR",
      `This database was written by a newer Sverka (schema ${current}, this version knows ${newest}). Update Sverka to open it.`
    );
  }
  const record = db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const m of list) {
    if (m.version <= current || m.version > goal) continue;
    db.transaction(() => {
      m.up(db);
      record.run(m.version, m.name, (/* @__PURE__ */ new Date()).toISOString());
    })();
  }
  return schemaVersion(db);
}

// electron/db/connection.ts
function openDatabase(file, opts = {}) {
  if (file !== ":memory:") {
    const dir = import_node_path.default.dirname(import_node_path.default.resolve(file));
    try {
      import_node_fs.default.mkdirSync(dir, { recursive: true });
      import_node_fs.default.accessSync(dir, import_node_fs.default.constants.W_OK);
    } catch (err) {
      throw new SverkaError(
        "IO_ERROR",
        `Cannot write to the database folder ${dir}: ${err.code ?? String(err)}. Choose another location with --db.`
      );
    }
  }
  let db;
  try {
    db = new import_better_sqlite3.default(file, { readonly: opts.readonly ?? false });
  } catch (err) {
    throw new SverkaError("IO_ERROR", `Cannot open the database ${file}: ${err.message}`);
  }
  try {
    db.pragma("busy_timeout = 5000");
    if (!opts.readonly) db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = NORMAL");
    if (!opts.readonly) migrateTo(db, opts.migrateTo);
  } catch (err) {
    db.close();
    if (err instanceof SverkaError) throw err;
    const msg = err.message;
    if (/not a database|malformed/i.test(msg)) {
      throw new SverkaError("DB_CORRUPT", `The database ${file} is damaged (${msg}).`);
    }
    throw new SverkaError("DB_ERROR", `Cannot prepare the database ${file}: ${msg}`);
  }
  return db;
}
function createDb(version) {
  return openDatabase(":memory:", version === void 0 ? {} : { migrateTo: version });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createDb,
  openDatabase
});
