/**
 * The source named by a preposition: `Selon X, «…»`, `D'après le communiqué du ministère, «…»`,
 * `Pour X, «…»` (only at the start of the sentence), `«…», selon X`, `according to X, "…"`.
 */
import { adverbsAt } from '../cues.js';
import { isWord, phraseAt, wordsForward } from '../phrase.js';
import { resolve } from '../speaker.js';
import type { Context, Speaker } from '../types.js';

function sourceAt(ctx: Context, i: number, hi: number, atStart: boolean): Speaker | null {
  const { toks, pack } = ctx;
  const n = phraseAt(toks, i, hi, pack.according) || (atStart ? phraseAt(toks, i, hi, pack.accordingAtStart) : 0);
  if (!n) return null;
  // `Pour lui, «…»`, `«…», selon elle.`: a pronoun stands for a speaker named before
  const p = i + n;
  if (p < hi && pack.sets.sourcePronouns.has(toks[p].w) && (p + 1 >= hi || !isWord(toks[p + 1]))) return resolve(ctx, [p, p], null, toks[p].w);
  let e = wordsForward(toks, p, hi, pack, 10);
  // `selon le communiqué du ministère de l'Intérieur`: the stops inside are links of the phrase
  while (e < hi && pack.sets.sourceLinks.has(toks[e].w)) e = wordsForward(toks, e + 1, hi, pack, 8);
  if (e <= i + n) return null;
  // `Pour le ministre de l'Economie, Bruno Le Maire, «…»`: the name in apposition
  if (e + 1 < hi && toks[e].w === ',' && toks[e + 1].upper) {
    const x = wordsForward(toks, e + 1, hi, pack, 5);
    if (x < hi && toks[x].w === ',') return resolve(ctx, [i + n, x], null);
  }
  if (atStart && !phraseAt(toks, i, hi, pack.according) && (e >= hi || toks[e].w !== ',')) return null;
  return resolve(ctx, [i + n, e], null);
}

export function according(ctx: Context): Speaker | null {
  const { toks, at, before: lo, after: hi } = ctx;
  const first = lo + adverbsAt(toks, lo, at, ctx.pack);
  for (let k = at - 1; k >= lo; k--) {
    const s = sourceAt(ctx, k, at, k === first);
    if (s) return s;
  }
  let k = at + 1;
  if (k < hi && toks[k].w === ',') k++;
  return sourceAt(ctx, k, hi, false);
}
