import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { startWebServer, type WebServer } from '../../../electron/web/server';

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
