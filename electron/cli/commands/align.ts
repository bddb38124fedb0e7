import { readFileSync } from 'node:fs';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import type { RawBead } from '../../../shared/align/dp';
import { planAlignment } from '../../../shared/align/plan';
import { alignQuotes, type AlignQuotesInput, type QuoteAlignment } from '../../../shared/align/quotes/index';
import type { Bead } from '../../../shared/align/sentences';
import { Lexicon } from '../../../shared/align/similarity';
import { SverkaError } from '../../../shared/errors';
import { lineSegments } from '../../../shared/text/lines';
import { segment } from '../../../shared/text/segment';
import type { Lang, Segment } from '../../../shared/types';
import { baseLexicon } from '../../services/lexicon/base';
import { ALIGN_BOOLEAN_FLAGS } from '../align-process';
import type { AlignThread } from '../align-thread';
import type { CliCommand } from '../types';

/** The JSON document `align --json` prints (see ../shared/eval/CLI-CONTRACT.md). */
export interface AlignOutput {
  source: { lang: string; segments: Segment[] };
  target: { lang: string; segments: Segment[] };
  beads: Bead[];
  quotes: QuoteAlignment[];
  /**
   * What the app stores from this plan (fields the scorers ignore): `sentences` when the German
   * text is a full translation (every bead with German becomes a sentence pair), `quotes` when
   * only the quotations are linked; `reason` is the line the app shows.
   */
  mode: 'sentences' | 'quotes';
  reason: string;
}

/**
 * Reads a document through the same input gate as `segment` and the app (encodings, .docx,
 * .html, size and empty checks). A UTF-8 byte-order mark stays in the text as U+FEFF at offset
 * 0, as the scoring scripts (Python's utf-8 codec) read it, so that offsets agree with theirs.
 * Loaded on demand: the decoders are not needed to print help.
 */
async function readDocument(file: string, encoding: string | undefined): Promise<string> {
  const { readDocumentFile } = await import('../../services/import/file');
  const doc = await readDocumentFile(file, { keepBom: true, ...(encoding ? { encoding } : {}) });
  return doc.text;
}

/** Reads a UTF-8 file (the dictionary TSV) with a byte-order mark kept as U+FEFF. */
function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SverkaError(code === 'ENOENT' ? 'NOT_FOUND' : 'IO_ERROR', `Cannot read ${file}: ${(err as Error).message}`, { file });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SverkaError('DECODE_FAILED', `${file} is not valid UTF-8`, { file });
  }
}

/** Options of `alignDocuments`. */
export interface AlignDocumentsOptions {
  sourceLang: Lang;
  targetLang: Lang;
  segmented: boolean;
  lexicon?: Lexicon;
  userLexicon?: BilingualLexicon;
  stored?: readonly BilingualLexicon[];
}

/** Aligns two decoded documents; the pure core of the `align` command (the app's planner). */
export function alignDocuments(sourceText: string, targetText: string, opts: AlignDocumentsOptions): AlignOutput {
  const { output, beadQuotes } = planDocuments(sourceText, targetText, opts);
  if (beadQuotes) output.quotes = alignQuotes(beadQuotes);
  return output;
}

/**
 * Milliseconds since the process started (as `performance.now()`, whose first use loads
 * perf_hooks: a few milliseconds of a run's critical path).
 */
const uptimeMs = (): number => process.uptime() * 1000;

/**
 * `alignDocuments`, with the quotations of a long translation left to `thread` when there is one:
 * it is given the texts and segments before the alignment starts, and the output's `quotes` are
 * then empty and `beadQuotes` holds what places them.
 */
