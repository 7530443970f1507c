/**
 * Tokens of a stretch of the folded text: words (hyphenated words and inverted verbs such as
 * a-t-il stay whole; an elided article or pronoun keeps its apostrophe: l' d' qu'), numbers and
 * single punctuation marks. A quote found by its marks becomes one token, so that the rules see
 * `X a déclaré : " .` and never look inside what was quoted.
 */
import type { Marked } from './marks.js';
import type { Token } from './types.js';

const WORD = /\p{L}[\p{L}\p{M}\d]*(?:[-.]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*|\S/gu;
const LETTER = /[\p{L}«“"]/u;
const APOS = 39; // '

/** Where a word ending at e really ends: an elision keeps its apostrophe (l', qu'), a possessive its 's. */
function wordEnd(fold: string, s: number, e: number): number {
  if (fold.charCodeAt(e) !== APOS) return e;
  const next = fold[e + 1] ?? '';
  if (next === 's' && !LETTER.test(fold[e + 2] ?? ' ')) return e + 2;
  if (LETTER.test(next)) return e - s <= 7 ? e + 1 : e;
  // a plural possessive (the workers' union)
  return fold[e - 1] === 's' && next === ' ' ? e + 1 : e;
}
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
      const s = x.index;
      const c = x[0].charCodeAt(0);
      let e = s + x[0].length;
      let w = x[0];
      if (e < stop && fold.charCodeAt(e) === APOS && c !== APOS) {
        const we = Math.min(wordEnd(fold, s, e), stop);
        if (we > e) { w = fold.slice(s, we); e = we; WORD.lastIndex = we; }
      }
      const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
      out.push({ s, e, w: w.toLowerCase(), q: undefined, upper });
    }
    if (stop >= end) break;
    const q = marks[m];
    out.push({ s: q.open, e: q.close, w: '"', q: m, upper: false });
    pos = q.close;
    m++;
  }
  return out;
}

const INITIALS = /^\p{L}(?:\.\p{L}){0,2}$/u;

/** The period after an initial (`V. Sapounov`, `J.D. Vance`): it ends no phrase. */
export function initialDot(toks: readonly Token[], i: number, lo = 0): boolean {
  return i > lo && toks[i].w === '.' && toks[i - 1].upper && INITIALS.test(toks[i - 1].w);
}

/** The token strings of a phrase of the vocabulary, lower case (`aujourd'hui` → `aujourd'`, `hui`). */
export function words(phrase: string): string[] {
  const f = phrase.replace(/’/g, "'");
  return tokenize(f, 0, f.length, [], 0).map((t) => t.w);
}
