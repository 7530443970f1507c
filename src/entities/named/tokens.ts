/**
 * Word tokens of the folded text, as parallel arrays (no object per token: the corpus can be large).
 * A token is a run of letters and digits; hyphens, apostrophes and spaces are gaps between tokens,
 * so "Jean-Yves", "Maison-Blanche" and "l'Arménie" are two tokens each. Dotted acronyms (U.S.)
 * are one token, with their dots. Tokens holding a digit (A330, G20) count as lowercase: no names.
 */
import type { Sentence } from '../../types.js';
import { CLASS, DIGIT, LETTER, OTHER, UPLETTER } from '../../text/char-class.js';
import { keyOf } from './key.js';

export const LOWER = 0;
export const CAP = 1;
export const UPPER = 2;

export interface Tokens {
  n: number;
  /** the folded text the offsets point into */
  fold: string;
  start: Int32Array;
  end: Int32Array;
  /** folded keys, filled at once for capitalised words and on first use (keyAt) for the others */
  key: (string | undefined)[];
  /** LOWER, CAP (Capitalised) or UPPER (all capitals, two letters or more) */
  shape: Uint8Array;
  /** word → key, for this text only */
  memo: Map<string, string>;
  sentence: Int32Array;
}

export function tokenize(fold: string, sentences: readonly Sentence[]): Tokens {
  const len = fold.length;
  // news text has about one word per six characters; grow when a text has more
  let cap = (len >> 2) + 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let shape = new Uint8Array(cap);
  let sentence = new Int32Array(cap);
  const key: (string | undefined)[] = [];
  const keys = new Map<string, string>(); // memo for this text only
  let n = 0;
  let s = 0;
  let nextStart = sentences.length > 1 ? sentences[1].start : Infinity;
  let index = sentences.length ? sentences[0].index : 0;
  let i = 0;
  while (i < len) {
    const c0 = CLASS[fold.charCodeAt(i)];
    if (c0 === OTHER || (c0 === LETTER && fold.charCodeAt(i) >= 0x300 && fold.charCodeAt(i) <= 0x36f)) { i++; continue; }
    const at = i;
    let uppers = c0 === UPLETTER ? 1 : 0;
    let lowers = c0 === LETTER ? 1 : 0;
    let digits = c0 === DIGIT ? 1 : 0;
    let dots = false;
    i++;
    // dotted acronym: U.S., U.K.
    if (c0 === UPLETTER && fold.charCodeAt(i) === 46 && CLASS[fold.charCodeAt(i + 1)] === UPLETTER && fold.charCodeAt(i + 2) === 46) {
      while (CLASS[fold.charCodeAt(i + 1)] === UPLETTER && fold.charCodeAt(i + 2) === 46) { i += 2; uppers++; }
      i++;
      dots = true;
    } else {
      for (;;) {
        const c = CLASS[fold.charCodeAt(i)];
        if (c === LETTER) lowers++;
        else if (c === UPLETTER) uppers++;
        else if (c === DIGIT) digits++;
        else if (fold.charCodeAt(i) === 38 && i + 1 < len && CLASS[fold.charCodeAt(i + 1)] !== OTHER) { i++; continue; } // AT&T
        else break;
        i++;
      }
    }
    while (at >= nextStart) {
      s++;
      index = sentences[s].index;
      nextStart = s + 1 < sentences.length ? sentences[s + 1].start : Infinity;
    }
    if (n === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      sentence = grow(sentence, cap);
      const s2 = new Uint8Array(cap);
      s2.set(shape);
      shape = s2;
    }
    let k: string | undefined;
    if (c0 === UPLETTER) {
      const w = fold.slice(at, i);
      // interned: one string per distinct word, so that millions of tokens keep few strings alive
      k = keys.get(w);
      if (k === undefined) {
        k = keyOf(dots ? w.replace(/\./g, '') : w);
        keys.set(w, k);
      }
    }
    key.push(k); // every index written in order: the array stays fast (no dictionary mode)
    start[n] = at;
    end[n] = i;
    shape[n] = c0 !== UPLETTER || digits ? LOWER : uppers > 1 && !lowers ? UPPER : CAP;
    sentence[n] = index;
    n++;
  }
  return { n, fold, start, end, key, shape, sentence, memo: keys };
}

function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

const OPENER = /[«"“(\[:;\n\u2022*]|-\s|\s-/;

/** Whether token i opens its sentence or a line, or follows an opening quote, a colon or a dash. */
export function opensClause(fold: string, t: Tokens, i: number): boolean {
  return i === 0 || t.sentence[i] !== t.sentence[i - 1] || OPENER.test(fold.slice(t.end[i - 1], t.start[i]));
}

const ASCII = /^[a-z]+$/;

/** The folded key of token i (lowercase, no diacritics), computed on first use for lowercase words. */
export function keyAt(t: Tokens, i: number): string {
  let k = t.key[i];
  if (k === undefined) {
    const w = t.fold.slice(t.start[i], t.end[i]);
    k = t.memo.get(w);
    if (k === undefined) {
      k = ASCII.test(w) ? w : keyOf(w);
      t.memo.set(w, k);
    }
    t.key[i] = k;
  }
  return k;
}