function planDocuments(
  sourceText: string,
  targetText: string,
  opts: AlignDocumentsOptions,
  thread: AlignThread | null = null,
  ready: JsonReady | null = null,
): { output: AlignOutput; beadQuotes?: AlignQuotesInput } {
  const sourceSegments = opts.segmented ? lineSegments(sourceText) : segment(sourceText, opts.sourceLang).segments;
  const targetSegments = opts.segmented ? lineSegments(targetText) : segment(targetText, opts.targetLang).segments;
  const source = { lang: opts.sourceLang, segments: sourceSegments };
  const target = { lang: opts.targetLang, segments: targetSegments };
  thread?.prepare(sourceText, sourceSegments, targetText, targetSegments);
  // Where this thread would wait for the other's tables, it writes the output's sides as JSON
  // instead (kept until the output is written: the same bytes, sooner).
  if (thread && ready) thread.whileWaiting(() => ready.render([source, target], JSON_FIELD_DEPTH));
  // The thread analyses most of the German side while this one analyses the rest: its tables
  // are waited for at most as long as this thread's part took (about what they would take here).
  const planStart = uptimeMs();
  // With a database (--db): its lexicons, as the app aligns (base, user dictionaries, learned pairs).
  // Read on first use: only the order-free quotation search asks for them, and a long
  // translation (its quotations placed by the sentence beads) never does; parsing the base
  // lexicon is a few hundred milliseconds and about 20 MB of a whole `align` run.
  let lexicons: readonly BilingualLexicon[] | undefined;
  const plan = planAlignment({
    sourceText,
    sourceSegments,
    targetText,
    targetSegments,
    ...(opts.lexicon ? { sentenceLexicon: opts.lexicon } : {}),
    get lexicons(): readonly BilingualLexicon[] {
      if (!lexicons) {
        const base = opts.stored ? null : baseLexicon();
        lexicons = [...(opts.stored ?? (base ? [base] : [])), ...(opts.userLexicon ? [opts.userLexicon] : [])];
      }
      return lexicons;
    },
    deferBeadQuotes: thread !== null,
    ...(thread
      ? {
          onFirstPass: (raw: readonly RawBead[]) => thread.firstPass(raw),
          onBeads: (beads: readonly Bead[]) => thread.sendBeads(beads),
          foreignTarget: thread.targetTail(() => uptimeMs() - planStart),
        }
      : {}),
  });
  const output: AlignOutput = {
    source,
    target,
    beads: plan.beads,
    quotes: plan.quotes,
    mode: plan.translation ? 'sentences' : 'quotes',
    reason: plan.reason,
  };
  return plan.beadQuotes ? { output, beadQuotes: plan.beadQuotes } : { output };
}

/** (Russian, German) pairs of a two-column TSV dictionary (comments and a language-code header skipped). */
function tsvPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [ru, de] = line.split('\t');
    if (!ru || !de || (/^[a-z]{2,3}$/i.test(ru.trim()) && /^[a-z]{2,3}$/i.test(de.trim()))) continue;
    out.push([ru, de]);
  }
  return out;
}

/**
 * The lexicons of a database (base, the user's dictionaries for every project or `project`,
 * the learned pairs); the database layer is loaded only for this.
 */
async function storedLexicons(dbFile: string, project: string | boolean | undefined): Promise<BilingualLexicon[]> {
  const projectId = typeof project === 'string' ? Number(project) : null;
  if (projectId !== null && !(Number.isInteger(projectId) && projectId > 0)) throw new SverkaError('BAD_REQUEST', '--project must be a project id.');
  const [{ openDatabase }, { LexiconStore }, path] = await Promise.all([import('../../db/connection'), import('../../services/lexicon/store'), import('node:path')]);
  const db = openDatabase(path.resolve(dbFile));
  try {
    return new LexiconStore(db).forProject(projectId);
  } finally {
    db.close();
  }
}

/** Characters `writeJson` gathers before handing them on. */
const JSON_PIECE = 1 << 16;

/** Levels of the output that `writeJson` writes itself; a field of the output is walked one less deep. */
const JSON_DEPTH = 3;
const JSON_FIELD_DEPTH = JSON_DEPTH - 1;

/**
 * JSON texts of parts of an output written before the rest exists (`render`), which
 * `writeJsonAwaiting` writes in their place: the bytes its walk gives them, produced sooner. The
 * parts must not change after they were rendered.
 */
export class JsonReady {
  private readonly texts = new Map<object, string>();

  /** Renders each of `values` as `writeJson`'s walk writes it at `depth` levels. */
  render(values: readonly object[], depth: number): void {
    for (const v of values) {
      let text = '';
      const json = new JsonPieces((t) => (text += t));
      json.walk(v, depth);
      json.flush();
      this.texts.set(v, text);
    }
  }

  /** The JSON text rendered for `value`, if any. */
  get(value: unknown): string | undefined {
    return value !== null && typeof value === 'object' ? this.texts.get(value) : undefined;
  }
}

/**
 * `JSON.stringify(value)` and a line end handed to `write` in pieces of about JSON_PIECE characters: the objects and
 * arrays of the first three levels (the output, its sides and lists, their segments, beads and
 * quotations) are written out here, anything deeper by `JSON.stringify`, with the same bytes.
 * A long document's output (1.6 MB on newstest2012 as one document) then never exists as one
 * string and one buffer of that size. (Kept here: importing the CLI context would load the
 * database layer this command never uses.)
 */
export function writeJson(value: unknown, write: (text: string) => void, ready?: JsonReady): void {
  const json = new JsonPieces(write, ready);
  json.walk(value, JSON_DEPTH);
  json.end();
}

