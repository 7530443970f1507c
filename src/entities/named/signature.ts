/**
 * Signatures of lowercase words (first letter and length) in a 2-Mbit bitmap: the scanner skips
 * most lowercase words with one array read, without slicing them out of the text.
 */
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
