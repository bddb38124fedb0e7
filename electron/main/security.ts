import path from 'node:path';

/** Content Security Policy of every renderer page (Monaco needs inline styles and workers). */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
  "img-src 'self' data:; worker-src 'self'; connect-src 'self'";

export const APP_SCHEME = 'app';
export const APP_HOST = 'sverka';

/**
 * Resolves a request path (still URL-encoded) to a file inside `root`, `/` meaning index.html;
 * null for anything outside it (`..` segments, encoded separators or NUL, absolute paths).
 * The app:// protocol and the web bridge serve the renderer through this one check.
 */
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
 * Maps an app://sverka/... URL to a file inside `root`, or null when the URL points anywhere
 * else (another host, `..` segments, encoded separators, absolute paths).
 */
export function resolveAppUrl(root: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveStatic(root, url.pathname);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
