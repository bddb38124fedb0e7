import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { contract } from '../../../shared/ipc/contract';
import { base64Length, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS, MAX_REQUEST_BYTES, MAX_TM_UPLOAD_BYTES } from '../../../shared/limits';
import { rawRequest } from '../../support/http';
import { repoRoot } from '../../support/paths';

/** Whether a channel's schema takes `field` at exactly `limit` characters and refuses one more. */
function schemaLimitIs(channel: keyof typeof contract, base: Record<string, unknown>, field: string, limit: number): boolean {
  const schema = contract[channel].request;
  const accepts = (n: number) => schema.safeParse({ ...base, [field]: 'A'.repeat(n) }).success;
  return accepts(limit) && !accepts(limit + 1);
}

describe('input limits agree between schemas, bridge and README', () => {
  it('every schema takes exactly the documented size and the bridge reads a body that large', () => {
    expect(schemaLimitIs('tm.importFile', { fileName: 'a.tmx' }, 'dataBase64', base64Length(MAX_TM_UPLOAD_BYTES))).toBe(true);
    expect(schemaLimitIs('documents.importFile', { projectId: 1, role: 'source', lang: 'ru', fileName: 'a.txt' }, 'dataBase64', base64Length(MAX_DOCUMENT_BYTES))).toBe(true);
    expect(schemaLimitIs('documents.addText', { projectId: 1, role: 'source', lang: 'ru' }, 'text', MAX_DOCUMENT_CHARS)).toBe(true);
    // The JSON envelope of the largest request of each kind fits below the bridge's limit
    // (text as UTF-8: at most 3 bytes per UTF-16 code unit).
    const envelope = 1024;
    for (const body of [base64Length(MAX_TM_UPLOAD_BYTES), base64Length(MAX_DOCUMENT_BYTES), MAX_DOCUMENT_CHARS * 3]) expect(body + envelope).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it('the README states the same numbers', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(`a document file up to 50 MiB (${MAX_DOCUMENT_BYTES.toLocaleString('en-US')} bytes)`);
    expect(readme).toContain(`a document text up\nto ${MAX_DOCUMENT_CHARS.toLocaleString('en-US')} characters`);
    expect(readme).toContain(`up to 100 MiB when sent through the app`);
    expect(MAX_TM_UPLOAD_BYTES).toBe(100 * 1024 * 1024);
    expect(readme).toContain(`request bodies up to ${MAX_REQUEST_BYTES.toLocaleString('en-US')}\nbytes`);
  });
});

describe('the bridge and the gate enforce them', () => {
  let dir: string;
  let services: Services;
  let server: WebServer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-limits-'));
    fs.mkdirSync(path.join(dir, 'renderer'));
    services = createServices({ dbFile: path.join(dir, 'l.db'), shell: 'web', backup: 'off' });
    server = await startWebServer({ dispatch: createDispatch(services), rendererRoot: path.join(dir, 'renderer') });
  });

  afterAll(async () => {
    await server.close();
    services.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 413 to a body announced over MAX_REQUEST_BYTES, before reading it', async () => {
    const head = (n: number) => `POST /api/tm.importFile HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Sverka-Token: ${server.token}\r\nContent-Length: ${n}\r\n\r\n`;
    expect((await rawRequest(server.port, head(MAX_REQUEST_BYTES + 1))).status).toBe(413);
  });

  it('refuses an empty or whitespace-only pasted text like an empty file, and strips a BOM', async () => {
    const call = createDispatch(services);
    const p = services.projects.create('Paste');
    for (const text of ['', ' \n\t ', '\uFEFF']) {
      expect(await call('documents.addText', { projectId: p.id, role: 'source', lang: 'ru', text })).toMatchObject({ ok: false, error: { code: 'EMPTY_INPUT' } });
    }
    const ok = await call('documents.addText', { projectId: p.id, role: 'source', lang: 'ru', text: '\uFEFFТекст.' });
    expect(ok).toMatchObject({ ok: true, value: { length: 'Текст.'.length } });
  });
});