/**
 * `writeJson` of the object `value` whose field `key` is given later (`later`): the fields before
 * it are written while it is awaited. The same bytes as `writeJson` of the finished object.
 */
export async function writeJsonAwaiting(value: object, write: (text: string) => void, key: string, later: Promise<unknown>, ready?: JsonReady): Promise<void> {
  const json = new JsonPieces(write, ready);
  await json.walkObject(value, JSON_DEPTH, key, later);
  json.end();
}

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const skipped = (x: unknown): boolean => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/** Items of a list that `JsonPieces.walk` writes with one `JSON.stringify` call, at most. */
const JSON_RUN = 32;

/**
 * Whether `walk(x, depth)` writes the bytes of `JSON.stringify(x)`: unless an object within
 * `depth` levels of `x` has a `toJSON` method (`walk` calls it with the key '', JSON.stringify
 * with the object's key or index). Deeper objects are written by JSON.stringify either way.
 */
function plainTo(x: unknown, depth: number): boolean {
  if (x === null || typeof x !== 'object') return true;
  if (typeof (x as { toJSON?: unknown }).toJSON === 'function') return false;
  if (depth === 0) return true;
  const values: unknown[] = Array.isArray(x) ? x : Object.values(x);
  for (let k = 0; k < values.length; k++) if (!plainTo(values[k], depth - 1)) return false;
  return true;
}

/** How many items of `v` from `i` on (at most JSON_RUN) `walk(item, depth)` writes as JSON.stringify does. */
function plainRun(v: readonly unknown[], i: number, depth: number): number {
  const end = Math.min(v.length, i + JSON_RUN);
  for (let k = i; k < end; k++) if (!plainTo(v[k], depth)) return k - i;
  return end - i;
}

/** The writer of `writeJson`: JSON text gathered into pieces of about JSON_PIECE characters. */
class JsonPieces {
  private buf = '';
  constructor(
    private readonly write: (text: string) => void,
    private readonly ready?: JsonReady,
  ) {}

  private emit(t: string): void {
    this.buf += t;
    if (this.buf.length >= JSON_PIECE) {
      this.write(this.buf);
      this.buf = '';
    }
  }

  walk(v: unknown, depth: number): void {
    const text = this.ready?.get(v);
    if (text !== undefined) {
      this.emit(text);
      return;
    }
    if (depth === 0 || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      this.emit(JSON.stringify(v));
    } else if (Array.isArray(v)) {
      this.emit('[');
      for (let i = 0; i < v.length; ) {
        // A list's items (segments, beads, quotations) are written JSON_RUN at a time by one
        // `JSON.stringify` call, its brackets cut off: the same bytes, a native call instead of
        // thousands. Items with a `toJSON` within reach of the walk go singly (plainTo).
        const run = plainRun(v, i, depth - 1);
        if (run > 0) {
          const text = JSON.stringify(v.slice(i, i + run));
          this.emit(`${i > 0 ? ',' : ''}${text.slice(1, -1)}`);
          i += run;
          continue;
        }
        if (i > 0) this.emit(',');
        const x: unknown = v[i];
        this.walk(skipped(x) ? null : x, depth - 1);
        i++;
      }
      this.emit(']');
    } else {
      let first = true;
      this.emit('{');
      for (const [k, x] of Object.entries(v)) {
        if (skipped(x)) continue;
        this.emit(`${first ? '' : ','}${JSON.stringify(k)}:`);
        first = false;
        this.walk(x, depth - 1);
      }
      this.emit('}');
    }
  }

  /** `walk` of a plain object whose field `key` is `await later` (in the place of the field). */
  async walkObject(v: object, depth: number, key: string, later: Promise<unknown>): Promise<void> {
    let first = true;
    this.emit('{');
    for (const [k, own] of Object.entries(v)) {
      if (k === key && this.buf) {
        // What is ready goes out while the field is awaited.
        this.write(this.buf);
        this.buf = '';
      }
      const x: unknown = k === key ? await later : own;
      if (skipped(x)) continue;
      this.emit(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      this.walk(x, depth - 1);
    }
    this.emit('}');
  }

  /** Writes what is left (no line end). */
  flush(): void {
    if (this.buf) this.write(this.buf);
    this.buf = '';
  }

  /** Writes what is left, with a line end. */
  end(): void {
    this.write(`${this.buf}\n`);
    this.buf = '';
  }
}

/**
 * The quotations `beadQuotes` place: by `thread` when it gives them, else here. The thread is
 * waited for at most as long as the run has taken so far (its answer takes a small part of that).
 */
async function placeQuotes(thread: AlignThread | null, beadQuotes: AlignQuotesInput): Promise<QuoteAlignment[]> {
  const beads = beadQuotes.beads as readonly Bead[];
  return (await thread?.place(beads, uptimeMs())) ?? alignQuotes(beadQuotes);
}

/** A flag's value, or a typed error naming the missing flag. */
export function requireFlag(flags: Record<string, string | boolean>, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v === '') throw new SverkaError('BAD_REQUEST', `Missing --${name} <value>`);
  return v;
}

