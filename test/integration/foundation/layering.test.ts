import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths';

const eslint = new ESLint({ cwd: repoRoot });

async function errorsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('layering lint rules', () => {
  it.each([
    ['shared/text/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/align/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/tm/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['renderer/app/x.ts', "import { handlers } from '../../electron/ipc/index';\nexport const a = handlers;\n"],
    ['renderer/app/x.ts', "import path from 'node:path';\nexport const a = path;\n"],
    ['renderer/app/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/ipc/x.ts', "import { api } from '../../renderer/api/index';\nexport const a = api;\n"],
  ])('forbids what %s may not import', async (file, code) => {
    const errs = await errorsFor(file, code);
    expect(errs.some((r) => /no-restricted-imports/.test(r))).toBe(true);
  });

  it.each([
    ['shared/text/x.ts', "import { SverkaError } from '../errors';\nexport const a = SverkaError;\n"],
    ['electron/services/x.ts', "import type { App } from 'electron';\nimport fs from 'node:fs';\nexport type A = App;\nexport const b = fs;\n"],
    ['renderer/app/x.ts', "import { contract } from '../../shared/ipc/contract';\nexport const a = contract;\n"],
  ])('allows what %s may import', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });
});
