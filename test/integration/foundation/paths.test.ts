import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, defaultDbPath } from '../../../electron/db/paths';

const home = os.homedir();
const xdgDefault = path.join(home, '.local', 'share', 'sverka');

describe('the default data folder (XDG Base Directory rules on Linux)', () => {
  it.each([
    ['unset', {}, xdgDefault],
    ['empty', { XDG_DATA_HOME: '' }, xdgDefault],
    ['blank', { XDG_DATA_HOME: '   ' }, xdgDefault],
    ['relative (invalid)', { XDG_DATA_HOME: 'data' }, xdgDefault],
    ['absolute', { XDG_DATA_HOME: '/srv/data' }, path.join('/srv/data', 'sverka')],
  ])('XDG_DATA_HOME %s', (_label, env, expected) => {
    expect(defaultDataDir(Object.freeze({ ...env }), 'linux')).toBe(expected);
  });

  it('lets SVERKA_DATA_DIR win, but not when it is empty', () => {
    expect(defaultDataDir({ SVERKA_DATA_DIR: '/opt/sverka', XDG_DATA_HOME: '/srv/data' }, 'linux')).toBe(path.resolve('/opt/sverka'));
    expect(defaultDataDir({ SVERKA_DATA_DIR: '' }, 'linux')).toBe(xdgDefault);
  });

  it('always gives an absolute database path', () => {
    expect(path.isAbsolute(defaultDbPath({ XDG_DATA_HOME: '' }))).toBe(true);
  });
});
