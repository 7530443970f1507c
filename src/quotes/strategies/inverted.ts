/**
 * The cue right after the quote: `«…», a indiqué le Kremlin`, `«…», a-t-il ajouté`,
 * `"…," said Smith`, and the subject-first variant `"…," Smith said` / `"…," he told reporters`.
 */
import { adverbsAt, cueAt } from '../cues.js';
import { initialDot } from '../tokens.js';
import { subjectAfter, subjectBefore } from '../phrase.js';
import { resolve, throughTitle } from '../speaker.js';
import type { Context, Speaker } from '../types.js';
import { cueText, gatheredAt, skipAudience, viaAt, withVia } from './common.js';

export function invertedCue(ctx: Context): Speaker | null {
  const { toks, pack, at, after: hi } = ctx;
  let k = at + 1;
  if (k < hi && (toks[k].w === ',' || toks[k].w === '-')) k++;
  if (k >= hi) return null;
  // `s'est indigné X`, `se félicite X`: the verb opens with its clitic
  const cue = cueAt(toks, k, hi, pack) ?? (pack.clitics.has(toks[k].w) ? cueAt(toks, k + 1, hi, pack) : null);
  if (cue && cue.kind === 'finite') {
    if (cue.pronoun && pack.sets.impersonalPronouns.has(cue.pronoun)) return gatheredAt(ctx, cue.to, hi, cueText(ctx, cue));
    // `confie à l'AFP une habitante`, `a dénoncé mardi sur BFMTV X`: an audience may come before
    // the subject, after adverbs
    const adv = cue.to + adverbsAt(toks, cue.to, hi, pack);
    const from = skipAudience(ctx, adv, hi);
    const subj = cue.pronoun ? [cue.to, cue.to] as [number, number] : throughTitle(ctx, subjectAfter(toks, from, hi, pack), hi);
    if (!cue.pronoun && subj[0] >= subj[1]) return null;
    const s = resolve(ctx, subj, cueText(ctx, cue), cue.pronoun);
    return withVia(s, viaAt(ctx, adv, hi) ?? viaAt(ctx, subj[1], hi));
  }
  // subject first: up to 8 words (an apposition allowed) then the verb
  let relative = false;
  for (let m = k + 1; m < hi && m <= k + 12; m++) {
    const t = toks[m];
    if (t.q !== undefined || (t.w === '.' && !initialDot(toks, m, k, pack.sets.titleAbbreviations)) || t.w === ':' || t.w === ';') return null;
    // `one resident, who asked not to be named, told AFP`: a relative clause's verb is not the cue
    if (pack.sets.relatives.has(t.w) && toks[m - 1].w === ',') relative = true;
    else if (t.w === ',') relative = false;
    if (relative) continue;
    const c = cueAt(toks, m, hi, pack);
    if (c && c.kind === 'finite') {
      const subj = subjectBefore(toks, k, c.from, pack);
      if (subj[0] !== k || subj[1] <= subj[0]) return null;
      const s = resolve(ctx, subj, cueText(ctx, c), c.pronoun);
      return withVia(s, (viaAt(ctx, c.to, hi) ?? viaAt(ctx, c.to - 1, hi)));
    }
  }
  return null;
}
