/**
 * The parsers: each one scans a sentence (scan.ts) and returns hits. They know the shapes of
 * dates; the words come from the language's DatePatterns. Overlaps are settled in select.ts.
 */
import { hitOf, type Hit, type HitParts } from './hit.js';
import type { DatePatterns } from './patterns.js';
import { cased, each, fullYear, MONTH, RELATIVE, WEEKDAY, YEAR, type Parser, type Sent } from './scan.js';

const num = (x: string | undefined) => (x === undefined ? undefined : parseInt(x, 10));

const monthOf = (p: DatePatterns, w: string) => p.month.get(w.toLowerCase().replace(/\.$/, ''));
const weekdayOf = (p: DatePatterns, w: string | undefined) => (w ? p.weekday.get(w.toLowerCase()) : undefined);
/** A hit spanning the whole match m of a sentence at `at`. */
const matched = (m: RegExpExecArray, at: number, rule: string, parts?: HitParts) => hitOf(at + m.index, at + m.index + m[0].length, rule, parts);

/**
 * Every expression around a month name, in one scan: "le 6 février 1998", "lundi 3 mai",
 * "1er novembre", "June 1st", "March 01, 2008", "mai 1999", "March of 2008", "en novembre".
 */
const monthExpr: Parser = (t, p) =>
  each(p.monthExpr, t.s, (m) => {
    if (!cased(m, 3, t, p) || !cased(m, 1, t, p)) return null;
    const d = num(m[2] ?? (m[4] || undefined));
    const y = num(m[5]);
    const month = monthOf(p, m[3]);
    const start = t.at + m.index;
    if (d !== undefined) return hitOf(start, start + m[0].length, 'day-month', { wd: weekdayOf(p, m[1]), d, m: month, y });
    const at = m.index + m[0].indexOf(m[3], m[1]?.length ?? 0);
    if (y !== undefined) return hitOf(t.at + at, start + m[0].length, 'month-year', { m: month, y });
    // a month alone: a full name, lowercase in French ("Mars" is a planet), after a preposition in English
    if (!p.fullMonths.has(m[3])) return null;
    if (!p.v.monthCapitalised && t.c[at] !== t.s[at]) return null;
    if (p.monthAloneAfter && !p.monthAloneAfter.test(t.s.slice(Math.max(0, at - 20), at))) return null;
    return hitOf(t.at + at, t.at + at + m[3].length, 'month', { m: month });
  });

/** "les 3 et 4 mai": the days listed before a day-month hit, same month and year */
function dayLists(hits: Hit[], t: Sent, p: DatePatterns): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    out.push(h);
    if (h.rule !== 'day-month') continue;
    let end = h.start - t.at;
    for (let l = p.dayList.exec(t.s.slice(Math.max(0, end - 12), end)); l; l = p.dayList.exec(t.s.slice(Math.max(0, end - 12), end))) {
      const start = end - l[0].length;
      out.push(hitOf(t.at + start, t.at + start + l[1].length, 'day-list', { ...h, wd: undefined, d: +l[1] }));
      end = start;
    }
  }
  return out;
}

/** "entre mars et mai 2012", "du 3 mars au 5 avril 2012": the first one takes the year of the second */
function sharedYears(hits: Hit[], t: Sent, p: DatePatterns): Hit[] {
  for (let i = hits.length - 2; i >= 0; i--) {
    const [a, b] = [hits[i], hits[i + 1]];
    if (a.y !== undefined || b.y === undefined || b.start - a.end > 12) continue;
    if (p.rangeLink.test(t.s.slice(a.end - t.at, b.start - t.at))) hits[i] = hitOf(a.start, a.end, a.rule, { ...a, y: b.y });
  }
  return hits;
}

const months: Parser = (t, p) => sharedYears(dayLists(monthExpr(t, p), t, p), t, p);

/** "mardi", "on Tuesday"; not in a night that spans two days ("nuit de samedi à dimanche") */
const weekdayAlone: Parser = (t, p) =>
  each(p.weekdayAlone, t.s, (m) =>
    !cased(m, 1, t, p) || p.spanning.test(t.s.slice(Math.max(0, m.index - 40), m.index)) ? null : matched(m, t.at, 'weekday', { wd: weekdayOf(p, m[1]) }),
  );

