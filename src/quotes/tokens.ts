/**
 * Tokens of a stretch of the folded text: words (hyphenated words and inverted verbs such as
 * a-t-il stay whole; an elided article or pronoun keeps its apostrophe: l' d' qu'), numbers and
 * single punctuation marks. A quote found by its marks becomes one token, so that the rules see
 * `X a déclaré : " .` and never look inside what was quoted.
 */
import { codeAt, isDigit, isLatin, isLetter, isUpper, knownCase, lowerSlice } from './chars.js';
import type { Marked } from './marks.js';
import type { Token } from './types.js';

const WORD = /\p{L}[\p{L}\p{M}\d]*(?:[-.]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*(?:-\p{L}[\p{L}\p{M}]*)*|\S/gu;
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

const isSep = (c: number) => c === 45 || c === 46; // - .
const isHyphen = (c: number) => c === 45;

/**
 * End of the words joined at j by separators (`-` or `.` in `Jean-Yves`, `a.m.`; `-` after a
 * number in `55-year-old`), read as simpleEnd reads them: -1 when a character beyond the Latin
 * letters may belong to them.
 */
function joinedEnd(fold: string, j: number, sep: (c: number) => boolean): number {
  for (;;) {
    if (!sep(codeAt(fold, j))) return j;
    const n = codeAt(fold, j + 1);
    if (!isLetter(n)) return n >= 128 ? -1 : j;
    j += 2;
    for (;;) {
      const d = codeAt(fold, j);
      if (isLetter(d)) j++;
      else if (d >= 128) return -1;
      else break;
    }
  }
}

/**
 * End of the token that WORD matches at i, read without the regex when the token is made of ASCII
 * characters and Latin letters (most tokens of French and English copy); -1 when another character
 * may belong to it (the regex decides).
 */
function simpleEnd(fold: string, i: number): number {
  const c = fold.charCodeAt(i);
  let j = i + 1;
  if (isDigit(c)) {
    while (isDigit(codeAt(fold, j))) j++;
    for (;;) {
      const d = codeAt(fold, j);
      if ((d !== 46 && d !== 44) || !isDigit(codeAt(fold, j + 1))) break;
      j += 2;
      while (isDigit(codeAt(fold, j))) j++;
    }
    // `55-year-old`, `35-hour`: words hyphenated to a number belong to it
    return joinedEnd(fold, j, isHyphen);
  }
  if (!isLetter(c)) return j; // one punctuation mark
  for (;;) {
    const d = codeAt(fold, j);
    if (isLetter(d) || isDigit(d)) j++;
    else if (d >= 128) return -1;
    else break;
  }
  return joinedEnd(fold, j, isSep);
}

/** Tokens of fold[start, end), with each marked quote inside collapsed to one token. */
export function tokenize(fold: string, start: number, end: number, marks: readonly Pick<Marked, 'open' | 'close'>[], firstMark: number): Token[] {
  const out: Token[] = [];
  let m = firstMark;
  let pos = start;
  while (pos < end) {
    while (m < marks.length && marks[m].close <= pos) m++;
    const stop = m < marks.length && marks[m].open < end ? marks[m].open : end;
    for (let p = pos; ;) {
      let c = codeAt(fold, p);
      while (c === 32 || (c >= 9 && c <= 13)) c = codeAt(fold, ++p);
      // (a start inside a surrogate pair is left to the regex, which reads the whole pair)
      if (p >= stop && (c & 0xfc00) !== 0xdc00) break;
      let s = p;
      let e = c < 128 || isLatin(c) ? simpleEnd(fold, p) : -1;
      if (e < 0) {
        WORD.lastIndex = p;
        const x = WORD.exec(fold);
        if (!x || x.index >= stop) break;
        s = x.index;
        e = s + x[0].length;
        c = fold.charCodeAt(s);
      }
      if (e < stop && fold.charCodeAt(e) === APOS && c !== APOS) e = Math.max(e, Math.min(wordEnd(fold, s, e), stop));
      const upper = knownCase(c) ? isUpper(c) : UPPER.test(fold.slice(s, e));
      out.push({ s, e, w: lowerSlice(fold, s, e), q: undefined, upper });
      p = e;
    }
    if (stop >= end) break;
    const q = marks[m];
    out.push({ s: q.open, e: q.close, w: '"', q: m, upper: false });
    pos = q.close;
    m++;
  }
  return out;
}

// initials (J.D.), also after a party letter (D-N.Y., R-S.C.: a politician's tag)
const INITIALS = /^(?:\p{L}-)?\p{L}(?:\.\p{L}){0,2}$/u;

/**
 * The period after an initial (`V. Sapounov`, `J.D. Vance`) or, given the language's title
 * abbreviations, after one of them (`Sen. Elizabeth Warren`): it ends no phrase.
 */
export function initialDot(toks: readonly Token[], i: number, lo = 0, abbreviations?: ReadonlySet<string>): boolean {
  return i > lo && toks[i].w === '.' && toks[i - 1].upper && (INITIALS.test(toks[i - 1].w) || abbreviations?.has(toks[i - 1].w) === true);
}

/**
 * Whether the words of `phrase` stand at toks[i…]. A plain loop: `every` with a closure, run for
 * each phrase of a list at each token, was much of the time spent on relays and adverbs.
 */
export function wordsAt(toks: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let x = 0; x < phrase.length; x++) if (toks[i + x].w !== phrase[x]) return false;
  return true;
}

/** The token strings of a phrase of the vocabulary, lower case (`aujourd'hui` → `aujourd'`, `hui`). */
export function words(phrase: string): string[] {
  const f = phrase.replace(/’/g, "'");
  return tokenize(f, 0, f.length, [], 0).map((t) => t.w);
}
