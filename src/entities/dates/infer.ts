/**
 * Completing a date the words leave open, against the reference date and the tense: a day or a
 * month without a year, a weekday. sign < 0: the most recent one not after the reference;
 * sign > 0: the next one not before it; 0: the nearest.
 */
import { bounds, dayNumber, fromDayNumber, isValid, weekday, type CalDate } from './calendar.js';

/**
 * Days a day (not a month) may stand on the wrong side of the reference and still keep its tense's year: the
 * article's date is often a day or two off the events (written before, dated or updated after).
 */
const SLACK = 7;

function pick(cands: CalDate[], ref: CalDate, sign: number): CalDate | null {
  const [lo, hi] = bounds(ref);
  const slack = cands[0].d !== undefined ? SLACK : 0;
  const spans = cands.filter(isValid).map((c) => ({ c, b: bounds(c) }));
  if (sign < 0) {
    const past = spans.filter((s) => s.b[0] <= hi + slack);
    return past.length ? past[past.length - 1].c : null;
  }
  if (sign > 0) return spans.find((s) => s.b[1] >= lo - slack)?.c ?? null;
  let best: CalDate | null = null;
  let dist = Infinity;
  for (const s of spans) {
    const d = s.b[1] < lo ? lo - s.b[1] : s.b[0] > hi ? s.b[0] - hi : 0;
    if (d < dist) {
      dist = d;
      best = s.c;
    }
  }
  return best;
}

/** "9 novembre" (d set) or "novembre" (d unset), year taken from around the reference. */
export function inferYear(m: number, d: number | undefined, ref: CalDate, sign: number, wd?: number): CalDate | null {
  const cands = [-1, 0, 1].map((k) => (d !== undefined ? { y: ref.y + k, m, d } : { y: ref.y + k, m }));
  if (d !== undefined && wd !== undefined) {
    const same = cands.filter((c) => isValid(c) && weekday(c) === wd);
    if (same.length === 1) return same[0];
  }
  return pick(cands, ref, sign);
}

/** "mardi", "jeudi dernier" (dir -1), "mardi prochain" (dir +1), "ce mardi" (dir 0); ref is a day. */
export function inferWeekday(wd: number, ref: CalDate, dir: number | undefined, sign: number): CalDate {
  const r = dayNumber(ref);
  const back = (weekday(ref) - wd + 7) % 7; // days since the last such weekday (0: today)
  const fwd = (wd - weekday(ref) + 7) % 7;
  let n: number;
  if (dir === -1) n = -(back || 7);
  else if (dir === 1) n = fwd || 7;
  else if (dir === undefined && sign < 0) n = -back;
  else if (dir === undefined && sign > 0) n = fwd;
  else n = back <= fwd ? -back : fwd;
  return fromDayNumber(r + n);
}
