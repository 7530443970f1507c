/** Folded keys: lowercase, no diacritics. Used for every lookup so that Elysée = Élysée = ELYSEE. */

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

/** The token keys of a phrase, split as the tokenizer splits text (on spaces, hyphens, apostrophes). */
export function keysOf(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map((w) => keyOf(w.includes('.') ? w.replace(/\./g, '') : w));
}

/** Name normalisation for merging surface forms: token keys joined by single spaces. */
export function nameKey(phrase: string): string {
  return keysOf(phrase).join(' ');
}
