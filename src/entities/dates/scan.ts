/**
 * How the parsers read a sentence. They match on the lowercased fold (`s`, same length) with
 * case-sensitive patterns, several times faster than the `i` flag; `c` keeps the case for the
 * checks that need it. The letter boundary before a match is checked here, not by a lookbehind.
 * A first pass over the whole document (kindsBySentence) says which parsers each sentence needs.
 */
import type { Span } from '../../types.js';
import type { Hit } from './hit.js';
import type { DatePatterns } from './patterns.js';

/** One sentence: lowercased fold, fold with its case, and its offset in the document. */
export interface Sent {
  s: string;
  c: string;
  at: number;
}

export type Parser = (t: Sent, p: DatePatterns) => Hit[];

const WORD = /[\p{L}\d]/u;

/** Every match of a global pattern that does not start inside a word. */
export function each(re: RegExp, s: string, f: (m: RegExpExecArray) => Hit | null): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > 0 && WORD.test(s[m.index - 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const h = f(m);
    if (h) out.push(h);
  }
  return out;
}

/** In a language whose month and day names are capitalised, is group k of m capitalised? */
export function cased(m: RegExpExecArray, k: number, t: Sent, p: DatePatterns): boolean {
  if (!p.v.monthCapitalised || m[k] === undefined) return true;
  const at = m.indices?.[k]?.[0] ?? m.index;
  return t.c[at] !== t.s[at];
}

/** "19" in "12/03/19" is 2019; "98" is 1998. */
export const fullYear = (y: string) => (y.length === 2 ? (+y < 50 ? 2000 : 1900) + +y : +y);

/** What a sentence holds, as found by DatePatterns.trigger. */
export const MONTH = 1, WEEKDAY = 2, RELATIVE = 4, YEAR = 8;

/** The kinds of date words each sentence holds (bit sets of MONTH, WEEKDAY, RELATIVE, YEAR), in one pass. */
export function kindsBySentence(fold: string, sentences: readonly Span[], p: DatePatterns): Uint8Array {
  const kinds = new Uint8Array(sentences.length);
  const re = p.trigger;
  re.lastIndex = 0;
  let i = 0;
  for (let m = re.exec(fold); m; m = re.exec(fold)) {
    if (m.index > 0 && WORD.test(fold[m.index - 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    while (i < sentences.length - 1 && sentences[i].end <= m.index) i++;
    if (m[1] !== undefined) kinds[i] |= YEAR;
    else {
      p.triggerKind.lastIndex = m.index;
      const k = p.triggerKind.exec(fold)!;
      kinds[i] |= k[1] ? MONTH : k[2] ? WEEKDAY : k[3] ? RELATIVE : YEAR;
    }
  }
  return kinds;
}

/** Lowercase without changing the length (a letter whose lowercase is longer is kept as is). */
export function lower(text: string): string {
  const l = text.toLowerCase();
  return l.length === text.length ? l : text.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}
