/**
 * The parsers: each one scans a sentence of the fold and returns hits. They know the shapes of
 * dates; the words come from the language's DatePatterns. Overlaps are settled in select().
 */
import type { Unit } from './calendar.js';
import type { Hit } from './hit.js';
import type { DatePatterns, Table } from './patterns.js';

type Parser = (s: string, at: number, p: DatePatterns) => Hit[];

const num = (x: string | undefined) => (x === undefined ? undefined : parseInt(x, 10));

function each(re: RegExp, s: string, f: (m: RegExpExecArray) => Hit | null): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const h = f(m);
    if (h) out.push(h);
  }
  return out;
}

const monthOf = (p: DatePatterns, w: string) => p.month.get(w.toLowerCase().replace(/\.$/, ''));
const weekdayOf = (p: DatePatterns, w: string | undefined) => (w ? p.weekday.get(w.toLowerCase()) : undefined);
const span = (m: RegExpExecArray, at: number) => ({ start: at + m.index, end: at + m.index + m[0].length });

/** "le 6 février 1998", "lundi 3 mai", "1er novembre"; "les 3 et 4 mai" also gives the 3rd */
const dayMonth: Parser = (s, at, p) =>
  each(p.dayMonth, s, (m) => ({ ...span(m, at), rule: 'day-month', wd: weekdayOf(p, m[1]), d: num(m[2]), m: monthOf(p, m[3]), y: num(m[4]) })).flatMap((h) => {
    const out = [h];
    for (let end = h.start - at, l = p.dayList.exec(s.slice(Math.max(0, end - 12), end)); l; ) {
      const start = end - l[0].length;
      out.push({ ...h, rule: 'day-list', wd: undefined, start: at + start, end: at + start + l[1].length, d: +l[1] });
      end = start;
      l = p.dayList.exec(s.slice(Math.max(0, end - 12), end));
    }
    return out;
  });

/** "June 1st", "March 01, 2008" */
const monthDay: Parser = (s, at, p) =>
  p.monthDay ? each(p.monthDay, s, (m) => ({ ...span(m, at), rule: 'month-day', wd: weekdayOf(p, m[1]), m: monthOf(p, m[2]), d: num(m[3]), y: num(m[4]) })) : [];

/** "mai 1999", "March of 2008" */
const monthYear: Parser = (s, at, p) =>
  each(p.monthYear, s, (m) => ({ ...span(m, at), rule: 'month-year', m: monthOf(p, m[1]), y: num(m[2]) }));

/** "en novembre", "In April"; a capitalised French month alone is a name (Mars), not a date */
const monthAlone: Parser = (s, at, p) =>
  each(p.monthAlone, s, (m) => {
    if (!p.v.monthCapitalised && m[1][0] !== m[1][0].toLowerCase()) return null;
    if (p.monthAloneAfter && !p.monthAloneAfter.test(s.slice(Math.max(0, m.index - 20), m.index))) return null;
    return { ...span(m, at), rule: 'month', m: monthOf(p, m[1]) };
  });

/** "mardi", "on Tuesday"; not in a night that spans two days ("nuit de samedi à dimanche") */
const weekdayAlone: Parser = (s, at, p) =>
  each(p.weekdayAlone, s, (m) =>
    p.spanning.test(s.slice(Math.max(0, m.index - 40), m.index)) ? null : { ...span(m, at), rule: 'weekday', wd: weekdayOf(p, m[1]) },
  );

/** "2021-01-10"; "2021-01" is a month but "2010-11" is two years (the year parser reads it) */
const iso: Parser = (s, at, p) =>
  each(p.iso, s, (m) => {
    const y = +m[1], mo = +m[2];
    if (m[3]) return { ...span(m, at), rule: 'iso', y, m: mo, d: +m[3] };
    if (mo === (y + 1) % 100 || mo > 12 || mo === 0) return null;
    return { ...span(m, at), rule: 'iso-month', y, m: mo };
  });

/** "10/01/2021": day first or month first by language */
const numeric: Parser = (s, at, p) =>
  each(p.numeric, s, (m) => {
    const [d, mo] = p.v.numericMonthFirst ? [+m[3], +m[1]] : [+m[1], +m[3]];
    return { ...span(m, at), rule: 'numeric', d, m: mo, y: +m[4] };
  });

