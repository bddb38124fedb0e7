import { describe, expect, it } from 'vitest';
import { queryOf } from '../../../support/quote-query';
import { RuDoc } from '../../../../shared/align/match/ru-doc';
import { marginOf } from '../../../../shared/align/quotes/report';
import { searchWindows, type WindowMatch } from '../../../../shared/align/quotes/search';

const overlaps = (x: WindowMatch, y: WindowMatch): boolean => x.a <= y.b && y.a <= x.b;

describe('margin of a candidate place (marginOf)', () => {
  // The harbour director's promise of cooperation, once in each paragraph: the search finds both
  // places, and the words of the first stand closer together.
  const paras = [
    'Директор порта сказал: «Мы открыты для сотрудничества с соседями».',
    'Позже он добавил, что порт по-прежнему открыт, в том числе для долгого и выгодного сотрудничества с северными странами.',
    'Рыбаки жалуются на погоду.',
  ];
  const ru = paras.join('\n\n');
  let at = 0;
  const paragraphs = paras.map((p) => {
    const s = { start: at, end: at + p.length };
    at += p.length + 2;
    return s;
  });
  const doc = new RuDoc(ru, [], paragraphs);
  const windows = searchWindows(queryOf('offen für Zusammenarbeit', doc), doc);
  const margins = windows.map((_, k) => marginOf(windows, k));
  const top = windows.reduce((b, w) => (w.rank > b.rank ? w : b));

  it('gives the place the search ranks first its lead over the best other place, every other place none', () => {
    const places = windows.filter((w) => !overlaps(w, top));
    expect(places.length).toBeGreaterThan(0);
    const second = Math.max(...places.map((w) => w.rank));
    expect(margins[windows.indexOf(top)]).toBeCloseTo(top.rank - second, 9);
    expect(top.rank - second).toBeGreaterThan(0);
    windows.forEach((w, k) => {
      if (!overlaps(w, top)) expect(margins[k]).toBe(0);
    });
  });

  it('gives the last window of the list no lead of its own (it used to get its whole rank)', () => {
    expect(windows.length).toBeGreaterThan(2);
    const last = windows[windows.length - 1]!;
    expect(last.rank).toBeGreaterThan(0);
    expect(margins[windows.length - 1]).toBeLessThan(last.rank);
  });

  it('does not depend on the order of the list', () => {
    const reversed = [...windows].reverse();
    expect(reversed.map((_, k) => marginOf(reversed, k)).reverse()).toEqual(margins);
  });

  it('gives a sole place its whole rank and a span proposed from elsewhere (rank 0) nothing', () => {
    const one = [top];
    expect(marginOf(one, 0)).toBe(top.rank);
    const proposed: WindowMatch = { ...windows.find((w) => !overlaps(w, top))!, rank: 0 };
    expect(marginOf([top, proposed], 0)).toBe(top.rank);
    expect(marginOf([top, proposed], 1)).toBe(0);
  });
});
