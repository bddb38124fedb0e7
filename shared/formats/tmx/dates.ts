import { SverkaError } from '../../errors';
import { canonicalDate } from '../model';

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/;

/**
 * TMX `YYYYMMDDThhmmssZ` -> canonical ISO (`YYYY-MM-DDThh:mm:ssZ`), or undefined when it is
 * not a real date. A missing trailing Z (seen in some exporters) is read as UTC.
 */
export function fromTmxDate(value: string): string | undefined {
  const m = TMX_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse accepts 2026-02-30 and rolls it over; a real date survives the round trip.
  if (new Date(ms).toISOString().slice(0, 19) + 'Z' !== iso) return undefined;
  return iso;
}

/** Canonical or any zoned ISO date -> TMX `YYYYMMDDThhmmssZ` (fractions dropped). */
export function toTmxDate(iso: string): string {
  const c = canonicalDate(iso);
  if (c === undefined) throw new SverkaError('BAD_REQUEST', `Not an ISO 8601 date-time with zone: ${JSON.stringify(iso)}`);
  return c.replace(/[-:]/g, '');
}
