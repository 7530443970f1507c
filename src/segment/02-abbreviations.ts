/**
 * Step 2: veto candidates that are not sentence ends: a period after a known abbreviation
 * (M., Mme., Dr., Jan.), after a single capital initial (J.-Y. Le Drian, U.S.), or an ellipsis
 * inside editorial brackets ("[...]").
 */
import type { Candidate } from './01-candidates.js';

const WORD_BEFORE = /([\p{L}.\-]+)$/u;

export function isFalseEnd(fold: string, c: Candidate, abbreviations: ReadonlySet<string>): boolean {
  const ch = fold[c.mark];
  if (ch !== '.') return false;
  if (fold.startsWith('...', c.mark) || fold[c.mark + 1] === '.') {
    // "[...]" inside a quotation: the bracket closes an elision, not a sentence
    return fold[c.mark - 1] === '[' || fold[c.mark + 3] === ']';
  }
  const before = fold.slice(Math.max(0, c.mark - 40), c.mark);
  const m = WORD_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1];
  const last = word.slice(word.lastIndexOf('.') + 1).replace(/^-+/, '');
  // single capital initial: "J.", "J.-Y.", "U.S."
  if (/^\p{Lu}$/u.test(last)) return true;
  return abbreviations.has(word) || abbreviations.has(last) || abbreviations.has(word.toLowerCase());
}
