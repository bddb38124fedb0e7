import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBin, repoRoot } from '../../support/paths';

describe('npm start without an Electron binary', () => {
  it('says so in one sentence, points to npm run web and exits non-zero', () => {
    // An empty override folder stands for "the binary is not there and cannot be fetched".
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-noelectron-'));
    const r = spawnSync(nodeBin, ['scripts/start.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
    });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron's binary could not be downloaded.*npm run web/);
  });
});