/** a bare year, unless it is a count or a measure ("2000 manifestants", "1500 euros") */
const year: Parser = (s, at, p) =>
  each(p.year, s, (m) => {
    const before = s.slice(Math.max(0, m.index - 25), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 25);
    if (p.countBefore.test(before) || p.unitAfter.test(after)) return null;
    if (p.v.yearNotBeforeNoun && !p.yearBefore.test(before) && !p.modifier.test(before)) {
      const next = /^\s+(\p{Ll}[\p{L}']*)/u.exec(after);
      if (next && !p.stopwords.has(next[1].replace(/'.*/, "'"))) return null;
    }
    const y = +m[1];
    if (y < 1900 && !p.oldYearBefore.test(before)) return null; // "Local 1520", "1500 salariés"
    const end = m[2] ? m.index + m[0].length : m.index + m[1].length;
    return { start: at + m.index, end: at + end, rule: m[2] ? 'year-range' : 'year', y };
  });

function offsets(t: Table, s: string, at: number, rule: string, make: (n: number) => Partial<Hit>): Hit[] {
  return each(t.re, s, (m) => {
    const i = m.findIndex((g, k) => k > 0 && g !== undefined);
    return { ...span(m, at), rule, ...make(t.n[i - 1]) };
  });
}

const rel = (unit: Unit) => (n: number) => ({ rel: { unit, n } });

const relative: Parser = (s, at, p) => [
  ...offsets(p.relDays, s, at, 'relative-day', rel('day')),
  ...offsets(p.relMonths, s, at, 'relative-month', rel('month')),
  ...offsets(p.relYears, s, at, 'relative-year', rel('year')),
];

/** "la veille", "le lendemain", "the following year"; "la veille de l'élection" is an event's eve */
const anchored: Parser = (s, at, p) => [
  ...offsets(p.anchDays, s, at, 'anchored-day', (n) => ({ anchor: { unit: 'day', n, event: false } })).map((h) => {
    const ev = p.ofEvent.test(s.slice(h.end - at));
    return ev ? { ...h, anchor: { unit: 'day' as Unit, n: 0, event: true } } : h;
  }),
  ...offsets(p.anchYears, s, at, 'anchored-year', (n) => ({ anchor: { unit: 'year', n, event: false } })),
];

/** "l'année", "le mois": dates only after a modifier ("début de l'année") */
const modified: Parser = (s, at, p) => [
  ...each(p.modYear, s, (m) => ({ ...span(m, at), rule: 'modified-year', rel: { unit: 'year', n: 0 }, needsModifier: true })),
  ...each(p.modMonth, s, (m) => ({ ...span(m, at), rule: 'modified-month', rel: { unit: 'month', n: 0 }, needsModifier: true })),
];

/** What a sentence holds, as found by DatePatterns.trigger. */
export const MONTH = 1, WEEKDAY = 2, RELATIVE = 4, YEAR = 8;

/** In order of trust: on equal spans the earlier parser wins. Each runs only if the sentence holds `needs`. */
export const parsers: readonly { needs: number; parse: Parser }[] = [
  { needs: YEAR, parse: iso },
  { needs: YEAR, parse: numeric },
  { needs: MONTH, parse: dayMonth },
  { needs: MONTH, parse: monthDay },
  { needs: MONTH, parse: monthYear },
  { needs: RELATIVE, parse: relative },
  { needs: RELATIVE, parse: anchored },
  { needs: RELATIVE, parse: modified },
  { needs: MONTH, parse: monthAlone },
  { needs: WEEKDAY, parse: weekdayAlone },
  { needs: YEAR, parse: year },
];

/** The kinds of date words a sentence holds (a bit set of MONTH, WEEKDAY, RELATIVE, YEAR). */
export function kindsIn(s: string, p: DatePatterns): number {
  let kinds = 0;
  p.trigger.lastIndex = 0;
  for (let m = p.trigger.exec(s); m && kinds !== 15; m = p.trigger.exec(s)) {
    kinds |= m[1] ? MONTH : m[2] ? WEEKDAY : m[3] ? RELATIVE : YEAR;
  }
  return kinds;
}
