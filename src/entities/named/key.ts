/** Folded keys: lowercase, no diacritics. Used for every lookup so that Elysée = Élysée = ELYSEE. */
import { CLASS, OTHER, UPLETTER } from '../../text/char-class.js';

const MARKS = /\p{M}/gu;

/** The key of a lowercase string: decomposed, marks dropped, ligatures written out. */
const fold = (lower: string) => lower.normalize('NFD').replace(MARKS, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');

/**
 * The keys of the Latin letters up to U+024F, from U+0080 on, made by `fold` itself (in one call,
 * one letter a line: cheaper at start-up): NFD decomposes character by character and the marks it
 * yields are all dropped, so a word of these letters folds letter by letter, without normalizing
 * the whole word (which costs more).
 */
const LATIN = fold(Array.from({ length: 0x250 - 0x80 }, (_, c) => String.fromCharCode(0x80 + c)).join('\n')).split('\n');

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  let key = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x250) return fold(lower);
    key += lower.slice(from, i) + LATIN[c - 0x80];
    from = i + 1;
  }
  return from ? key + lower.slice(from) : lower;
}

/** The tokenizer's word pattern: dotted acronyms (U.S.) are one word. */
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}]+)*/gu;

/** Below U+0250 there are no marks, and the class table tells WORD's classes apart, four titlecase letters aside. */
const LATIN_END = 0x250;
const TITLECASE = new Set([0x1c5, 0x1c8, 0x1cb, 0x1f2]);
const DOT = 0x2e;
const AMPERSAND = 0x26;

/**
 * What phrase.match(WORD) gives, read with the class table when the phrase is Latin: the regex,
 * with its four Unicode classes, cost more to compile at start-up than the lexicons it split.
 */
export function wordsOf(phrase: string): string[] {
  const n = phrase.length;
  for (let i = 0; i < n; i++) if (phrase.charCodeAt(i) >= LATIN_END) return phrase.match(WORD) ?? [];
  const cls = (i: number) => (i < n ? CLASS[phrase.charCodeAt(i)] : OTHER);
  const capital = (i: number) => cls(i) === UPLETTER && !TITLECASE.has(phrase.charCodeAt(i));
  const out: string[] = [];
  for (let i = 0; i < n;) {
    let j = i;
    while (capital(j) && phrase.charCodeAt(j + 1) === DOT) j += 2;
    if (j - i >= 4) {
      // a dotted acronym: two capitals or more, each with its dot
      out.push(phrase.slice(i, j));
      i = j;
      continue;
    }
    if (cls(i) === OTHER) {
      i++;
      continue;
    }
    j = i + 1;
    while (cls(j) !== OTHER) j++;
    // `AT&T`: letters joined by ampersands
    while (phrase.charCodeAt(j) === AMPERSAND && cls(j + 1) !== OTHER) for (j += 2; cls(j) !== OTHER;) j++;
    out.push(phrase.slice(i, j));
    i = j;
  }
  return out;
}

/** The token keys of a phrase, split as the tokenizer splits text (on spaces, hyphens, apostrophes). */
export function keysOf(phrase: string): string[] {
  return wordsOf(phrase).map((w) => keyOf(w.includes('.') ? w.replace(/\./g, '') : w));
}

/** Name normalisation for merging surface forms: token keys joined by single spaces. */
export function nameKey(phrase: string): string {
  return keysOf(phrase).join(' ');
}
