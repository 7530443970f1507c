/**
 * The nearest cue before the quote in its sentence: `X a déclaré : «…»`, `X said "…"`,
 * `Le Kremlin a indiqué que la réunion visait à «…»`. A gerund or infinitive cue (`précisant
 * que`, `avant de préciser :`, `adding that`) continues the speaker of the sentence: the previous
 * quote of the sentence, else the subject of an earlier finite cue, else a name before it.
 */
import { cueBefore } from '../cues.js';
import { clauseSubject, phraseAt, subjectAfter, subjectBefore, type Range } from '../phrase.js';
import { narrow, resolve } from '../speaker.js';
import type { Context, Cue, Speaker } from '../types.js';
import { cueText, gatheredAt, skipAudience, viaAt, withVia } from './common.js';

/**
 * A phrase that can be a subject: a pronoun, a capitalised word, or a determiner with its noun.
 * `applications, commonly called "apps"` has none: that verb reports nobody.
 */
function plausible(ctx: Context, a: number, b: number): boolean {
  const { toks, pack } = ctx;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.upper || pack.sets.pronouns.has(t.w) || pack.sets.determiners.has(t.w)) return true;
  }
  return false;
}

function fromFinite(ctx: Context, cue: Cue, hi: number): Speaker | null {
  const { toks, pack } = ctx;
  let subj: Range = cue.pronoun ? [cue.from, cue.from] : subjectBefore(toks, ctx.before, cue.from, pack);
  const prev = cue.from > ctx.before ? toks[cue.from - 1] : null;
  const opening = prev !== null && cue.from - 1 === ctx.before && pack.sets.phraseStops.has(prev.w);
  if (!cue.pronoun && subj[0] >= subj[1] && (!prev || prev.w === ',' || prev.q !== undefined || opening)) {
    // an incise before the quote: `Comme l'a expliqué X, «…»`
    subj = subjectAfter(toks, skipAudience(ctx, cue.to, hi), hi, pack);
    // `said the poll showed "…"`: a phrase running into the quote is a clause, not an incise
    if (subj[1] >= hi) subj = [cue.from, cue.from];
  }
  if (!cue.pronoun && subj[1] > subj[0] && !plausible(ctx, subj[0], subj[1])) return null;
  const impersonal = cue.pronoun ?? (subj[1] - subj[0] === 1 ? toks[subj[0]].w : '');
  if (pack.sets.impersonalPronouns.has(impersonal)) return gatheredAt(ctx, cue.to, hi, cueText(ctx, cue));
  const s = resolve(ctx, subj, cueText(ctx, cue), cue.pronoun);
  // `Interrogé par Le Parisien, X a déclaré`: a relay opening the sentence (one of several words, not `à`)
  const relay = phraseAt(toks, ctx.before, cue.from, pack.relays) >= 2 ? viaAt(ctx, ctx.before, cue.from) : null;
  return withVia(s, (viaAt(ctx, cue.to, hi) ?? viaAt(ctx, cue.to - 1, hi) ?? relay));
}

export function subjectCue(ctx: Context): Speaker | null {
  const { toks, pack, at, before: lo } = ctx;
  const cue = cueBefore(toks, lo, at, pack);
  if (!cue) return null;
  if (cue.kind === 'finite') return fromFinite(ctx, cue, at);
  // continuation
  const text = cueText(ctx, cue);
  const subj = subjectBefore(toks, lo, cue.from, pack);
  if (subj[1] === cue.from && subj[0] < subj[1]) {
    const n = narrow(toks, subj, pack);
    if (n[1] - n[0] >= 2 && toks[n[1] - 1].upper) return { ...resolve(ctx, subj, text), cue: text };
  }
  for (let k = cue.from - 1; k >= lo; k--) {
    const prevQ = toks[k].q;
    if (prevQ !== undefined) {
      for (let i = ctx.previous.length - 1; i >= 0 && ctx.previous[i].end > toks[k].s; i--) {
        const p = ctx.previous[i];
        if (p.start >= toks[k].s && p.end <= toks[k].e && p.speaker) return { speaker: p.speaker, speakerType: p.speakerType, via: p.via, cue: text };
      }
    }
  }
  const main = cueBefore(toks, lo, cue.from, pack);
  const found = main && main.kind === 'finite' ? fromFinite(ctx, main, cue.from) : null;
  if (found) return { ...found, cue: text };
  const named = clauseSubject(toks, lo, cue.from, pack);
  if (named) return { ...resolve(ctx, named, text), cue: text };
  return { speaker: null, speakerType: null, via: null, cue: text };
}
