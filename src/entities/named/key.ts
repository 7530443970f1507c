/** Folded keys: lowercase, no diacritics. Used for every lookup so that Elysée = Élysée = ELYSEE. */

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae') : lower;
}

/** The tokenizer's word pattern: dotted acronyms (U.S.) are one word. */
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}]+)*/gu;

/** The token keys of a phrase, split as the tokenizer splits text (on spaces, hyphens, apostrophes). */
export function keysOf(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map((w) => keyOf(w.replace(/\./g, '')));
}

/** Name normalisation for merging surface forms: token keys joined by single spaces. */
export function nameKey(phrase: string): string {
  return keysOf(phrase).join(' ');
}
