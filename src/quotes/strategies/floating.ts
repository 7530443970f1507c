/**
 * A quote with no cue and no source in its own sentence (`Par ailleurs, «…».`, `"…"` standing
 * alone) continues the previous quote's speaker when that quote is close: at most two sentences
 * before, in the same paragraph or the one just before. Otherwise it has no speaker.
 */
import { isWord } from '../phrase.js';
import type { Context, Speaker } from '../types.js';

/**
 * `«…», a beuglé un élu`: an auxiliary and a participle right after the quote, a verb not in the
 * lexicon with its own subject. The sentence names a source that could not be read: it is not the
 * previous speaker's.
 */
function unreadIncise(ctx: Context): boolean {
  const { toks, pack } = ctx;
  let j = ctx.at + 1;
  if (j < ctx.after && toks[j].w === ',') j++;
  return j + 1 < ctx.after && pack.forms.get(toks[j].w)?.kind === 'aux' && !toks[j + 1].upper && isWord(toks[j + 1]);
}

export function floating(ctx: Context): Speaker | null {
  if (unreadIncise(ctx)) return null;
  const prev = ctx.previous[ctx.previous.length - 1];
  if (!prev || !prev.speaker || prev.cue === null && prev.speaker === null) return null;
  if (prev.sentence < ctx.sentence - 2 || prev.paragraph < ctx.paragraph - 1) return null;
  return { speaker: prev.speaker, speakerType: prev.speakerType, via: prev.via, cue: null };
}
