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
/** A line this short near the top, with this few other letters, is a date line: its date may be anywhere. */
const SHORT_LINE = 80;
const OTHER_LETTERS = 20;

type Dateline = Span & { value: string };

/**
 * Strict first: a date opening a line or right after "Publié le". Lenient when no line has that:
 * a date anywhere on a short line that is little else ("Thu 14 Mar 2019 10.35 GMT"), not a
 * headline that names a date ("Attentats du 13 novembre 2015 : le procès s'ouvre").
 */
export function datelineIn(fold: string, p: DatePatterns): Dateline | null {
  const top = fold.slice(0, TOP_CHARS);
  // every shape writes the day and the year in digits, apart: a line without two numbers holds no full date
  const lines = topLines(top).filter(([, line]) => TWO_NUMBERS.test(line));
  if (!lines.length) return null;
  const low = lower(top);
  const shapes = shapesOf(p);
  for (const [at, line] of lines) {
    for (const from of starts(line, p)) {
      // the strict pass only takes a date that starts right there: sticky patterns try no other place
      const rest = low.slice(at + from, at + line.length);
      for (const { sticky, parts } of shapes) {
        sticky.lastIndex = 0;
        const m = sticky.exec(rest);
        const found = m && hit(m, at + from, parts);
        if (found) return found;
      }
    }
  }
  for (const [at, line] of lines) {
    if (line.length > SHORT_LINE) continue; // read as strictly as above: nothing there
    const rest = low.slice(at, at + line.length);
    for (const { re, parts } of shapes) {
      re.lastIndex = 0;
      for (let m = re.exec(rest); m; m = re.exec(rest)) {
        if (m.index !== 0 && /[\p{L}\d]/u.test(rest[m.index - 1])) continue;
        if (letters(rest.slice(0, m.index) + rest.slice(m.index + m[0].length)) > OTHER_LETTERS) continue;
        const found = hit(m, at, parts);
        if (found) return found;
      }
    }
  }
  return null;
}

/** The lines (offset, text) up to the TOP_LINES-th one that is not blank. */
function topLines(top: string): [number, string][] {
  const out: [number, string][] = [];
  let at = 0;
  let seen = 0;
  for (const line of top.split('\n')) {
    if (line.trim() && seen++ >= TOP_LINES) break;
    out.push([at, line]);
    at += line.length + 1;
  }
  return out;
}

function hit(m: RegExpExecArray, at: number, parts: Shape['parts']): Dateline | null {
  const v = parts(m);
  return v && isValid(v) ? { start: at + m.index, end: at + m.index + m[0].length, value: toIso(v) } : null;
}

/** Two numbers (ASCII digits, as the patterns' \d) apart; lazy: no backtracking over a line that has one. */
const TWO_NUMBERS = /\d\D+?\d/;

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

/**
 * Where a dateline may start on a line: its start, after a place ("PARIS, ", "AUSTIN, Texas, ",
 * "Paris, le "), or after "Publié le".
 */
function starts(line: string, p: DatePatterns): number[] {
  const out = [line.length - line.trimStart().length];
  const place = p.datelinePlace.exec(line);
  if (place) out.push(place[0].length);
  p.datelinePrefix.lastIndex = 0;
  for (let m = p.datelinePrefix.exec(line); m; m = p.datelinePrefix.exec(line)) out.push(m.index + m[0].length);
  return out;
}

/** A full date shape: its pattern, the same made sticky, and how to read its parts. */
interface Shape {
  re: RegExp;
  sticky: RegExp;
  parts: (m: RegExpExecArray) => CalDate | null;
}

/** The shapes of one language, made once per DatePatterns. */
const shapesMemo = new WeakMap<DatePatterns, Shape[]>();

function shapesOf(p: DatePatterns): Shape[] {
  let shapes = shapesMemo.get(p);
  if (shapes) return shapes;
  const month = (w: string) => p.month.get(w.toLowerCase().replace(/\.$/, ''));
  const full = (y?: string, m?: number, d?: string): CalDate | null => (y && m && d ? { y: fullYear(y), m, d: +d } : null);
  const all: [RegExp | null, Shape['parts']][] = [
    [p.dayMonth, (m) => full(m[4], month(m[3]), m[2])],
    [p.numeric, (m) => (p.v.numericMonthFirst ? full(m[4], +m[1], m[3]) : full(m[4], +m[3], m[1]))],
    [p.iso, (m) => full(m[1], +m[2], m[3])],
    [p.monthDay, (m) => full(m[4], month(m[2]), m[3])],
  ];
  shapes = all.flatMap(([re, parts]) => (re ? [{ re, sticky: new RegExp(re.source, re.flags.replace(/[gd]/g, '') + 'y'), parts }] : []));
  shapesMemo.set(p, shapes);
  return shapes;
}
