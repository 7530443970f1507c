/**
 * The class of every code unit of the Basic Multilingual Plane, for tokenizers that must not run
 * a regex per character: 0 other, 1 lowercase letter or mark, 2 uppercase or titlecase letter,
 * 3 digit (Unicode \p{N}). Surrogates and astral characters count as other.
 *
 * The table is decoded at load from run lengths generated from Node's own Unicode data by
 * scripts/gen-char-classes.mjs (test/text/char-class.test.ts checks it against the regexes):
 * building it with regexes at every start cost ~20 ms.
 */
import { RUNS } from './data/char-class-runs.js';

export const OTHER = 0;
export const LETTER = 1;
export const UPLETTER = 2;
export const DIGIT = 3;

/** RUNS is "<class><length in base 36>," repeated, covering 0x0000–0xFFFF in order. */
export const CLASS: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  let at = 0;
  for (const run of RUNS.split(',')) {
    const length = parseInt(run.slice(1), 36);
    table.fill(run.charCodeAt(0) - 48, at, at + length);
    at += length;
  }
  return table;
})();

/** The same classes by regex, for the generator and the test. */
export function classifySlow(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(code);
  return /\p{Lu}|\p{Lt}/u.test(ch) ? UPLETTER : /[\p{L}\p{M}]/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : OTHER;
}
