/**
 * The regular expressions of one language's date vocabulary, compiled once per language, on
 * first use (`extract quotes` needs them only for a dateline: a top line holding two numbers),
 * from the LangPack data. Every phrase is bounded by (?<![\p{L}\d]) … (?![\p{L}\d]); a space
 * in a phrase matches any run of white space.
 */
import type { DateVocab, LangPack, Offset } from '../../lang/types.js';

export interface Table {
  re: RegExp;
  n: readonly number[];
}

export type RelRule = 'relative-day' | 'relative-month' | 'relative-year' | 'anchored-day' | 'anchored-year' | 'modified-year' | 'modified-month' | 'not-date';

export interface RelKind {
  rule: RelRule;
  n: number;
}

/** One alternation, one group per phrase, longest first; `kinds[i]` says what group i + 1 is. */
function relativeTable(v: DateVocab): { re: RegExp; kinds: RelKind[] } {
  const entries: [string, RelKind][] = [];
  const add = (list: readonly Offset[], rule: RelRule) => list.forEach(([ph, n]) => entries.push([ph, { rule, n }]));
  add(v.relativeDays, 'relative-day');
  add(v.relativeMonths, 'relative-month');
  add(v.relativeYears, 'relative-year');
  add(v.anchoredDays, 'anchored-day');
  add(v.anchoredYears, 'anchored-year');
  add(v.modifiedYear.map((ph) => [ph, 0] as const), 'modified-year');
  add(v.modifiedMonth.map((ph) => [ph, 0] as const), 'modified-month');
  add(v.notDates.map((ph) => [ph, 0] as const), 'not-date');
  entries.sort((a, b) => byLength(a[0], b[0]));
  const body = entries.map(([ph]) => `(${src(ph)})`).join('|');
  return { re: new RegExp(`(?:${body})${R}`, 'gu'), kinds: entries.map(([, k]) => k) };
}

export interface DatePatterns {
  v: DateVocab;
  stopwords: ReadonlySet<string>;
  month: ReadonlyMap<string, number>;
  weekday: ReadonlyMap<string, number>;
  /** [weekday] [day] month [day] [year]: groups 1 weekday, 2 day, 3 month, 4 day (month first), 5 year */
  monthExpr: RegExp;
  /** full month names (lowercase): an abbreviation alone is not a date */
  fullMonths: ReadonlySet<string>;
  /** the same shapes anchored, for datelines */
  dayMonth: RegExp;
  monthDay: RegExp | null;
  monthAloneAfter: RegExp | null;
  weekdayAlone: RegExp;
  iso: RegExp;
  numeric: RegExp;
  year: RegExp;
  /** every relative, anchored, modified and not-date phrase in one alternation, longest first */
  relative: { re: RegExp; kinds: readonly RelKind[] };
  /** tested on the text just before a hit (…$) or just after it (^…) */
  before: Table;
  after: Table;
  modifier: RegExp;
  ofEvent: RegExp;
  yearBefore: RegExp;
  oldYearBefore: RegExp;
  spanning: RegExp;
  dayList: RegExp;
  /** between two dates of one range or list: "et", "au", "-" */
  rangeLink: RegExp;
  countBefore: RegExp;
  unitAfter: RegExp;
  chrono: RegExp;
  /** a chrono keyword anywhere (lowercased text): a sentence without one has no chrono trigger */
  chronoKeyword: RegExp;
  vague: RegExp;
  tense: RegExp;
  datelinePrefix: RegExp;
  /** a place opening a dateline: "PARIS, ", "AUSTIN, Texas, ", "Paris, le " */
  datelinePlace: RegExp;
  /** what the fold may hold (may start inside a word; not `u`): a date word, or a year (group 1) */
  trigger: RegExp;
  /** the same words, sticky, by group: 1 a month, 2 a weekday, 3 a relative word */
  triggerKind: RegExp;
}

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';
const src = (phrase: string) => phrase.replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;
const alt = (phrases: readonly string[]) => [...phrases].sort(byLength).map(src).join('|');
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function table(entries: readonly Offset[], flags: string, edge: 'end' | 'start'): Table {
  const sorted = [...entries].sort((a, b) => byLength(a[0], b[0]));
  // an empty table matches nothing (an empty alternation would match anywhere: English has no
  // words after a date that change it, and "June 8 (Reuters)" took the space after it)
  const body = sorted.length ? sorted.map(([p]) => `(${src(p)})`).join('|') : '(?!)';
  const re = edge === 'end' ? `${L}(?:${body})\\s*$` : `^\\s*(?:${body})${R}`;
  return { re: new RegExp(re, flags), n: sorted.map(([, n]) => n) };
}

/**
 * A place name: up to four capitalised words, short lowercase links between them allowed
 * ("NEW YORK", "Calif.", "Rio de Janeiro", "Villeneuve d'Ascq"); "Le budget adopté" is no place.
 */
const PLACE = "\\p{Lu}[\\p{L}'.-]*(?: (?:\\p{Ll}{1,3}[ '])?\\p{Lu}[\\p{L}'.-]*){0,3}";
const LATIN_R = '(?![A-Za-z\\u00C0-\\u024F0-9])';

