import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { rawRequest } from '../../support/http';

let dir: string;
let services: Services;
let server: WebServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-web-'));
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Sverka</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  services = createServices({ dbFile: path.join(dir, 'web.db'), shell: 'web' });
  server = await startWebServer({ dispatch: createDispatch(services), rendererRoot: root });
});

afterAll(async () => {
  await server.close();
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw request so that Host and Origin can be set freely. */
function request(
  pathname: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: pathname, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('the loopback web bridge', () => {
  it('prints a URL on 127.0.0.1 carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page with the token, sets a strict cookie and the CSP', async () => {
    const r = await request(`/?token=${server.token}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it.each([
    ['no token', '/', {}],
    ['a wrong token', '/?token=wrong', {}],
    ['a foreign Host', `/?token=TOKEN`, { host: 'evil.example' }],
    ['a foreign Origin', `/?token=TOKEN`, { origin: 'http://evil.example' }],
  ])('refuses a request with %s', async (_label, p, headers) => {
    const r = await request(p.replace('TOKEN', server.token), { headers });
    expect(r.status).toBe(403);
  });

  it('accepts the cookie instead of the query token', async () => {
    const r = await request('/index.html', { headers: { cookie: `sverka_token=${server.token}` } });
    expect(r.status).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await request(p, { headers: { cookie: `sverka_token=${server.token}` } });
      expect(r.body).not.toContain('outside');
    }
  });

  it('runs contract channels and returns results, including errors for bad payloads', async () => {
    const headers = { cookie: `sverka_token=${server.token}`, 'content-type': 'application/json' };
    const created = await request('/api/projects.create', { method: 'POST', headers, body: JSON.stringify({ name: 'Web' }) });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Web' } });
    const bad = await request('/api/projects.create', { method: 'POST', headers, body: '{"name": ' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const unknown = await request('/api/shell.exec', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const get = await request('/api/projects.list', { headers });
    expect(get.status).toBe(405);
  });
});

describe('malformed requests (each used to end the process)', () => {
  it('answers 400 to a request target new URL() cannot parse, before any token check', async () => {
    const r = await rawRequest(server.port, `GET http://[::1 HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
    expect(r.status).toBe(400);
    const alive = await request(`/?token=${server.token}`);
    expect(alive.status).toBe(200);
  });

  it('answers 400 to a malformed percent-escape in an API path', async () => {
    const r = await rawRequest(
      server.port,
      `POST /api/%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Sverka-Token: ${server.token}\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(r.status).toBe(400);
    const alive = await request('/api/app.info', { method: 'POST', headers: { cookie: `sverka_token=${server.token}` }, body: '{}' });
    expect(JSON.parse(alive.body)).toMatchObject({ ok: true, value: { name: 'Sverka' } });
  });

  it.each([
    ['a protocol-relative target', '//[::1/x'],
    ['an asterisk target', '*'],
    ['a bad escape in a file path', '/%zz.html'],
  ])('answers 400 to %s', async (_label, target) => {
    const r = await rawRequest(server.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
    expect(r.status).toBe(400);
  });
});
