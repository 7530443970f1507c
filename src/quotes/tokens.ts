/**
 * Tokens of a stretch of the folded text: words (hyphenated words and inverted verbs such as
 * a-t-il stay whole; an elided article or pronoun keeps its apostrophe: l' d' qu'), numbers and
 * single punctuation marks. A quote found by its marks becomes one token, so that the rules see
 * `X a déclaré : " .` and never look inside what was quoted.
 */
import type { Marked } from './marks.js';
import type { Token } from './types.js';

const WORD = /(\p{L}{1,7}'(?!s(?!\p{L}))(?=[\p{L}«“"]))|\p{L}[\p{L}\p{M}\d]*(?:[-.]\p{L}[\p{L}\p{M}]*)*(?:'s(?!\p{L}))?|\d+(?:[.,]\d+)*|\S/gu;
const UPPER = /^\p{Lu}/u;

/** Tokens of fold[start, end), with each marked quote inside collapsed to one token. */
export function tokenize(fold: string, start: number, end: number, marks: readonly Marked[], firstMark: number): Token[] {
  const out: Token[] = [];
  let m = firstMark;
  let pos = start;
  while (pos < end) {
    while (m < marks.length && marks[m].close <= pos) m++;
    const stop = m < marks.length && marks[m].open < end ? marks[m].open : end;
    WORD.lastIndex = pos;
    for (let x = WORD.exec(fold); x && x.index < stop; x = WORD.exec(fold)) {
      const c = x[0].charCodeAt(0);
      const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(x[0]);
      out.push({ s: x.index, e: x.index + x[0].length, w: x[0].toLowerCase(), q: undefined, upper });
    }
    if (stop >= end) break;
    const q = marks[m];
    out.push({ s: q.open, e: q.close, w: '"', q: m, upper: false });
    pos = q.close;
    m++;
  }
  return out;
}

/** The token strings of a phrase of the vocabulary, lower case (`aujourd'hui` → `aujourd'`, `hui`). */
export function words(phrase: string): string[] {
  return [...phrase.toLowerCase().replace(/’/g, "'").matchAll(WORD)].map((m) => m[0]);
}