function oneLine(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/**
 * The `align` command; with `thread` (the launcher's, for long documents) a long translation's
 * quotations are placed on that thread, and by this one when the thread gives no answer.
 */
export function alignCommands(thread: AlignThread | null = null): CliCommand[] {
  return [
    {
      name: 'align',
      summary: 'Align a Russian original with its German translation (sentences and quotations), offline',
      usage:
        'align --source <file> --target <file> --source-lang ru --target-lang de [--segmented] [--encoding cp1251] [--source-encoding ..] [--target-encoding ..] [--dictionary <tsv>] [--db <file> [--project <id>]] [--json]',
      booleanFlags: ALIGN_BOOLEAN_FLAGS,
      async run(args, io) {
        const sourceFile = requireFlag(args.flags, 'source');
        const targetFile = requireFlag(args.flags, 'target');
        const sourceLang = typeof args.flags['source-lang'] === 'string' ? args.flags['source-lang'] : 'ru';
        const targetLang = typeof args.flags['target-lang'] === 'string' ? args.flags['target-lang'] : 'de';
        const dict = args.flags['dictionary'];
        const dictText = typeof dict === 'string' ? readUtf8(dict) : undefined;
        const lexicon = dictText !== undefined ? Lexicon.fromTsv(dictText) : undefined;
        // The same dictionary (Russian<TAB>German) feeds the quotation search, German first.
        const userLexicon = dictText !== undefined ? BilingualLexicon.fromPairs(tsvPairs(dictText).map(([ru, de]) => [de, ru] as const)) : undefined;
        const encoding = (side: 'source' | 'target'): string | undefined => {
          const v = args.flags[`${side}-encoding`] ?? args.flags['encoding'];
          return typeof v === 'string' && v !== '' ? v : undefined;
        };
        // Both files are read at once (the second one's reads overlap the first one's decoding);
        // a failure is reported for the source first, as when they were read in turn.
        const sourceRead = readDocument(sourceFile, encoding('source'));
        const targetRead = readDocument(targetFile, encoding('target'));
        targetRead.catch(() => undefined);
        const sourceText = await sourceRead;
        const targetText = await targetRead;
        const stored = typeof args.flags['db'] === 'string' ? await storedLexicons(args.flags['db'], args.flags['project']) : undefined;
        const ready = thread && args.flags['json'] ? new JsonReady() : null;
        const { output: out, beadQuotes } = planDocuments(
          sourceText,
          targetText,
          {
            sourceLang,
            targetLang,
            segmented: args.flags['segmented'] === true,
            ...(lexicon ? { lexicon } : {}),
            ...(userLexicon ? { userLexicon } : {}),
            ...(stored ? { stored } : {}),
          },
          thread,
          ready,
        );
        // A long translation's quotations come last in the output: placed on the thread, they are
        // awaited only after the rest is written (by this thread when the thread gives none).
        const quotes = beadQuotes ? placeQuotes(thread, beadQuotes) : null;
        if (quotes && args.flags['json']) {
          await writeJsonAwaiting(out, io.out, 'quotes', quotes.then((q) => (out.quotes = q)), ready ?? undefined);
          return 0;
        }
        if (quotes) out.quotes = await quotes;
        if (args.flags['json']) {
          writeJson(out, io.out, ready ?? undefined);
          return 0;
        }
        const src = out.source.segments;
        const tgt = out.target.segments;
        for (const b of out.beads) {
          const s = b.source.map((i) => src[i]!.text).join(' ');
          const t = b.target.map((j) => tgt[j]!.text).join(' ');
          io.out(`${b.score.toFixed(2)}  [${b.source.join(',')}]:[${b.target.join(',')}]  ${oneLine(s)}  |  ${oneLine(t)}\n`);
        }
        for (const q of out.quotes) {
          io.out(`quote ${q.kind} ${q.score.toFixed(2)}  ${oneLine(q.target.text)}  ->  ${q.source ? oneLine(q.source.text) : '(not in the source)'}\n`);
        }
        return 0;
      },
    },
  ];
}

export const commands: CliCommand[] = alignCommands();
