/**
 * The nearest cue before the quote in its sentence: `X a déclaré : «…»`, `X said "…"`,
 * `Le Kremlin a indiqué que la réunion visait à «…»`. A gerund or infinitive cue (`précisant
 * que`, `avant de préciser :`, `adding that`) continues the speaker of the sentence: the previous
 * quote of the sentence, else the subject of an earlier finite cue, else a name before it.
 */
import { adverbsAt, cueBefore } from '../cues.js';
import { subjectAfter, subjectBefore, type Range } from '../phrase.js';
import { narrow, resolve } from '../speaker.js';
import type { Context, Cue, Speaker } from '../types.js';
import { cueText, skipAudience, viaAt, withVia } from './common.js';

function fromFinite(ctx: Context, cue: Cue, hi: number): Speaker {
  const { toks, pack } = ctx;
  let subj: Range = cue.pronoun ? [cue.from, cue.from] : subjectBefore(toks, ctx.before, cue.from, pack);
  if (!cue.pronoun && subj[0] >= subj[1]) {
    subj = subjectAfter(toks, skipAudience(ctx, cue.to, hi), hi, pack);
  }
  const s = resolve(ctx, subj, cueText(ctx, cue), cue.pronoun);
  return withVia(s, viaAt(ctx, cue.to, hi));
}

/**
 * The subject of the main clause before a gerund: going back over the comma-separated chunks,
 * the nearest chunk that opens with a capitalised word (after adverbs and determiners) gives its
 * capitalised run (`Jobs started by hinting at the incident, saying`).
 */
function clauseSubject(ctx: Context, lo: number, to: number): Range | null {
  const { toks, pack } = ctx;
  let end = to;
  while (end > lo) {
    let start = end - 1;
    while (start > lo && toks[start - 1].w !== ',') start--;
    let k = start + adverbsAt(toks, start, end, pack);
    while (k < end && pack.sets.determiners.has(toks[k].w)) k++;
    if (k < end && toks[k].upper && !pack.sets.phraseStops.has(toks[k].w)) {
      let e = k;
      while (e < end && (toks[e].upper || (pack.sets.nameParticles.has(toks[e].w) && e + 1 < end && toks[e + 1].upper))) e++;
      return [k, e];
    }
    end = start - 1;
  }
  return null;
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
    const [s, e] = narrow(toks, subj, pack);
    if (e - s >= 2 && toks[e - 1].upper) return { ...resolve(ctx, subj, text), cue: text };
  }
  for (let k = cue.from - 1; k >= lo; k--) {
    const prevQ = toks[k].q;
    if (prevQ !== undefined) {
      for (let i = ctx.previous.length - 1; i >= 0 && ctx.previous[i].end > toks[k].s; i--) {
        const p = ctx.previous[i];
        if (p.start >= toks[k].s && p.end <= toks[k].e && p.speaker) return { ...p, cue: text };
      }
    }
  }
  const main = cueBefore(toks, lo, cue.from, pack);
  if (main && main.kind === 'finite') return { ...fromFinite(ctx, main, cue.from), cue: text };
  const named = clauseSubject(ctx, lo, cue.from);
  if (named) return { ...resolve(ctx, named, text), cue: text };
  return { speaker: null, speakerType: null, via: null, cue: text };
}
