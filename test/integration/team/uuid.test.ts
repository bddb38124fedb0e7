import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from '../../../electron/services/team/uuid';

describe('time-ordered UUIDs for pushed units', () => {
  it('are version 7 UUIDs of the RFC 9562 variant, carrying the millisecond they were made', () => {
    const at = Date.UTC(2026, 11, 2, 19, 30, 0, 123);
    const u = timeOrderedUuid(at);
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(u.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sort by time and never repeat, also within one millisecond and across refills of the random pool', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => timeOrderedUuid(1_800_000_000_000 + Math.floor(i / 1000)));
    expect(new Set(many).size).toBe(many.length);
    const prefixes = many.map((u) => u.slice(0, 13));
    expect([...prefixes].sort()).toEqual(prefixes);
  });
});
