import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/**
 * A DeepL stand-in on 127.0.0.1 for tests: it answers what deepl-node calls (/v2/translate,
 * /v2/usage, /v2/languages, /v3/glossaries ...) with DeepL's request and response shapes,
 * counts every request and can inject each fault the MT service must survive.
 * Translations are deterministic: `[DE] <text>` (or `[RU] ...`), with glossary terms replaced.
 */

/** A fault for the next matching requests. */
export type StandinFault =
  /** Answer with this status (403 bad key, 429, 5xx ...) `times` times (default: until cleared). */
  | { kind: 'status'; status: number; times?: number; path?: string; message?: string }
  /** 456 for every translate request once `texts` texts have been translated in total. */
  | { kind: 'quotaAfter'; texts: number }
  /** Answer only after `ms` (for timeouts), `times` times (default: until cleared). */
  | { kind: 'delay'; ms: number; times?: number; path?: string }
  /** Stop listening: new connections are refused (ECONNREFUSED) until `clear()`. */
  | { kind: 'refuse' }
  /** Drop the connection without an answer (ECONNRESET), `times` times. */
  | { kind: 'reset'; times?: number; path?: string };

export interface StandinRequestLog {
  method: string;
  path: string;
  /** Form or query fields (every value of a repeated field, e.g. `text`). */
  params: Record<string, string[]>;
  status: number;
  /** Whether the request carried an accepted key (the key itself is not recorded). */
  authorized: boolean;
}

export interface StandinCounts {
  /** Every request that reached the server, by `METHOD /path` (ids replaced by `:id`). */
  byRoute: Record<string, number>;
  total: number;
  /** Texts in translate requests that were answered with 200. */
  translatedTexts: number;
  translatedCharacters: number;
  maxTextsPerRequest: number;
  maxBodyBytes: number;
  /** Requests being answered right now, and the most there ever were at once. */
  inFlight: number;
  maxInFlight: number;
}

export interface StandinOptions {
  /** Keys the stand-in accepts (default: one, returned as `key`). */
  keys?: string[];
  characterLimit?: number;
  /** Fixed port (default: any free one). */
  port?: number;
  /**
   * Words and phrases the stand-in "translates" (replaced in the text like glossary terms,
   * longest first), for tests that need words of the target language in a translation.
   */
  phrasebook?: Readonly<Record<string, string>>;
}

export interface DeeplStandin {
  url: string;
  /** The accepted key (the first of `opts.keys`). */
  key: string;
  counts: StandinCounts;
  requests: StandinRequestLog[];
  glossaries: Map<string, StoredGlossary>;
  inject(fault: StandinFault): void;
  /** Removes every fault (and listens again after `refuse`). */
  clear(): Promise<void>;
  /** Zeroes the counters and the request log. */
  resetCounts(): void;
  close(): Promise<void>;
}

export interface StoredGlossary {
  glossary_id: string;
  name: string;
  creation_time: string;
  dictionaries: Map<string, { source_lang: string; target_lang: string; entries: Map<string, string> }>;
}

const LANGS = [
  { language: 'DE', name: 'German', supports_formality: true },
  { language: 'RU', name: 'Russian', supports_formality: true },
  { language: 'EN-GB', name: 'English (British)', supports_formality: false },
];

const MAX_BODY = 128 * 1024;

function routeOf(method: string, path: string): string {
  return `${method} ${path.replace(/\/v3\/glossaries\/[^/]+/, '/v3/glossaries/:id')}`;
}

function parseTsv(tsv: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of tsv.split(/\r?\n/)) {
    if (!line) continue;
    const [s, t] = line.split('\t');
    if (s && t) m.set(s, t);
  }
  return m;
}

function toTsv(entries: Map<string, string>): string {
  return [...entries].map(([s, t]) => `${s}\t${t}`).join('\n');
}

function infoOf(g: StoredGlossary) {
  return {
    glossary_id: g.glossary_id,
    name: g.name,
    creation_time: g.creation_time,
    dictionaries: [...g.dictionaries.values()].map((d) => ({
      source_lang: d.source_lang,
      target_lang: d.target_lang,
      entry_count: d.entries.size,
    })),
  };
}

function fakeTranslate(text: string, target: string, dict: Map<string, string> | undefined): string {
  let out = text;
  if (dict) {
    // Longest terms first, so a multi-word term wins over a word inside it.
    for (const [s, t] of [...dict].sort((a, b) => b[0].length - a[0].length)) out = out.split(s).join(t);
  }
  return `[${target.toUpperCase()}] ${out}`;
}

