/**
 * The article's own date written in words on one of its first lines: "29 mai 2012. - …",
 * "March 01, 2008", "PARIS, 12 mars 2019 (AFP)", "Le Monde avec AFP Publié le 10/01/2021 à 14h".
 * A full date (day, month, year) opening one of the first lines, right after "Publié le", or
 * anywhere on a short line.
 */
import type { Span } from '../../types.js';
import { isValid, toIso, type CalDate } from './calendar.js';
import { fullYear, lower } from './scan.js';
import type { DatePatterns } from './patterns.js';

const TOP_LINES = 5;
const TOP_CHARS = 600;
/** A line this short near the top is a byline or a date line, not prose: its date may be anywhere. */
const SHORT_LINE = 80;

export function datelineIn(fold: string, p: DatePatterns): (Span & { value: string }) | null {
  let at = 0;
  const top = fold.slice(0, TOP_CHARS);
  const lines = top.split('\n');
  const low = lower(top);
  let seen = 0;
  for (const line of lines) {
    if (line.trim() && seen++ >= TOP_LINES) break;
    for (const from of starts(line, p)) {
      const rest = low.slice(at + from, at + line.length);
      for (const [re, parts] of shapes(p)) {
        re.lastIndex = 0;
        for (let m = re.exec(rest); m; m = re.exec(rest)) {
          // a date opening the line or following "Publié le"; on a short line, anywhere ("Thu 14 Mar 2019 10.35 GMT")
          if (m.index !== 0 && (line.length > SHORT_LINE || /[\p{L}\d]/u.test(rest[m.index - 1]))) continue;
          const v = parts(m);
          if (v && isValid(v)) return { start: at + from + m.index, end: at + from + m.index + m[0].length, value: toIso(v) };
        }
      }
    }
    at += line.length + 1;
  }
  return null;
}

/** Where a dateline may start on a line: its start (after a place in capitals, "PARIS, "), or after "Publié le". */
function starts(line: string, p: DatePatterns): number[] {
  const out = [line.length - line.trimStart().length];
  const place = /^\s*\p{Lu}[\p{Lu}\s'.-]+,\s*/u.exec(line);
  if (place) out.push(place[0].length);
  p.datelinePrefix.lastIndex = 0;
  for (let m = p.datelinePrefix.exec(line); m; m = p.datelinePrefix.exec(line)) out.push(m.index + m[0].length);
  return out;
}

type Shape = [RegExp, (m: RegExpExecArray) => CalDate | null];

function shapes(p: DatePatterns): Shape[] {
  const month = (w: string) => p.month.get(w.toLowerCase().replace(/\.$/, ''));
  const full = (y?: string, m?: number, d?: string): CalDate | null => (y && m && d ? { y: fullYear(y), m, d: +d } : null);
  const out: Shape[] = [
    [p.dayMonth, (m) => full(m[4], month(m[3]), m[2])],
    [p.numeric, (m) => (p.v.numericMonthFirst ? full(m[4], +m[1], m[3]) : full(m[4], +m[3], m[1]))],
    [p.iso, (m) => full(m[1], +m[2], m[3])],
  ];
  if (p.monthDay) out.push([p.monthDay, (m) => full(m[4], month(m[2]), m[3])]);
  return out;
}
