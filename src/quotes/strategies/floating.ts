/**
 * A quote with no cue and no source in its own sentence (`Par ailleurs, «…».`, `"…"` standing
 * alone) continues the previous quote's speaker when that quote is close: at most two sentences
 * before, in the same paragraph or the one just before. Otherwise it has no speaker.
 */
import type { Context, Speaker } from '../types.js';

export function floating(ctx: Context): Speaker | null {
  const prev = ctx.previous[ctx.previous.length - 1];
  if (!prev || !prev.speaker || prev.cue === null && prev.speaker === null) return null;
  if (prev.sentence < ctx.sentence - 2 || prev.paragraph < ctx.paragraph - 1) return null;
  return { speaker: prev.speaker, speakerType: prev.speakerType, via: prev.via, cue: null };
}
