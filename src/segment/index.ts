/**
 * Sentence segmentation: linear in the size of the text, no Intl.Segmenter (which exhausts the
 * heap on large strings in Node 20). Sentences are trimmed spans of the input; the text between
 * two sentences is white space only, so the sentences join back to the input.
 */
import type { Sentence } from '../types.js';
import { candidates, lines } from './01-candidates.js';
import { isFalseEnd } from './02-abbreviations.js';

export function segment(fold: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && fold[start] === ' ') start++;
    while (end > start && fold[end - 1] === ' ') end--;
    if (end > start) out.push({ start, end, index: out.length });
  };
  for (const [ls, le] of lines(fold)) {
    let start = ls;
    for (const c of candidates(fold, ls, le)) {
      if (isFalseEnd(fold, c, abbreviations)) continue;
      push(start, c.end);
      start = c.next;
    }
    push(start, le);
  }
  return out;
}
