/**
 * Character classes read by char code, for the scanners of this folder: most characters of French
 * and English copy are ASCII or Latin-1 letters, and a regex (or toLowerCase on the two-byte
 * string of a text holding “ ” … œ) costs far more than a comparison. Each test is exact for the
 * characters it covers; callers leave the others to a Unicode regex.
 */

/** The letters of Latin-1 (À to ÿ but × and ÷), Œ and œ. */
export const isLatin = (c: number) => (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0x152 || c === 0x153;
export const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && isLatin(c));
export const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters for which `isUpper` answers \p{Lu} exactly. */
export const knownCase = (c: number) => c < 0x100 || c === 0x152 || c === 0x153;
export const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 0x152;
/**
 * The code of s[i], or -1 past the end of s: the scanners read one character past a word, and a
 * read past the end of the text deoptimizes the compiled code that made it (V8 compiles it again).
 */
export const codeAt = (s: string, i: number) => (i < s.length ? s.charCodeAt(i) : -1);
/** The combining accents (U+0300–U+036F), all \p{M}. */
export const isAccent = (c: number) => c >= 0x300 && c <= 0x36f;
/** Beyond ASCII, characters that toLowerCase leaves alone: ×, ß to ÿ, œ, combining accents. */
const keepsCase = (c: number) => c === 0xd7 || (c >= 0xdf && c <= 0xff) || c === 0x153 || isAccent(c);
/** A surrogate pair starts at i. */
export const isPair = (s: string, i: number) => (s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;

/** s[from, to) in lower case; toLowerCase only when a character may change. */
export function lowerSlice(s: string, from: number, to: number): string {
  const w = s.slice(from, to);
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && !keepsCase(c))) return w.toLowerCase();
  }
  return w;
}
