/**
 * Step 2: veto candidates that are not sentence ends: a period after a known abbreviation
 * (M., Mme., Dr., Jan.), after a single capital initial (J.-Y. Le Drian, U.S.), or an ellipsis
 * inside editorial brackets ("[...]").
 */
import type { Candidate } from './01-candidates.js';

/** a character of the word before the period: a letter, a period or a hyphen */
const WORD_CHAR = /^[\p{L}.\-]$/u;
const INITIAL = /^\p{Lu}$/u;
/** how far back the word before the period is looked for */
const REACH = 40;

/** Start of the run of letters, periods and hyphens ending at `end`, looked for in [lo, end). */
function wordStart(fold: string, lo: number, end: number): number {
  let j = end;
  while (j > lo) {
    const c = fold.charCodeAt(j - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 45) { j--; continue; }
    if (c < 128) break;
    // a letter outside the BMP is a surrogate pair, whole only when both halves are in reach
    const n = c >= 0xdc00 && c <= 0xdfff && j - 2 >= lo && fold.charCodeAt(j - 2) >= 0xd800 && fold.charCodeAt(j - 2) <= 0xdbff ? 2 : 1;
    if (!WORD_CHAR.test(fold.slice(j - n, j))) break;
    j -= n;
  }
  return j;
}

export function isFalseEnd(fold: string, c: Candidate, abbreviations: ReadonlySet<string>): boolean {
  const ch = fold[c.mark];
  if (ch !== '.') return false;
  if (fold.startsWith('...', c.mark) || fold[c.mark + 1] === '.') {
    // "[...]" inside a quotation: the bracket closes an elision, not a sentence
    return fold[c.mark - 1] === '[' || fold[c.mark + 3] === ']';
  }
  const from = wordStart(fold, Math.max(0, c.mark - REACH), c.mark);
  if (from === c.mark) return false;
  const word = fold.slice(from, c.mark);
  const last = word.slice(word.lastIndexOf('.') + 1).replace(/^-+/, '');
  // single capital initial: "J.", "J.-Y.", "U.S."
  if (INITIAL.test(last)) return true;
  return abbreviations.has(word) || abbreviations.has(last) || abbreviations.has(word.toLowerCase());
}
