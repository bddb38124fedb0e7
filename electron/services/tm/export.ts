import fs from 'node:fs';
import { SverkaError } from '../../../shared/errors';
import { EXPORT_EXTENSIONS, exportChunks } from '../../../shared/formats/dispatch';
import { PROP, type TranslationUnit } from '../../../shared/formats/model';
import type { TmExportFormat } from '../../../shared/tm/types';
import type { Db } from '../../db/connection';
import type { TmRepository } from '../../db/repositories/tm';
import { toFileUnit, type ExportNames } from './convert';
import { memoryWriteOptions, type WriterOptions } from './formats';

export type LangFilter = { sourceLang?: string; targetLang?: string };

export interface ExportOptions {
  /** CSV: write cells a spreadsheet would run as formulas unguarded (default: guarded). */
  allowFormulas?: boolean;
}

const SVERKA_PROP_KEYS: readonly string[] = Object.values(PROP);

/** The memory's exports: TMX, XLIFF 1.2/2.1 or CSV, streamed to a file or as bytes. */
export class TmExport {
  constructor(
    private readonly db: Db,
    private readonly repo: TmRepository,
    private readonly now: () => string,
  ) {}

  /** Every unit as exchange-format units, lazily, in id order (tuids kept unique). */
  *units(filter: LangFilter = {}): Generator<TranslationUnit> {
    const names = this.names();
    const used = new Set<string>();
    let prev: { tuid: string; sourceKey: string } | undefined;
    for (const r of this.repo.iterate(filter)) {
      const u = toFileUnit(r, names);
      if (u.id !== undefined) {
        // A tu with several targets comes back as consecutive units sharing tuid and source:
        // they stay together; the same tuid anywhere else would make the file invalid.
        const continues = prev !== undefined && prev.tuid === u.id && prev.sourceKey === r.source_key;
        if (!continues && used.has(u.id)) u.id = `${u.id}-${r.id}`;
        used.add(u.id);
        prev = { tuid: u.id, sourceKey: r.source_key };
      } else prev = undefined;
      yield u;
    }
  }

  private names(): ExportNames {
    const projects = new Map(
      (this.db.prepare('SELECT id, name FROM projects').all() as { id: number; name: string }[]).map((p) => [p.id, p.name]),
    );
    const documents = new Map(
      (this.db.prepare('SELECT id, file_name FROM documents WHERE file_name IS NOT NULL').all() as { id: number; file_name: string }[]).map(
        (d) => [d.id, d.file_name],
      ),
    );
    return { project: (id) => projects.get(id), document: (id) => documents.get(id) };
  }

  /** What the writer of `format` needs to know before the first unit (XLIFF 2 pair, CSV columns). */
  private writerOptions(format: TmExportFormat, filter: LangFilter, extra: ExportOptions): WriterOptions {
    const opts: WriterOptions = filter.sourceLang ? { sourceLang: filter.sourceLang } : {};
    // Every format refuses alike: an XLIFF 2 file cannot be empty, and an empty file of any
    // format is more likely a wrong language filter than what was wanted.
    if (!this.repo.hasUnits(filter)) {
      const which = filter.sourceLang || filter.targetLang ? ` for ${filter.sourceLang ?? '*'} -> ${filter.targetLang ?? '*'}` : '';
      throw new SverkaError('EMPTY_INPUT', `The translation memory has no units${which}: there is nothing to export.`);
    }
    if (format === 'xliff21') {
      const pairs = this.repo.languagePairs(filter);
      if (pairs.length > 1) {
        throw new SverkaError(
          'BAD_REQUEST',
          `An XLIFF 2 file holds one language pair; the memory has ${pairs.map((p) => `${p.sourceLang}->${p.targetLang}`).join(', ')}. ` +
            'Choose one with the source and target language.',
        );
      }
      if (pairs[0]) opts.pair = pairs[0];
    }
    if (format === 'csv') {
      const shape = this.repo.propShape();
      opts.propKeys = [...new Set([...SVERKA_PROP_KEYS, ...shape.keys])];
      opts.noteColumns = Math.max(1, shape.maxNotes);
      opts.sideNoteColumns = { source: shape.maxSourceNotes, target: shape.maxTargetNotes };
      if (extra.allowFormulas) opts.allowFormulas = true;
    }
    return opts;
  }

  /** Writes the memory to `file` in `format`, streamed (a partial file never takes its name). */
  toFile(file: string, format: TmExportFormat, filter: LangFilter = {}, extra: ExportOptions = {}): { units: number; file: string } {
    const opts = this.writerOptions(format, filter, extra);
    let units = 0;
    const counted = (function* (it: Iterable<TranslationUnit>) {
      for (const u of it) {
        units++;
        yield u;
      }
    })(this.units(filter));
    const tmp = `${file}.partial-${process.pid}`;
    const fd = fs.openSync(tmp, 'w');
    try {
      for (const chunk of exportChunks(format, counted, memoryWriteOptions(opts))) fs.writeSync(fd, chunk);
      fs.closeSync(fd);
      fs.renameSync(tmp, file);
    } catch (err) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
      fs.rmSync(tmp, { force: true });
      throw err;
    }
    return { units, file };
  }

  /** The export as bytes (the renderer saves it) and a suggested file name. */
  toBytes(format: TmExportFormat, filter: LangFilter = {}, extra: ExportOptions = {}): { bytes: Buffer; fileName: string; units: number } {
    const opts = this.writerOptions(format, filter, extra);
    let units = 0;
    const parts: Buffer[] = [];
    const counted = (function* (it: Iterable<TranslationUnit>) {
      for (const u of it) {
        units++;
        yield u;
      }
    })(this.units(filter));
    for (const chunk of exportChunks(format, counted, memoryWriteOptions(opts))) parts.push(Buffer.from(chunk, 'utf8'));
    const date = this.now().slice(0, 10);
    return { bytes: Buffer.concat(parts), fileName: `sverka-memory-${date}.${EXPORT_EXTENSIONS[format]}`, units };
  }
}
