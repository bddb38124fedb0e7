import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../fixtures/formats/generate';
import { rawRequest, type RawResponse } from '../../support/http';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { buildOnce } from '../../support/web';

// The HTTP surface of `npm run web`, probed with malformed requests of many kinds against the
// real process: none may end it or reach a handler's internals (5xx); afterwards it still
// serves the page and the contract. Bounded: 1,000 requests, 16 at a time, 3 s each at most.

let child: ChildProcess;
let port = 0;
let token = '';
let stderr = '';

beforeAll(async () => {
  buildOnce();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-fuzz-'));
  child = spawn(nodeBin, [dist('electron', 'web.cjs'), '--port', '0', '--db', path.join(dir, 'fuzz.db')], {
    cwd: repoRoot,
    env: { ...process.env, SVERKA_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${stderr}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`web bridge exited with ${code}: ${stderr}`)));
  });
  const u = new URL(url);
  port = Number(u.port);
  token = u.searchParams.get('token')!;
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

type Kind = (r: () => number) => string | Buffer;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const host = () => `Host: 127.0.0.1:${port}\r\n`;
const auth = () => `X-Sverka-Token: ${token}\r\n`;
const garbage = (r: () => number, n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));

/** Twenty kinds of malformed request, each with seeded variations. */
const KINDS: Record<string, Kind> = {
  'target new URL() rejects': (r) => `GET ${pick(r, ['http://[::1', 'http://[', 'http://%zz/', 'http://a b/'])} HTTP/1.1\r\n${host()}\r\n`,
  'protocol-relative target': (r) => `GET //${pick(r, ['[::1', 'evil.example/x', '%00'])} HTTP/1.1\r\n${host()}\r\n`,
  'malformed escape in an API path': (r) => `POST /api/${pick(r, ['%E0%A4%A', '%', '%C0%AF', '%ED%A0%80', 'x%'])} HTTP/1.1\r\n${host()}${auth()}Content-Length: 2\r\n\r\n{}`,
  'malformed escape in a file path': (r) => `GET /${pick(r, ['%zz', '%', '%E0%A4', '%00', '..%2f..%2fetc%2fpasswd'])}?token=${token} HTTP/1.1\r\n${host()}\r\n`,
  'asterisk or authority target': (r) => `${pick(r, ['OPTIONS *', 'CONNECT 127.0.0.1:1', 'GET *', 'POST 127.0.0.1'])} HTTP/1.1\r\n${host()}\r\n`,
  'invalid method token': (r) => `${pick(r, ['G@T', 'GE T', '', 'PO\u0000ST'])} / HTTP/1.1\r\n${host()}\r\n`,
  'bad HTTP version': (r) => `GET / ${pick(r, ['HTTP/9.9', 'HTTP/1.x', 'HTTX/1.1', 'HTTP/1', ''])}\r\n${host()}\r\n`,
  'header without a colon': () => `GET / HTTP/1.1\r\n${host()}NoColonHere\r\n\r\n`,
  'control character in a header': (r) => `GET / HTTP/1.1\r\n${host()}X-A: a${pick(r, ['\u0000', '\u0001', '\u007f', '\r'])}b\r\n\r\n`,
  'oversized header': (r) => `GET / HTTP/1.1\r\n${host()}X-Big: ${'a'.repeat(17_000 + Math.floor(r() * 20_000))}\r\n\r\n`,
  'invalid Content-Length': (r) => `POST /api/app.info HTTP/1.1\r\n${host()}${auth()}Content-Length: ${pick(r, ['abc', '-1', '1e3', '0x10', '99999999999999999999'])}\r\n\r\n{}`,
  'conflicting Content-Lengths': () => `POST /api/app.info HTTP/1.1\r\n${host()}${auth()}Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}`,
  'bad chunked encoding': (r) => `POST /api/app.info HTTP/1.1\r\n${host()}${auth()}Transfer-Encoding: chunked\r\n\r\n${pick(r, ['zz\r\n{}\r\n0\r\n\r\n', '2\r\n{}XX0\r\n\r\n', '-1\r\n\r\n'])}`,
  'chunked and Content-Length together': () => `POST /api/app.info HTTP/1.1\r\n${host()}${auth()}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
  'body shorter than announced': (r) => `POST /api/projects.create HTTP/1.1\r\n${host()}${auth()}Content-Length: ${100 + Math.floor(r() * 1000)}\r\n\r\n{"name":`,
  'body that is not JSON or too deep': (r) => {
    const body = pick(r, ['{"name": ', '\u00ff\u00fe', '['.repeat(200_000), 'null', '"x"', '{"__proto__": {"x": 1}}']);
    return Buffer.concat([Buffer.from(`POST /api/${pick(r, ['projects.create', 'tm.lookup', 'app.info'])} HTTP/1.1\r\n${host()}${auth()}Content-Length: ${Buffer.byteLength(body, 'latin1')}\r\n\r\n`), Buffer.from(body, 'latin1')]);
  },
  'bytes that are not ASCII in the target': (r) => Buffer.concat([Buffer.from('GET /'), garbage(r, 1 + Math.floor(r() * 8)).map((b) => (b < 0x80 ? b | 0x80 : b)), Buffer.from(` HTTP/1.1\r\n${host()}\r\n`)]),
  'missing or foreign Host': (r) => `GET /?token=${token} HTTP/1.1\r\n${pick(r, ['', 'Host: evil.example\r\n', 'Host: 127.0.0.1\r\n', 'Host: [::1\r\n', `Host: 127.0.0.1:${port}\r\nHost: evil\r\n`])}\r\n`,
  'random bytes': (r) => garbage(r, 1 + Math.floor(r() * 300)),
  'mutated valid request': (r) => {
    const valid = Buffer.from(`POST /api/app.info HTTP/1.1\r\n${host()}${auth()}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`);
    const flips = 1 + Math.floor(r() * 4);
    for (let i = 0; i < flips; i++) valid[Math.floor(r() * valid.length)] = Math.floor(r() * 256);
    return valid;
  },
};

/** A malformed request may be refused (4xx), closed, or (an API call with a bad body) answered with a failure Result. */
function acceptable(res: RawResponse): boolean {
  if (res.status === 0) return true;
  if (res.status >= 400 && res.status < 500) return true;
  return res.status === 200 && /"ok":(false|true)/.test(res.text);
}

describe('HTTP fuzz of the web bridge', () => {
  it('survives 1,000 malformed requests of 20 kinds and still answers a valid one', async () => {
    const kinds = Object.entries(KINDS);
    expect(kinds).toHaveLength(20);
    const r = rng(20_261_127);
    const jobs = Array.from({ length: 1000 }, (_, i) => kinds[i % kinds.length]!);
    const failures: string[] = [];
    const seen = new Map<number, number>();
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const [name, make] = jobs[next++]!;
        const bytes = make(r);
        const res = await rawRequest(port, bytes, { timeoutMs: 3000, halfClose: true });
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        if (!acceptable(res)) failures.push(`${name}: ${res.text.slice(0, 120)}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    const seconds = (Date.now() - started) / 1000;
    // Shows in the test log: how the server answered and how long the run took.
    process.stdout.write(`fuzz: 1000 requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(seen))}\n`);
    expect(failures).toEqual([]);
    expect(child.exitCode).toBeNull();
    expect(stderr).not.toMatch(/a request failed/);
    // The malformed requests were actually refused as such, not merely ignored.
    expect(seen.get(400) ?? 0).toBeGreaterThan(300);

    const page = await rawRequest(port, `GET /?token=${token} HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`);
    expect(page.status).toBe(200);
    const api = await rawRequest(port, `POST /api/app.info HTTP/1.1\r\n${host()}${auth()}Content-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(api.status).toBe(200);
    expect(api.text).toContain('"ok":true');
  }, 120_000);
});
