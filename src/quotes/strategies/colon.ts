/**
 * A quote announced by a colon, with no reporting verb: the subject of the clause before the colon
 * is the speaker (`Denis Baupin a ensuite défendu sa décision : «…»`, `the minister was clear: "…"`).
 */
import { clauseSubject } from '../phrase.js';
import { resolve } from '../speaker.js';
import type { Context, Speaker } from '../types.js';

export function colon(ctx: Context): Speaker | null {
  const { toks, pack, at, before: lo } = ctx;
  if (at - 1 <= lo || toks[at - 1].w !== ':') return null;
  const subj = clauseSubject(toks, lo, at - 1, pack);
  if (!subj) return null;
  const s = resolve(ctx, subj, null);
  return s.speaker ? s : null;
}
