// TMX parse/serialize throughput of shared/formats (no database): units/s and MB/s, with a bare
// saxes pass over the same text as the in-process baseline for the reader.
import { mkdirSync, writeFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { createTmxReader, serializeTmxChunks, type TranslationUnit } from '../shared/formats';

const N = Number(process.env.TMX_BENCH_UNITS ?? 200_000);
const CHUNK = 64 * 1024;

function* units(n: number): Generator<TranslationUnit> {
  for (let i = 0; i < n; i++) {
    const tagged = i % 10 === 0;
    yield {
      id: `t${i}`,
      sourceLang: 'ru',
      targetLang: 'de',
      source: tagged
        ? ['Пресс-секретарь ', { kind: 'open', id: '1', type: 'bold', data: '<b>' }, `заявил ${i}`, { kind: 'close', id: '1', data: '</b>' }, ': «Мы не получали никаких запросов & уведомлений».']
        : [`Пресс-секретарь заявил ${i}: «Мы не получали никаких запросов & уведомлений».`],
      target: [`Der Pressesprecher erklärte ${i}: „Wir haben keine Anfragen & Benachrichtigungen erhalten.“`],
      created: '2026-11-27T04:11:47Z',
      creator: 'anna',
      props: { origin: i % 3 === 0 ? 'machine' : 'human', project: 'Pressespiegel', status: 'translated' },
      notes: i % 5 === 0 ? ['geprüft'] : [],
    };
  }
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const ser = time(() => {
  const parts: string[] = [];
  for (const c of serializeTmxChunks(units(N), { srcLang: 'ru' })) parts.push(c);
  return parts.join('');
});
const text = ser.value;
const mb = (text.length * 2) / 1e6; // UTF-16 code units in memory; the UTF-8 file is ~0.6x of this
const utf8MB = Buffer.byteLength(text, 'utf8') / 1e6;

// Warm both paths up on a small document so the figures compare optimised code.
{
  const small = [...serializeTmxChunks(units(5000), { srcLang: 'ru' })].join('');
  for (let k = 0; k < 3; k++) {
    const r = createTmxReader();
    r.write(small);
    r.end();
    const p = new SaxesParser({ position: true });
    p.on('opentag', () => {});
    p.write(small).close();
  }
}

const bare = time(() => {
  const p = new SaxesParser({ position: true });
  let n = 0;
  p.on('opentag', () => n++);
  p.on('text', () => n++);
  for (let i = 0; i < text.length; i += CHUNK) p.write(text.slice(i, i + CHUNK));
  p.close();
  return n;
});

let peakRss = process.memoryUsage().rss;
const parse = time(() => {
  const r = createTmxReader();
  let n = 0;
  for (let i = 0; i < text.length; i += CHUNK) {
    n += r.write(text.slice(i, i + CHUNK)).length;
    if ((i / CHUNK) % 256 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  n += r.end().length;
  return n;
});
if (parse.value !== N) throw new Error(`parsed ${parse.value} units, expected ${N}`);

// Streamed: writer chunks go straight into the reader, as an import from a file stream would;
// nothing holds the document. Retained heap (the reader's tuid set) is only measurable with
// --expose-gc; without it the figure is left out rather than polluted by uncollected garbage.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let retained = 0;
const streamed = time(() => {
  const r = createTmxReader();
  let n = 0;
  for (const c of serializeTmxChunks(units(N), { srcLang: 'ru' })) n += r.write(c).length;
  if (gc) {
    gc();
    retained = process.memoryUsage().heapUsed - heapBefore;
  }
  return n + r.end().length;
});

const lines = [
  `tmx bench: ${N} units, ${utf8MB.toFixed(1)} MB UTF-8`,
  `serialize: ${(N / (ser.ms / 1000)).toFixed(0)} units/s, ${(utf8MB / (ser.ms / 1000)).toFixed(1)} MB/s (${ser.ms.toFixed(0)} ms)`,
  `parse (createTmxReader, 64 KiB chunks): ${(N / (parse.ms / 1000)).toFixed(0)} units/s, ${(utf8MB / (parse.ms / 1000)).toFixed(1)} MB/s (${parse.ms.toFixed(0)} ms)`,
  `baseline bare saxes pass: ${(utf8MB / (bare.ms / 1000)).toFixed(1)} MB/s (${bare.ms.toFixed(0)} ms); reader/bare time ratio ${(parse.ms / bare.ms).toFixed(2)}x`,
  `streamed write->read of ${N} units: ${streamed.ms.toFixed(0)} ms (${(N / (streamed.ms / 1000)).toFixed(0)} units/s)` +
    (gc ? `, reader state retained before end(): ${(retained / 1e6).toFixed(1)} MB` : ' (run node with --expose-gc for the retained-heap figure)'),
  `projected parse of 1,000,000 such units: ${((parse.ms / N) * 1e6 / 1000).toFixed(1)} s; peak RSS during parse ${(peakRss / 1e6).toFixed(0)} MB (document string ${mb.toFixed(0)} MB held by the bench itself)`,
];
for (const l of lines) console.log(l);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/tmx.json',
  JSON.stringify({ units: N, utf8MB, serializeMs: ser.ms, parseMs: parse.ms, bareSaxesMs: bare.ms, streamedMs: streamed.ms, retainedMB: gc ? retained / 1e6 : null, ratioReaderToBare: parse.ms / bare.ms, peakRssMB: peakRss / 1e6 }, null, 2),
);
