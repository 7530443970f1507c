/**
 * Direct or partial, and whether quoted words are a statement at all.
 *  - direct: the quote stands as a clause of its own: at the start of the sentence, after a colon
 *    or an end mark, after a comma when nothing of the writer's sentence follows it, or right after
 *    a reporting verb when it opens with a capital (`said in an interview "Everyone…"`).
 *  - partial: anything else (after que/that, a determiner, a preposition, a noun).
 *  - kept: a quote with a speaker found in its own sentence; or, without one, a quote long enough
 *    to be a statement (five words) or a whole sentence (a capital, a final stop). Short all-capitalised quotes are names or titles of works, never kept.
 */
import { codeAt, isAccent, isLatin, isLetter, isPair, isUpper, knownCase } from './chars.js';
import { cueAt, cueBefore } from './cues.js';
import type { QuoteKind } from '../types.js';
import type { QuotesPack, Token } from './types.js';

const OPENING = new Set([':', '.', '!', '?', ';', '(', '-', '[', '…']);
const ENDING = new Set(['.', '!', '?', ';', '…']);
const LETTER = /^\p{L}/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
const CAPITAL = /^\p{Lu}/u;
const END_MARK = /[.!?…]$/u;

export function kindOf(toks: readonly Token[], at: number, lo: number, hi: number, text: string, pack: QuotesPack): QuoteKind {
  if (at === lo) return 'direct';
  const prev = toks[at - 1];
  if (prev.q !== undefined || OPENING.has(prev.w)) return 'direct';
  if (prev.w === ',') {
    const next = at + 1 < hi ? toks[at + 1] : null;
    if (!next || ENDING.has(next.w) || next.w === ':' || next.q !== undefined) return 'direct';
    // `…, «…», a-t-il dit` stands alone; `…, «…», et le jeune …` goes on with the writer's sentence
    if ((next.w === ',' || next.w === '-') && at + 2 < hi && (toks[at + 2].q !== undefined || cueAt(toks, at + 2, hi, pack))) return 'direct';
    return 'partial';
  }
  if (!CAPITAL.test(text) || pack.sets.determiners.has(prev.w) || pack.sets.phraseStops.has(prev.w)) return 'partial';
  const cue = cueBefore(toks, lo, at, pack);
  if (!cue) return 'partial';
  for (let k = cue.to; k < at; k++) if (pack.sets.complementizers.has(toks[k].w)) return 'partial';
  return 'direct';
}

/** Length of the character at i of s (2 for a surrogate pair) when the one-character `re` accepts it, else 0. */
function charOf(s: string, i: number, re: RegExp): number {
  const n = isPair(s, i) ? 2 : 1;
  return re.test(s.slice(i, i + n)) ? n : 0;
}

/** Length of the character at i when it may go on a word (a letter, an accent, ' or -), else 0. */
function wordChar(s: string, i: number): number {
  const c = codeAt(s, i);
  if (c < 128) return isLetter(c) || c === 39 || c === 45 ? 1 : 0;
  if (isLatin(c) || isAccent(c)) return 1;
  return charOf(s, i, LETTER_OR_MARK);
}

export function isStatement(text: string, attributed: boolean): boolean {
  // the first five words (LETTERS), read by char code: how many, and whether all are capitalised
  let n = 0;
  let capitals = true;
  for (let i = 0; i < text.length && n < 5;) {
    const c = text.charCodeAt(i);
    const first = c < 128 ? (isLetter(c) ? 1 : 0) : isLatin(c) ? 1 : charOf(text, i, LETTER);
    if (!first) { i += isPair(text, i) ? 2 : 1; continue; }
    n++;
    if (!(knownCase(c) ? isUpper(c) : CAPITAL.test(text.slice(i, i + first)))) capitals = false;
    i += first;
    for (let k = wordChar(text, i); k > 0; k = wordChar(text, i)) i += k;
  }
  // a whole sentence in marks (`‘It's our town.’`) is a statement even when short
  const sentence = n >= 2 && CAPITAL.test(text) && END_MARK.test(text);
  if (n <= 3 && capitals && !sentence) return false;
  return attributed || sentence || n >= 5;
}
