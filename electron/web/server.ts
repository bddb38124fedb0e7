import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../../shared/ipc/result';
import { MAX_REQUEST_BYTES } from '../../shared/limits';
import { debugEnabled } from '../errors';
import type { Dispatch } from '../ipc/dispatch';
import { CSP, mimeType, resolveStatic } from '../main/security';
import { stringifyInSlices } from './json-slices';

export interface WebServerOptions {
  dispatch: Dispatch;
  rendererRoot: string;
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
  /** Largest accepted request body in bytes (default `MAX_REQUEST_BYTES`, which every channel's schema fits in). */
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

/** A request target the bridge accepts: origin-form (`/path?query`), already split and decoded. */
export interface RequestTarget {
  /** The path with its percent-escapes decoded. */
  pathname: string;
  query: URLSearchParams;
}

/**
 * Parses `req.url` without `new URL()` (which throws on targets such as `http://[::1` or
 * `//[::1`). Only origin-form targets are accepted: a browser never sends anything else to
 * this server, and absolute-form, authority-form and `*` targets are for proxies. Returns
 * null for anything malformed (the caller answers 400).
 */
export function parseTarget(raw: string | undefined): RequestTarget | null {
  if (raw === undefined || !raw.startsWith('/') || raw.startsWith('//')) return null;
  // Controls, spaces and non-ASCII never appear in a well-formed request target.
  if (/[^\x21-\x7e]/.test(raw)) return null;
  const q = raw.indexOf('?');
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  return { pathname, query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

/** One line on stderr per failed request; the stack only with SVERKA_DEBUG set. */
function logFailure(err: unknown): void {
  const debug = debugEnabled();
  const text = err instanceof Error ? (debug ? (err.stack ?? err.message) : `${err.name}: ${err.message}`) : String(err);
  try {
    process.stderr.write(`Sverka web bridge: a request failed: ${text}\n`);
  } catch {
    // stderr closed: nothing more to do
  }
}

/**
 * The loopback bridge: serves the built renderer and the IPC contract over HTTP on 127.0.0.1.
 * A per-launch token (in the printed URL, then in a SameSite=Strict cookie) guards every
 * request; a foreign Host or Origin header is refused, which defeats DNS rebinding and
 * cross-site requests.
 *
 * Every request runs inside one guarded path (`guarded`): a malformed request line, target or
 * escape gets 400, and whatever a handler throws (synchronously or later) answers that one
 * request with 500 and never reaches the process. Requests the HTTP parser cannot read at all
 * are answered 400 by the `clientError` handler.
 */
export function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const maxBody = opts.maxBody ?? MAX_REQUEST_BYTES;
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const send = (res: http.ServerResponse, status: number, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
    if (res.headersSent || res.destroyed) {
      if (!res.writableEnded) res.destroy();
      return;
    }
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

  const internalError = (res: http.ServerResponse, err: unknown) => {
    logFailure(err);
    try {
      refuse(res, 500, 'Internal error.');
    } catch {
      res.destroy();
    }
  };

  /** Runs one request's handler so that nothing it throws or rejects escapes the request. */
  const guarded = (req: http.IncomingMessage, res: http.ServerResponse, handler: () => void | Promise<void>) => {
    // Without listeners, a reset connection's 'error' would be an uncaught exception.
    req.on('error', () => res.destroy());
    res.on('error', () => res.destroy());
    try {
      const pending = handler();
      if (pending) pending.catch((err: unknown) => internalError(res, err));
    } catch (err) {
      internalError(res, err);
    }
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void | Promise<void> => {
    // RFC 9112: a request with more than one Host header is answered 400 (Node keeps the first).
    let hosts = 0;
    for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') hosts++;
    if (hosts > 1) return refuse(res, 400, 'Bad request: more than one Host header.');
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) return refuse(res, 403, 'Forbidden: unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return refuse(res, 403, 'Forbidden: foreign origin.');
    }
    const target = parseTarget(req.url);
    if (!target) return refuse(res, 400, 'Bad request: malformed request target.');
    const queryToken = target.query.get('token');
    const presented = queryToken ?? req.headers['x-sverka-token']?.toString() ?? readCookie(req.headers.cookie, COOKIE);
    if (!presented || !safeEqual(presented, token)) return refuse(res, 403, 'Forbidden: missing or wrong token.');
    const cookie = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;

    if (target.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBody) {
        refuse(res, 413, 'Request too large.');
        req.destroy();
        return;
      }
      const channel = target.pathname.slice('/api/'.length);
      return readBody(req, res, maxBody).then(async (body) => {
        if (body === null) return;
        let payload: unknown;
        try {
          const raw = body.toString('utf8');
          payload = raw.length ? JSON.parse(raw) : {};
        } catch {
          payload = NOT_JSON;
        }
        const result: Result<unknown> =
          payload === NOT_JSON ? fail('BAD_REQUEST', 'The request body is not valid JSON.') : await opts.dispatch(channel, payload);
        send(res, 200, await stringifyInSlices(result), { 'content-type': 'application/json; charset=utf-8' });
      });
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    const file = resolveStatic(opts.rendererRoot, target.pathname);
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
  };

  const server = http.createServer((req, res) => guarded(req, res, () => handle(req, res)));
  // The HTTP parser's own rejections (bad request line, header, chunk, version...): a 400 and
  // the connection closed, instead of Node's default, which can reset the socket silently.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 12\r\n\r\nBad request.`);
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

const NOT_JSON = Symbol('not JSON');

/** The request body, or null when it was too large (answered 413) or the client went away. */
function readBody(req: http.IncomingMessage, res: http.ServerResponse, maxBody: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Buffer | null) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > maxBody) {
        if (!res.headersSent) {
          res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
          res.end('Request too large.');
        }
        req.destroy();
        finish(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => finish(Buffer.concat(chunks)));
    req.on('close', () => finish(null));
    req.on('error', () => finish(null));
  });
}
