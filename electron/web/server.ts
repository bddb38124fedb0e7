import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fail, type Result } from '../../shared/ipc/result';
import type { Dispatch } from '../ipc/dispatch';
import { CSP, mimeType } from '../main/security';

export interface WebServerOptions {
  dispatch: Dispatch;
  rendererRoot: string;
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
  /** Largest accepted request body in bytes. */
  maxBody?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const COOKIE = 'sverka_token';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** Resolves a request path inside `root`, or null for anything outside it. */
export function resolveStatic(root: string, pathname: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (p.includes('\0') || p.includes('\\')) return null;
  if (p === '/' || p === '') p = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${p}`);
  return file.startsWith(base + path.sep) ? file : null;
}

/**
 * The loopback bridge: serves the built renderer and the IPC contract over HTTP on 127.0.0.1.
 * A per-launch token (in the printed URL, then in a SameSite=Strict cookie) guards every
 * request; a foreign Host or Origin header is refused, which defeats DNS rebinding and
 * cross-site requests.
 */
export function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const maxBody = opts.maxBody ?? 150 * 1024 * 1024;
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const send = (res: http.ServerResponse, status: number, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
    res.writeHead(status, {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(body);
  };
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    send(res, status, message, { 'content-type': 'text/plain; charset=utf-8' });

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) return refuse(res, 403, 'Forbidden: unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return refuse(res, 403, 'Forbidden: foreign origin.');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const queryToken = url.searchParams.get('token');
    const presented = queryToken ?? req.headers['x-sverka-token']?.toString() ?? readCookie(req.headers.cookie, COOKIE);
    if (!presented || !safeEqual(presented, token)) return refuse(res, 403, 'Forbidden: missing or wrong token.');
    const cookie = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const chunks: Buffer[] = [];
      let size = 0;
      let aborted = false;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBody) {
          aborted = true;
          refuse(res, 413, 'Request too large.');
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => {
        if (aborted) return;
        let payload: unknown;
        let result: Promise<Result<unknown>>;
        try {
          const raw = Buffer.concat(chunks).toString('utf8');
          payload = raw.length ? JSON.parse(raw) : {};
          result = opts.dispatch(channel, payload);
        } catch {
          result = Promise.resolve(fail('BAD_REQUEST', 'The request body is not valid JSON.'));
        }
        void result.then((r) =>
          send(res, 200, JSON.stringify(r), { 'content-type': 'application/json; charset=utf-8' }),
        );
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    const file = resolveStatic(opts.rendererRoot, url.pathname);
    if (!file) return refuse(res, 404, 'Not found.');
    fs.readFile(file, (err, body) => {
      if (err) return refuse(res, 404, 'Not found.');
      const headers: http.OutgoingHttpHeaders = { 'content-type': mimeType(file) };
      if (file.endsWith('.html')) {
        headers['content-security-policy'] = CSP;
        headers['set-cookie'] = cookie;
      }
      send(res, 200, body, headers);
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
