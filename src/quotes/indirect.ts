/**
 * Reported speech without quote marks, in a sentence that has none:
 *  - `X a annoncé que CLAUSE` / `X said (that) CLAUSE`: a speech cue, then que/that within a few
 *    words; the clause runs to the end of the sentence.
 *  - `CLAUSE, a précisé l'exécutif russe.` / `CLAUSE, he said.`: the cue in an incise closing the
 *    sentence; the clause is what precedes the comma.
 * Verbs of opinion (stance lemmas) are left out: their clause is a view, not a report.
 */
import { cueAt } from './cues.js';
import { skipAudience } from './strategies/common.js';
import { invertedCue } from './strategies/inverted.js';
import { subjectCue } from './strategies/subject.js';
import type { Context, Speaker } from './types.js';

export interface Reported extends Speaker { from: number; to: number }

const END = new Set(['.', '!', '?', ';', '…', ':']);
const MIN_WORDS = 4;

function clauseEnd(ctx: Context, from: number): number {
  let e = ctx.after;
  while (e > from && END.has(ctx.toks[e - 1].w)) e--;
  return e;
}

export function indirect(ctx: Context, thatOptional: boolean): Reported | null {
  const { toks, pack, before: lo, after: hi } = ctx;
  for (let k = lo; k < hi; k++) {
    const cue = cueAt(toks, k, hi, pack);
    if (!cue || !cue.speech || (cue.kind !== 'finite' && cue.kind !== 'gerund')) continue;
    let m = cue.to;
    while (m < hi && m < cue.to + 9 && !pack.sets.complementizers.has(toks[m].w) && !END.has(toks[m].w)) m++;
    let from = -1;
    if (m < hi && pack.sets.complementizers.has(toks[m].w)) from = m + 1;
    else if (thatOptional && cue.kind === 'finite' && !cue.pronoun) {
      const s = skipAudience(ctx, cue.to, hi);
      if (s < hi && /^[\p{L}\d]/u.test(toks[s].w) && !pack.sets.phraseStops.has(toks[s].w) && k > lo) from = s;
    }
    if (from < 0) continue;
    const to = clauseEnd(ctx, from);
    if (to - from < MIN_WORDS) continue;
    const sp = subjectCue({ ...ctx, at: from });
    if (sp) return { ...sp, from, to };
  }
  // incise closing the sentence
  for (let c = hi - 1; c > lo + MIN_WORDS; c--) {
    if (toks[c].w !== ',') continue;
    const cue = cueAt(toks, c + 1, hi, pack);
    const sp = invertedCue({ ...ctx, at: c - 1 });
    if (!sp || !sp.cue) return null;
    if (cue && !cue.speech) return null;
    return { ...sp, from: lo, to: c };
  }
  return null;
}
