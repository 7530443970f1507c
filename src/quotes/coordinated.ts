/**
 * Reported speech coordinated after a quote in the same sentence, with no quote marks of its own:
 *  - `X a jugé la mesure « injuste » et a affirmé que le syndicat irait en justice`
 *  - `X said the cuts were "overdue" and that he expected more restructuring next year`
 *  - `X called the bill "a wish list" and said his party would force a full reading`
 * The clause shares the speaker of the quote before it; the quote's own rules found that speaker.
 */
import { adverbsAt, cueAt, cueBefore } from './cues.js';
import { bareClause, clauseEnd, MIN_WORDS, reported, type Reported } from './indirect.js';
import { isWord } from './phrase.js';
import { cueText, skipAudience } from './strategies/common.js';
import type { Context, Speaker } from './types.js';

/** how many words may stand between the quote and the coordinator (`"…" on Monday and said`) */
const GAP = 4;

/** The clause coordinated after the quote token at ctx.at, spoken by `sp`, or null. */
export function coordinated(ctx: Context, sp: Speaker): Reported | null {
  const { toks, pack, at, after: hi } = ctx;
  if (sp.speaker === null) return null;
  let c = at + 1;
  while (c < hi && c <= at + GAP && !pack.sets.coordinators.has(toks[c].w) && isWord(toks[c])) c++;
  if (c >= hi || !pack.sets.coordinators.has(toks[c].w)) return null;
  let from = -1;
  let cue = sp.cue;
  const k = c + 1 + adverbsAt(toks, c + 1, hi, pack);
  if (k < hi && pack.sets.complementizers.has(toks[k].w)) {
    // `and that …` takes the verb before the quote, which must report speech (not `estime que`)
    const v = cueBefore(toks, ctx.before, at, pack);
    if (!v || !v.speech) return null;
    from = k + 1;
  } else {
    const v = cueAt(toks, k, hi, pack);
    if (!v || !v.speech || v.kind !== 'finite') return null;
    const j = skipAudience(ctx, v.to, hi);
    from = j < hi && pack.sets.complementizers.has(toks[j].w) ? j + 1 : bareClause(ctx, v, hi);
    if (from < 0) return null;
    cue = cueText(ctx, v);
  }
  const to = clauseEnd(ctx, from);
  if (to - from < MIN_WORDS) return null;
  // quoted words inside the clause are annotated alone, as partial quotes
  for (let m = from; m < to; m++) if (toks[m].q !== undefined) return null;
  return reported(sp, from, to, cue);
}
