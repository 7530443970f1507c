/**
 * Direct or partial, and whether quoted words are a statement at all.
 *  - direct: the quote stands as a clause of its own: at the start of the sentence, after a colon
 *    or an end mark, after a comma when nothing of the writer's sentence follows it, or right after
 *    a reporting verb when it opens with a capital (`said in an interview "Everyone…"`).
 *  - partial: anything else (after que/that, a determiner, a preposition, a noun).
 *  - kept: a quote with a speaker found in its own sentence; or, without one, a quote long enough
 *    to be a statement (five words) or a whole sentence (a capital, a final stop). Short all-capitalised quotes are names or titles of works, never kept.
 */
import { cueAt, cueBefore } from './cues.js';
import type { QuoteKind } from '../types.js';
import type { QuotesPack, Token } from './types.js';

const OPENING = new Set([':', '.', '!', '?', ';', '(', '-', '[', '…']);
const ENDING = new Set(['.', '!', '?', ';', '…']);
const LETTERS = /\p{L}[\p{L}\p{M}'-]*/gu;
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

export function isStatement(text: string, attributed: boolean): boolean {
  const ws: string[] = [];
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(text); m && ws.length < 5; m = LETTERS.exec(text)) ws.push(m[0]);
  // a whole sentence in marks (`‘It's our town.’`) is a statement even when short
  const sentence = ws.length >= 2 && CAPITAL.test(text) && END_MARK.test(text);
  if (ws.length <= 3 && ws.every((w) => CAPITAL.test(w)) && !sentence) return false;
  return attributed || sentence || ws.length >= 5;
}
