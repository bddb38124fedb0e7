import { describe, expect, it } from 'vitest';
import { stringifyInSlices } from '../../../electron/web/json-slices';

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

const long = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, text: `Zeile "${i}"\n\u2028`, span: { start: i, end: i + 1 }, none: undefined }));
const sparse = [1, , 3];
const withHoles: unknown[] = new Array(2500);
withHoles[7] = 'sieben';
withHoles[2100] = () => 1;

describe('stringifyInSlices writes what JSON.stringify writes', () => {
  it.each([
    ['a string with escapes', 'Anführung "x" \\ \n \u0000'],
    ['numbers and literals', [0, -1.5, NaN, Infinity, null, true, false]],
    ['undefined at the top', undefined],
    ['a short array', sparse],
    ['an object skipping undefined, functions and symbols', { a: 1, b: undefined, c: () => 2, d: Symbol('s'), e: 'e' }],
    ['a long array of objects', long(3500)],
    ['a long array with holes, undefined and functions', withHoles],
    ['an answer wrapping a view', { ok: true, value: { projectId: 1, links: long(2200), source: { text: 'Текст', segments: long(1001).map((l) => l.span) }, counts: { total: 2 } } }],
    ['dates, buffers, maps and class instances', { when: new Date(0), bytes: Buffer.from('hi'), map: new Map([[1, 2]]), point: new Point(1, 2), list: Array.from({ length: 1200 }, (_, i) => new Point(i, -i)) }],
    ['nested long arrays', [long(1500), [long(10)]]],
  ])('%s', async (_what, value) => {
    const frozen = Object.freeze(value);
    expect(await stringifyInSlices(frozen)).toBe(JSON.stringify(frozen) ?? 'null');
  });
});
