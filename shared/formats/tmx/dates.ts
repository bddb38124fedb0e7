import { SverkaError } from '../../errors';
import { canonicalDate, isValidDateTime } from '../model';

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/;

/**
 * TMX `YYYYMMDDThhmmssZ` -> canonical ISO (`YYYY-MM-DDThh:mm:ssZ`), or undefined when it is
 * not a real date. A missing trailing Z (seen in some exporters) is read as UTC.
 */
// Large files repeat the same date unit after unit (an export's timestamp).
let lastTmxIn = '';
let lastIsoOut: string | undefined;

export function fromTmxDate(value: string): string | undefined {
  if (value === lastTmxIn) return lastIsoOut;
  lastTmxIn = value;
  lastIsoOut = undefined;
  const m = TMX_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m as unknown as [string, string, string, string, string, string, string];
  if (!isValidDateTime(+y, +mo, +d, +h, +mi, +s)) return undefined;
  lastIsoOut = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
  return lastIsoOut;
}

/** Canonical or any zoned ISO date -> TMX `YYYYMMDDThhmmssZ` (fractions dropped). */
// Bulk exports repeat the same dates unit after unit.
let lastIso = '';
let lastTmx = '';

export function toTmxDate(iso: string): string {
  if (iso === lastIso) return lastTmx;
  const c = canonicalDate(iso);
  if (c === undefined) throw new SverkaError('BAD_REQUEST', `Not an ISO 8601 date-time with zone: ${JSON.stringify(iso)}`);
  lastIso = iso;
  lastTmx = c.replace(/[-:]/g, '');
  return lastTmx;
}
