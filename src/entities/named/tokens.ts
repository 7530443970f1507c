/**
 * Word tokens of the folded text, as parallel arrays (no object per token: the corpus can be large).
 * A token is a run of letters and digits; hyphens, apostrophes and spaces are gaps between tokens,
 * so "Jean-Yves", "Maison-Blanche" and "l'Arménie" are two tokens each. Dotted acronyms (U.S.)
 * are one token, with their dots.
 */
import type { Sentence } from '../../types.js';
import { keyOf, WORD } from './key.js';

export const LOWER = 0;
export const CAP = 1;
export const UPPER = 2;

export interface Tokens {
  n: number;
  start: number[];
  end: number[];
  key: string[];
  /** LOWER, CAP (Capitalised) or UPPER (all capitals, two letters or more) */
  shape: number[];
  sentence: number[];
  /** 1 when the token opens its sentence, a line, or follows an opening quote, a colon or a dash */
  initial: number[];
}

const DIGIT = /\d/;
const UP = /^\p{Lu}/u;
const LOW = /\p{Ll}/u;
const OPENER = /[«"“(\[:;\n\u2022*]|-\s|\s-/;

export function tokenize(fold: string, sentences: readonly Sentence[]): Tokens {
  const t: Tokens = { n: 0, start: [], end: [], key: [], shape: [], sentence: [], initial: [] };
  let s = 0;
  let prevEnd = -1;
  let prevSentence = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(fold); m; m = WORD.exec(fold)) {
    const w = m[0];
    const start = m.index;
    while (s + 1 < sentences.length && sentences[s + 1].start <= start) s++;
    const up = UP.test(w);
    const shape = !up || DIGIT.test(w) ? LOWER : w.length > 1 && !LOW.test(w) ? UPPER : CAP;
    const opener = prevSentence !== s || prevEnd < 0 || OPENER.test(fold.slice(prevEnd, start));
    t.start.push(start);
    t.end.push(start + w.length);
    t.key.push(keyOf(w.replace(/\./g, '')));
    t.shape.push(shape);
    t.sentence.push(sentences.length ? sentences[s].index : 0);
    t.initial.push(opener ? 1 : 0);
    prevEnd = start + w.length;
    prevSentence = s;
    t.n++;
  }
  return t;
}

/** The folded text between token i-1 and token i. */
export function gapBefore(fold: string, t: Tokens, i: number): string {
  return i > 0 ? fold.slice(t.end[i - 1], t.start[i]) : '';
}