export async function startDeeplStandin(opts: StandinOptions = {}): Promise<DeeplStandin> {
  const keys = opts.keys ?? [`standin-${randomUUID()}:fx`];
  const characterLimit = opts.characterLimit ?? 500_000;
  let characterCount = 0;
  let faults: Array<StandinFault & { left: number }> = [];
  const glossaries = new Map<string, StoredGlossary>();
  const counts: StandinCounts = {
    byRoute: {},
    total: 0,
    translatedTexts: 0,
    translatedCharacters: 0,
    maxTextsPerRequest: 0,
    maxBodyBytes: 0,
    inFlight: 0,
    maxInFlight: 0,
  };
  const requests: StandinRequestLog[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const takeFault = (kind: StandinFault['kind'], path: string) => {
    const f = faults.find((x) => x.kind === kind && x.left > 0 && (!('path' in x) || !x.path || x.path === path));
    if (f) f.left--;
    return f;
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const route = routeOf(method, path);
    counts.total++;
    counts.inFlight++;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    res.on('close', () => counts.inFlight--);
    counts.byRoute[route] = (counts.byRoute[route] ?? 0) + 1;
    counts.maxBodyBytes = Math.max(counts.maxBodyBytes, body.length);
    const ctype = req.headers['content-type'] ?? '';
    const form = new URLSearchParams(
      method === 'GET' || method === 'DELETE' ? url.search : ctype.includes('json') ? '' : body.toString('utf8'),
    );
    const params: Record<string, string[]> = {};
    for (const k of new Set(form.keys())) params[k] = form.getAll(k);
    const auth = req.headers.authorization ?? '';
    const authorized = keys.some((k) => auth === `DeepL-Auth-Key ${k}`);
    const log: StandinRequestLog = { method, path, params, status: 0, authorized };
    requests.push(log);

    const send = (status: number, payload?: unknown) => {
      log.status = status;
      if (payload === undefined) {
        res.writeHead(status).end();
        return;
      }
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json' }).end(text);
    };
    const answer = () => {
      const reset = takeFault('reset', path);
      if (reset) {
        log.status = -1;
        req.socket.destroy();
        return;
      }
      const forced = takeFault('status', path);
      if (forced && forced.kind === 'status') return send(forced.status, { message: forced.message ?? `Injected ${forced.status}` });
      if (!authorized) return send(403, { message: 'Forbidden' });
      if (body.length > MAX_BODY) return send(413, { message: 'Request Entity Too Large' });

      if (method === 'GET' && path === '/v2/usage') {
        return send(200, { character_count: characterCount, character_limit: characterLimit });
      }
      if (method === 'GET' && path === '/v2/languages') return send(200, LANGS);
      if (method === 'POST' && path === '/v2/translate') {
        const texts = form.getAll('text');
        const target = form.get('target_lang');
        if (!target || texts.length === 0) return send(400, { message: "Parameter 'text' or 'target_lang' not specified." });
        if (texts.length > 50) return send(413, { message: 'Too many texts' });
        counts.maxTextsPerRequest = Math.max(counts.maxTextsPerRequest, texts.length);
        const quota = faults.find((f) => f.kind === 'quotaAfter');
        if (quota && quota.kind === 'quotaAfter' && counts.translatedTexts + texts.length > quota.texts) {
          return send(456, { message: 'Quota exceeded' });
        }
        const chars = texts.reduce((n, t) => n + [...t].length, 0);
        if (characterCount + chars > characterLimit) return send(456, { message: 'Quota exceeded' });
        const source = (form.get('source_lang') ?? 'auto').toLowerCase();
        let dict: Map<string, string> | undefined;
        const gid = form.get('glossary_id');
        if (gid) {
          const g = glossaries.get(gid);
          if (!g) return send(404, { message: 'Glossary not found' });
          dict = g.dictionaries.get(`${source}>${target.toLowerCase()}`)?.entries;
        }
        const modelType = form.get('model_type');
        characterCount += chars;
        counts.translatedTexts += texts.length;
        counts.translatedCharacters += chars;
        return send(200, {
          translations: texts.map((t) => ({
            detected_source_language: source === 'auto' ? 'RU' : source.toUpperCase(),
            text: fakeTranslate(t, target, opts.phrasebook ? new Map([...Object.entries(opts.phrasebook), ...(dict ?? [])]) : dict),
            ...(form.get('show_billed_characters') === '1' ? { billed_characters: [...t].length } : {}),
            ...(modelType ? { model_type_used: modelType === 'latency_optimized' ? 'latency_optimized' : 'quality_optimized' } : {}),
          })),
        });
      }
      if (path === '/v3/glossaries' && method === 'POST') {
        const name = form.get('name');
        if (!name) return send(400, { message: 'Missing name' });
        const g: StoredGlossary = { glossary_id: randomUUID(), name, creation_time: new Date().toISOString(), dictionaries: new Map() };
        for (let i = 0; form.has(`dictionaries[${i}].source_lang`); i++) {
          const s = form.get(`dictionaries[${i}].source_lang`)!.toLowerCase();
          const t = form.get(`dictionaries[${i}].target_lang`)!.toLowerCase();
          if (form.get(`dictionaries[${i}].entries_format`) !== 'tsv') return send(400, { message: 'Unsupported entries format' });
          g.dictionaries.set(`${s}>${t}`, { source_lang: s, target_lang: t, entries: parseTsv(form.get(`dictionaries[${i}].entries`) ?? '') });
        }
        if (g.dictionaries.size === 0) return send(400, { message: 'No dictionaries' });
        glossaries.set(g.glossary_id, g);
        return send(201, infoOf(g));
      }
      if (path === '/v3/glossaries' && method === 'GET') return send(200, { glossaries: [...glossaries.values()].map(infoOf) });
      const m = /^\/v3\/glossaries\/([^/]+)(\/dictionaries|\/entries)?$/.exec(path);
      if (m) {
        const g = glossaries.get(m[1]!);
        if (!g) return send(404, { message: 'Glossary not found' });
        const sub = m[2];
        if (!sub && method === 'GET') return send(200, infoOf(g));
        if (!sub && method === 'PATCH') {
          const name = form.get('name');
          if (name) g.name = name;
          for (let i = 0; form.has(`dictionaries[${i}].source_lang`); i++) {
            const ds = form.get(`dictionaries[${i}].source_lang`)!.toLowerCase();
            const dt = form.get(`dictionaries[${i}].target_lang`)!.toLowerCase();
            const existing = g.dictionaries.get(`${ds}>${dt}`);
            const merged = new Map([...(existing?.entries ?? []), ...parseTsv(form.get(`dictionaries[${i}].entries`) ?? '')]);
            g.dictionaries.set(`${ds}>${dt}`, { source_lang: ds, target_lang: dt, entries: merged });
          }
          return send(200, infoOf(g));
        }
        if (!sub && method === 'DELETE') {
          glossaries.delete(g.glossary_id);
          return send(204);
        }
        const s = (form.get('source_lang') ?? '').toLowerCase();
        const t = (form.get('target_lang') ?? '').toLowerCase();
        if (sub === '/dictionaries' && method === 'PUT') {
          const entries = parseTsv(form.get('entries') ?? '');
          g.dictionaries.set(`${s}>${t}`, { source_lang: s, target_lang: t, entries });
          return send(200, { source_lang: s, target_lang: t, entry_count: entries.size });
        }
        if (sub === '/dictionaries' && method === 'DELETE') {
          if (!g.dictionaries.delete(`${s}>${t}`)) return send(404, { message: 'Dictionary not found' });
          return send(204);
        }
        if (sub === '/entries' && method === 'GET') {
          const d = g.dictionaries.get(`${s}>${t}`);
          if (!d) return send(404, { message: 'Dictionary not found' });
          return send(200, { dictionaries: [{ source_lang: s, target_lang: t, entries: toTsv(d.entries), entries_format: 'tsv' }] });
        }
      }
      return send(404, { message: 'Not found' });
    };

    const delay = takeFault('delay', path);
    if (delay && delay.kind === 'delay') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) answer();
      }, delay.ms);
      timers.add(timer);
    } else {
      answer();
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      if (!server.listening) return resolve();
      server.close(() => resolve());
      // Keep-alive sockets would otherwise keep serving a "refused" server.
      server.closeAllConnections();
    });
  const port = await listen(opts.port ?? 0);

  return {
    url: `http://127.0.0.1:${port}`,
    key: keys[0]!,
    counts,
    requests,
    glossaries,
    inject(fault) {
      if (fault.kind === 'refuse') {
        void stopListening();
        return;
      }
      const times = 'times' in fault && fault.times !== undefined ? fault.times : Number.POSITIVE_INFINITY;
      faults.push({ ...fault, left: fault.kind === 'quotaAfter' ? Number.POSITIVE_INFINITY : times });
    },
    async clear() {
      faults = [];
      if (!server.listening) await listen(port);
    },
    resetCounts() {
      counts.byRoute = {};
      counts.total = 0;
      counts.translatedTexts = 0;
      counts.translatedCharacters = 0;
      counts.maxTextsPerRequest = 0;
      counts.maxBodyBytes = 0;
      counts.maxInFlight = counts.inFlight;
      requests.length = 0;
    },
    close: stopListening,
  };
}
