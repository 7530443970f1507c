/** Calendar arithmetic on plain {y, m, d} values (UTC, no time of day), and ISO 8601 strings. */

export type Unit = 'year' | 'month' | 'day';

/** A calendar value at some precision: a year, a month of a year, or a day. */
export interface CalDate {
  y: number;
  m?: number; // 1-12
  d?: number; // 1-31
}

export function precision(v: CalDate): Unit {
  return v.d !== undefined ? 'day' : v.m !== undefined ? 'month' : 'year';
}

const RANK: Record<Unit, number> = { year: 0, month: 1, day: 2 };

/** Is `a` at least as precise as `b`? */
export function atLeast(a: Unit, b: Unit): boolean {
  return RANK[a] >= RANK[b];
}

export function truncate(v: CalDate, unit: Unit): CalDate {
  if (unit === 'year') return { y: v.y };
  if (unit === 'month') return { y: v.y, m: v.m };
  return v;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function toIso(v: CalDate): string {
  let s = pad(v.y, 4);
  if (v.m !== undefined) s += '-' + pad(v.m);
  if (v.d !== undefined) s += '-' + pad(v.d);
  return s;
}

export function fromIso(s: string | null): CalDate | null {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s) : null;
  if (!m) return null;
  const v: CalDate = { y: +m[1] };
  if (m[2]) v.m = +m[2];
  if (m[3]) v.d = +m[3];
  return v;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in month m of year y, as Date.UTC counts them (it reads years 0-99 as 1900-1999), without
 * making a Date; Date itself for what the table does not cover (its range ends in year 275760).
 */
export function daysInMonth(y: number, m: number): number {
  if (!Number.isInteger(y) || Math.abs(y) > 100_000 || !(m >= 1 && m <= 12)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return m === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS[m - 1];
}

export function isValid(v: CalDate): boolean {
  if (v.m !== undefined && (v.m < 1 || v.m > 12)) return false;
  if (v.d !== undefined && (v.m === undefined || v.d < 1 || v.d > daysInMonth(v.y, v.m))) return false;
  return true;
}

/** Days since 1970-01-01 of a full date. */
export function dayNumber(v: CalDate): number {
  return Math.round(Date.UTC(v.y, (v.m ?? 1) - 1, v.d ?? 1) / 86_400_000);
}

export function fromDayNumber(n: number): CalDate {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday; 1970-01-01 was a Thursday (what Date's getUTCDay computes, without a Date). */
export function weekday(v: CalDate): number {
  return (((dayNumber(v) + 4) % 7) + 7) % 7;
}

/** Move a value by n of its own unit (or a coarser one): day ± n, month ± n, year ± n. */
export function shift(v: CalDate, unit: Unit, n: number): CalDate {
  if (unit === 'day') return fromDayNumber(dayNumber(v) + n);
  if (unit === 'month') {
    const k = v.y * 12 + (v.m ?? 1) - 1 + n;
    return { ...v, y: Math.floor(k / 12), m: (k % 12) + 1 };
  }
  return { ...v, y: v.y + n };
}

/** First and last day covered by a value: 2021-01 → 2021-01-01 … 2021-01-31. */
export function bounds(v: CalDate): [number, number] {
  const m1 = v.m ?? 1;
  const m2 = v.m ?? 12;
  return [dayNumber({ y: v.y, m: m1, d: v.d ?? 1 }), dayNumber({ y: v.y, m: m2, d: v.d ?? daysInMonth(v.y, m2) })];
}
