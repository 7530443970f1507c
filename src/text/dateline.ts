/**
 * The machine-readable dateline some feeds put on the first line: "date 2021-01", "date: 2021-01-10".
 * Datelines written in words ("29 mai 2012. -", "March 01, 2008") are read by entities/dates.
 */
import type { Span } from '../types.js';

const HEADER = /^\s*date\s*:?\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?!\d)/i;

export function headerDateline(fold: string): (Span & { value: string }) | null {
  const m = HEADER.exec(fold.slice(0, 200));
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length, value: m[1] };
}