export function compile(pack: LangPack): DatePatterns {
  const v = pack.dates;
  const month = new Map<string, number>();
  const full = v.months.flat();
  v.months.forEach((names, i) => names.forEach((n) => month.set(n.toLowerCase(), i + 1)));
  v.monthAbbrevs.forEach((names, i) => names.forEach((n) => month.set(n.toLowerCase(), i + 1)));
  const weekday = new Map<string, number>();
  v.weekdays.forEach((names, i) => names.forEach((n) => weekday.set(n.toLowerCase(), i)));
  // the parsers match on lowercased text (parsers.ts); case is checked there
  const lc = (ws: readonly string[]) => ws.map((w) => w.toLowerCase());
  const cs = v.monthCapitalised ? 'dgu' : 'gu'; // group offsets only where case must be checked
  const M = `(${lc(full).sort(byLength).map(escape).join('|')}|(?:${lc(v.monthAbbrevs.flat()).sort(byLength).map(escape).join('|')})\\.?)`;
  const W = `(${lc(v.weekdays.flat()).sort(byLength).map(escape).join('|')})`;
  const D = `(\\d{1,2})${v.ordinal}?`;
  const Y = '(\\d{4})';
  const months = [...full, ...v.monthAbbrevs.flat()].map(escape);
  // The trigger runs over whole documents: without the `u` flag it is twice as fast; a Latin letter
  // boundary is enough to find candidates (the parsers check the real one). The words in one
  // alternation scan a quarter faster than in three groups; in the same order, they match the same
  // text, and only the words found are read again, by triggerKind, for their group.
  const words = [alt(months), alt(v.weekdays.flat().map(escape)), alt(v.relativeKeywords)];
  return {
    v,
    stopwords: new Set([...pack.stopwords, ...v.yearFollowers].map((w) => w.toLowerCase())),
    month,
    weekday,
    dayMonth: new RegExp(`(?:${W},?\\s+)?${D}\\s+${M}(?:,?\\s+${Y})?${R}`, cs),
    monthDay: v.monthFirst ? new RegExp(`(?:${W},?\\s+)?${M}\\s+${D}(?:,?\\s+${Y})?${R}`, cs) : null,
    monthExpr: new RegExp(
      `(?:${W},?\\s+)?(?:${D}\\s+)?${M}${v.monthFirst ? `(?:\\s+${D}(?!\\d))?` : '()'}(?:,?\\s+${src(v.monthYearLink)}${Y})?${R}`,
      cs,
    ),
    fullMonths: new Set(lc(full)),
    monthAloneAfter: v.monthAloneAfter.length ? new RegExp(`${L}(?:${alt(v.monthAloneAfter)})[\\s-]*$`, 'iu') : null,
    weekdayAlone: new RegExp(`${W}${R}`, cs),
    iso: /(?<!-)(\d{4})-(\d{2})(?:-(\d{2}))?(?:(?=t\d)|(?![\p{L}\d]|-\d))/gu, // lowercased: 2019-03-14t10:35
    numeric: /(?<![/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\d/]|\.\d)/gu,
    year: /(1[0-9]{3}|20[0-9]{2})(?:\s*-\s*(\d{2})(?!\d))?(?![\p{L}\d]|[ .,]\d|-\d{1,2}(?!\d))/gu,
    relative: relativeTable(v),
    before: table(v.before, 'iu', 'end'),
    after: table(v.after, 'iu', 'start'),
    modifier: new RegExp(`${L}(?:${alt(v.modifiers)})${v.modifierLink}$`, 'iu'),
    ofEvent: new RegExp(`^${v.ofEvent}`, 'iu'),
    yearBefore: new RegExp(`${L}(?:${alt(v.yearBefore)})\\s*$`, 'iu'),
    oldYearBefore: new RegExp(`${L}(?:${alt([...v.yearBefore, ...v.yearLinks])})\\s*$`, 'iu'),
    spanning: new RegExp(`${L}(?:${alt(v.spanning)})\\s+$`, 'iu'),
    rangeLink: new RegExp(`^\\s*(?:${src(v.dayListLink)})\\s*$`, 'u'),
    dayList: new RegExp(`${L}(\\d{1,2})${v.ordinal}?\\s*${src(v.dayListLink)}\\s*$`, 'iu'),
    countBefore: new RegExp(`${L}(?:${alt(v.countBefore)})\\s*$`, 'iu'),
    unitAfter: new RegExp(`^\\s*(?:${alt(v.unitAfter)})(?![\\p{L}\\d])`, 'iu'),
    chrono: new RegExp(`(?:${alt(v.chronoTriggers)})${R}`, 'gu'),
    chronoKeyword: new RegExp(alt(v.chronoKeywords), 'u'),
    vague: new RegExp(`${L}(?:${alt(v.vague)})${R}`, 'iu'),
    tense: new RegExp(`${L}(?:(${alt(v.future)})|(${alt(v.past)}))${R}`, 'gu'), // lowercase data, lowercased text
    datelinePlace: new RegExp(
      `^\\s*${PLACE},(?:\\s*${PLACE},)?\\s*${v.datelineAfterPlace?.length ? `(?:(?:${alt(v.datelineAfterPlace)})\\s+)?` : ''}`,
      'u',
    ),
    datelinePrefix: new RegExp(`${L}(?:${alt(v.datelinePrefixes)})\\s*:?\\s*`, 'giu'),
    trigger: new RegExp(`(?:${words.join('|')})${LATIN_R}|((?:1\\d|20)\\d\\d)(?!\\d)`, 'gi'),
    triggerKind: new RegExp(`(?:${words.map((w) => `(${w})`).join('|')})${LATIN_R}`, 'iy'),
  };
}

/** A memo of compiled constants, one entry per language pack, filled on first use. */
const compiled = new WeakMap<LangPack, DatePatterns>();

export function patternsFor(pack: LangPack): DatePatterns {
  let patterns = compiled.get(pack);
  if (!patterns) compiled.set(pack, (patterns = compile(pack)));
  return patterns;
}
