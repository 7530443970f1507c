/**
 * Signatures of lowercase words, read without slicing them out of the text: first letter and
 * length as written, in a 2-Mbit bitmap, then a hash of the word's key, in a 64-kbit bitmap.
 * The scanner skips most lowercase words without keying them.
 */
import { keyOf } from './key.js';
import type { Tokens } from './tokens.js';

/** A cheap signature of a lowercase word (first letter and length), to skip most words without slicing them. */
export function signature(first: number, length: number): number {
  return (first << 5) | Math.min(length, 31);
}

export function signatureAt(t: Tokens, i: number): number {
  return signature(t.fold.charCodeAt(t.start[i]), t.end[i] - t.start[i]);
}

/** A set of signatures as a bitmap (2 Mbit): a lookup costs one array read. */
export function signatureSet(sigs: Iterable<number>): Uint8Array {
  const bits = new Uint8Array(1 << 18);
  for (const s of sigs) bits[s >> 3] |= 1 << (s & 7);
  return bits;
}

export function hasSignature(bits: Uint8Array, s: number): boolean {
  return (bits[s >> 3] & (1 << (s & 7))) !== 0;
}

/**
 * The key of each character below U+0250 when it is one ASCII character (é → e, R → r, 1 → 1),
 * else 0 (œ → oe, a combining mark → nothing). Made by `keyOf` itself, so that the key of a word
 * made of such characters is read character by character, without keying the word.
 */
const CHAR_KEY = Uint8Array.from({ length: 0x250 }, (_, c) => {
  const k = keyOf(String.fromCharCode(c));
  return k.length === 1 && k.charCodeAt(0) < 0x80 ? k.charCodeAt(0) : 0;
});

/** FNV-1a over a key's characters, folded to 16 bits at the end (keyHash). */
const FNV_START = 0x811c9dc5;
const fnv = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const keyHash = (h: number) => (h ^ (h >>> 16)) & 0xffff;

/** The hashes of ASCII keys as a bitmap (64 kbit); other keys need none (see `mayHaveKeyAt`). */
export function keyHashSet(keys: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(1 << 13);
  for (const k of keys) {
    if (!/^[\x01-\x7f]+$/.test(k)) continue;
    let h = FNV_START;
    for (let p = 0; p < k.length; p++) h = fnv(h, k.charCodeAt(p));
    const s = keyHash(h);
    bits[s >> 3] |= 1 << (s & 7);
  }
  return bits;
}

/**
 * Whether token i's key may be one of the keys hashed in `bits`. It is false only when every
 * character of the word folds to one ASCII character, so that the key's hash is read from the text
 * without making the key: no key in the set is missed, whatever the word's accents or case
 * (prèfet, pRéfet → "prefet"), and a word with a ligature or a combining mark is always keyed.
 */
export function mayHaveKeyAt(bits: Uint8Array, t: Tokens, i: number): boolean {
  const { fold } = t;
  let h = FNV_START;
  for (let p = t.start[i]; p < t.end[i]; p++) {
    const c = fold.charCodeAt(p);
    const k = c < 0x250 ? CHAR_KEY[c] : 0;
    if (k === 0) return true;
    h = fnv(h, k);
  }
  const s = keyHash(h);
  return (bits[s >> 3] & (1 << (s & 7))) !== 0;
}
