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
  /** LOWER, CAP (Capitalised) or UPPER (all capitals, two letters or more) */
  shape: Uint8Array;
  sentence: Int32Array;
  /** 1 + the id of token i's word in `keys`, or 0 until its key is first read (keyAt) */
  word: Int32Array;
  /** the folded key of each distinct word read so far, by id: one string per word, however often it occurs */
  keys: string[];
  /** a token that holds each word, by id (to compare a new token with) */
  first: number[];
  /** the words read so far by hash of their characters (open addressing): 1 + id, or 0 for a free slot */
  table: Int32Array;
}

export function tokenize(fold: string, sentences: readonly Sentence[]): Tokens {
  const len = fold.length;
  // news text has about one word per six characters; grow when a text has more
  let cap = (len >> 2) + 16;
  let a = arrays(cap);
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
    i++;
    // dotted acronym: U.S., U.K.
    if (c0 === UPLETTER && fold.charCodeAt(i) === 46 && CLASS[fold.charCodeAt(i + 1)] === UPLETTER && fold.charCodeAt(i + 2) === 46) {
      while (CLASS[fold.charCodeAt(i + 1)] === UPLETTER && fold.charCodeAt(i + 2) === 46) { i += 2; uppers++; }
      i++;
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
      scratch = new ArrayBuffer(0); // a buffer of its own: the one in use holds the tokens to copy
      const b = arrays(cap);
      b.start.set(a.start);
      b.end.set(a.end);
      b.sentence.set(a.sentence);
      b.shape.set(a.shape);
      a = b;
    }
    a.start[n] = at;
    a.end[n] = i;
    a.shape[n] = c0 !== UPLETTER || digits ? LOWER : uppers > 1 && !lowers ? UPPER : CAP;
    a.sentence[n] = index;
    n++;
  }
  return { n, fold, ...a, keys: [], first: [] };
}

/**
 * The arrays for up to `cap` tokens as views of one buffer, kept from one text to the next: a new
 * buffer for each of the many small texts of a corpus (an allocation outside the heap, zeroed, that
 * the garbage collector accounts for) took longer than tokenizing them. The views are valid until
 * the next call, which is enough: the tokens of a text never outlive its scan. The hash table has
 * at least two slots per token, so that it stays at most half full; it and the word ids start at 0.
 */
let scratch = new ArrayBuffer(0);

function arrays(cap: number) {
  let slots = 2;
  while (slots < 2 * cap) slots *= 2;
  const size = 4 * (4 * cap + slots) + cap;
  if (scratch.byteLength < size) scratch = new ArrayBuffer(size);
  const buffer = scratch;
  const a = {
    start: new Int32Array(buffer, 0, cap),
    end: new Int32Array(buffer, 4 * cap, cap),
    sentence: new Int32Array(buffer, 8 * cap, cap),
    word: new Int32Array(buffer, 12 * cap, cap),
    table: new Int32Array(buffer, 16 * cap, slots),
    shape: new Uint8Array(buffer, 4 * (4 * cap + slots), cap),
  };
  a.word.fill(0);
  a.table.fill(0);
  return a;
}

const OPENER = /[«"“(\[:;\n\u2022*]|-\s|\s-/;

/** Whether token i opens its sentence or a line, or follows an opening quote, a colon or a dash. */
export function opensClause(fold: string, t: Tokens, i: number): boolean {
  if (i === 0 || t.sentence[i] !== t.sentence[i - 1]) return true;
  // most words follow a single space, which opens nothing: no slice, no regex
  if (t.start[i] - t.end[i - 1] === 1 && fold.charCodeAt(t.end[i - 1]) === 32) return false;
  return OPENER.test(fold.slice(t.end[i - 1], t.start[i]));
}

const ASCII = /^[a-z]+$/;

/** The folded key of token i (lowercase, no diacritics, no dots), computed on first use. */
export function keyAt(t: Tokens, i: number): string {
  let id = t.word[i];
  if (id === 0) t.word[i] = id = intern(t, i);
  return t.keys[id - 1];
}

/** The keys of tokens a to b, joined by single spaces. */
export function keysBetween(t: Tokens, a: number, b: number): string {
  let s = keyAt(t, a);
  for (let k = a + 1; k < b; k++) s += ' ' + keyAt(t, k);
  return s;
}

/**
 * 1 + the id of the word of token i in the text's table of words, added with its key when the
 * word is new: a repeated word is found by its characters, without slicing it out of the text.
 */
function intern(t: Tokens, i: number): number {
  const { fold, table, start, end } = t;
  const a = start[i];
  const length = end[i] - a;
  let h = 0x811c9dc5; // FNV-1a
  for (let p = a; p < a + length; p++) h = Math.imul(h ^ fold.charCodeAt(p), 0x01000193);
  const mask = table.length - 1;
  for (let slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
    const id = table[slot];
    if (id === 0) {
      const w = fold.slice(a, a + length);
      t.keys.push(ASCII.test(w) ? w : keyOf(w.includes('.') ? w.replace(/\./g, '') : w));
      t.first.push(i);
      table[slot] = t.keys.length;
      return t.keys.length;
    }
    const b = start[t.first[id - 1]];
    if (end[t.first[id - 1]] - b === length && sameChars(fold, a, b, length)) return id;
  }
}

function sameChars(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}