/** "2021-01-10"; "2021-01" is a month but "2010-11" is two years (the year parser reads it) */
const iso: Parser = (t, p) =>
  each(p.iso, t.s, (m) => {
    const y = +m[1], mo = +m[2];
    if (m[3]) return matched(m, t.at, 'iso', { y, m: mo, d: +m[3] });
    if (mo === (y + 1) % 100 || mo > 12 || mo === 0) return null;
    return matched(m, t.at, 'iso-month', { y, m: mo });
  });

/** "10/01/2021": day first or month first by language */
const numeric: Parser = (t, p) =>
  each(p.numeric, t.s, (m) => {
    const [d, mo] = p.v.numericMonthFirst ? [+m[3], +m[1]] : [+m[1], +m[3]];
    return matched(m, t.at, 'numeric', { d, m: mo, y: fullYear(m[4]) });
  });

/** a bare year, unless it is a count or a measure ("2000 manifestants", "1500 euros") */
const year: Parser = ({ s, c, at }, p) =>
  each(p.year, s, (m) => {
    const before = s.slice(Math.max(0, m.index - 25), m.index);
    // "$2012", "1,2012", "3 2012" are amounts; "2017-2018" is two years
    if (/(?:[$€£,./]|\d[ .,]|\d-)$/u.test(before) && !/(?<!\d)\d{4}-$/u.test(before)) return null;
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 25);
    if (p.countBefore.test(before) || p.unitAfter.test(after)) return null;
    if (p.v.yearNotBeforeNoun && !p.yearBefore.test(before) && !p.modifier.test(before)) {
      // "2000 manifestants": a lowercase plural right after the number makes it a count
      const next = /^\s+(\p{Ll}[\p{L}']*)/u.exec(c.slice(m.index + m[0].length, m.index + m[0].length + 25));
      if (next && /[sx]$/u.test(next[1]) && !p.stopwords.has(next[1])) return null;
    }
    const y = +m[1];
    if (y < 1900 && !p.oldYearBefore.test(before)) return null; // "Local 1520", "1500 salariés"
    return matched(m, at, m[2] ? 'year-range' : 'year', { y });
  });

/**
 * Relative and anchored phrases, in one scan: "hier" (day -1 from the reference), "le mois dernier",
 * "l'an dernier"; "la veille" (day -1 from the day last named; "la veille de l'élection" is the day
 * of the clause); "l'année" (only after a modifier: "début de l'année"); "d'aujourd'hui" (no date).
 */
const relative: Parser = ({ s, at }, p) =>
  each(p.relative.re, s, (m) => {
    const { rule, n } = p.relative.kinds[m.findIndex((g, k) => k > 0 && g !== undefined) - 1];
    const h = matched(m, at, rule);
    if (rule === 'relative-day') h.rel = { unit: 'day', n };
    else if (rule === 'relative-month' || rule === 'modified-month') h.rel = { unit: 'month', n };
    else if (rule === 'relative-year' || rule === 'modified-year') h.rel = { unit: 'year', n };
    else if (rule === 'anchored-year') h.anchor = { unit: 'year', n, event: false };
    else if (rule === 'anchored-day') {
      const event = p.ofEvent.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20));
      h.anchor = { unit: 'day', n: event ? 0 : n, event };
    }
    if (rule === 'modified-year' || rule === 'modified-month') h.needsModifier = true;
    return h;
  });

/** In order of trust: on equal spans the earlier parser wins. Each runs only if the sentence holds `needs`. */
export const parsers: readonly { needs: number; parse: Parser }[] = [
  { needs: YEAR, parse: iso },
  { needs: YEAR, parse: numeric },
  { needs: MONTH, parse: months },
  { needs: RELATIVE | WEEKDAY, parse: relative }, // also for the holidays among notDates ("Black Friday")
  { needs: WEEKDAY, parse: weekdayAlone },
  { needs: YEAR, parse: year },
];
