/**
 * Hits to calendar values, in text order. Explicit parts are kept; what is left open comes from
 * the reference date (infer.ts); "la veille" / "le lendemain" count from the day the text last
 * named (a few sentences back at most; a day still to come only from the sentence before), or
 * from the reference date when there is none.
 */
import { atLeast, bounds, isValid, precision, shift, truncate, type CalDate } from './calendar.js';
import type { Hit } from './hit.js';
import { inferWeekday, inferYear } from './infer.js';

export interface Placed {
  hit: Hit;
  sentence: number;
  /** past (<0), future (>0) or unknown (0), from tense.ts */
  tense: number;
}

/** How many sentences back "la veille" may look for the day it counts from. */
const ANCHOR_REACH = 4;
/**
 * A day after the reference date (a plan: "la grève aura lieu le 19 mars") anchors only the next
 * sentence ("La veille, …"); further on, the story is back at its own day.
 */
const PROJECTED_REACH = 1;

function direct(h: Hit, ref: CalDate | null, tense: number, yearRef: CalDate | null): CalDate | null {
  if (h.computed) {
    // chrono counted from the reference date: as precise as the value, or nothing
    const relative = h.rule === 'chrono';
    return !relative || (ref && atLeast(precision(ref), precision(h.computed))) ? h.computed : null;
  }
  if (h.y !== undefined) return h.m ? (h.d ? { y: h.y, m: h.m, d: h.d } : { y: h.y, m: h.m }) : { y: h.y };
  const sign = h.dir ?? tense;
  if (h.m !== undefined) return ref || yearRef ? inferYear(h.m, h.d, (ref ?? yearRef)!, sign, h.wd) : null;
  if (h.wd !== undefined) return ref && precision(ref) === 'day' ? inferWeekday(h.wd, ref, h.dir, tense) : null;
  if (h.rel) return ref && atLeast(precision(ref), h.rel.unit) ? shift(truncate(ref, h.rel.unit), h.rel.unit, h.rel.n) : null;
  return null;
}

function anchored(i: number, all: readonly Placed[], values: (CalDate | null)[], ref: CalDate | null): CalDate | null {
  const { hit, sentence } = all[i];
  const a = hit.anchor!;
  if (a.event) {
    // "à la veille d'une réunion": the day of the clause, if the sentence names one
    let best: CalDate | null = null;
    let dist = Infinity;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < all.length && all[j].sentence === sentence; j += step) {
        const v = values[j];
        const d = Math.abs(all[j].hit.start - hit.start);
        if (v && precision(v) === 'day' && !all[j].hit.anchor && d < dist) [best, dist] = [v, d];
      }
    }
    return best;
  }
  for (let j = i - 1; j >= 0 && all[j].sentence >= sentence - ANCHOR_REACH; j--) {
    const v = values[j];
    if (!v || !atLeast(precision(v), a.unit)) continue;
    if (ref && all[j].sentence < sentence - PROJECTED_REACH && bounds(v)[0] > bounds(ref)[1]) continue;
    return shift(truncate(v, a.unit), a.unit, a.n);
  }
  return ref && atLeast(precision(ref), a.unit) ? shift(truncate(ref, a.unit), a.unit, a.n) : null;
}

/**
 * Without a reference date, a day or a month without a year still takes its year from the latest
 * full date the text gives ("le 9 novembre" in a text that also says "le 6 novembre 2012");
 * "hier" and weekdays stay without a value.
 */
function latestFullDate(all: readonly Placed[]): CalDate | null {
  let best: CalDate | null = null;
  for (const { hit: h } of all) {
    if (h.y === undefined || h.m === undefined || h.d === undefined) continue;
    const v = { y: h.y, m: h.m, d: h.d };
    if (isValid(v) && (!best || v.y * 400 + v.m * 32 + v.d > best.y * 400 + best.m! * 32 + best.d!)) best = v;
  }
  return best;
}

export function resolve(all: readonly Placed[], ref: CalDate | null): (CalDate | null)[] {
  const yearRef = ref ? null : latestFullDate(all);
  const values = all.map((p) => (p.hit.anchor ? null : direct(p.hit, ref, p.tense, yearRef)));
  all.forEach((p, i) => {
    if (p.hit.anchor) values[i] = anchored(i, all, values, ref);
  });
  return values.map((v) => (v && isValid(v) ? v : null));
}
