/**
 * Speaker phrases around a cue, as token ranges [from, to): the subject before the verb (with an
 * apposition: `X, président de Y, a déclaré`), the inverted subject after it (`a indiqué le
 * Kremlin`), the source after `selon`/`according to`, and relays (`cité par l'AFP`).
 */
import { adverbsAt } from './cues.js';
import type { QuotesPack, Token } from './types.js';

export type Range = [number, number];

const WORD = /^[\p{L}\d]/u;
const isWord = (t: Token) => t.q === undefined && WORD.test(t.w);

/** Words going back from `to` (exclusive) down to `lo`, stopping at punctuation and stop words. */
function wordsBack(toks: readonly Token[], lo: number, to: number, pack: QuotesPack, max = 10): number {
  if (to > lo && pack.sets.pronouns.has(toks[to - 1].w)) return to - 1;
  let k = to;
  while (k > lo && to - k < max && isWord(toks[k - 1]) && !pack.sets.phraseStops.has(toks[k - 1].w)) {
    k--;
    // a determiner opens the phrase, unless it follows a link (`le communiqué de la présidence`)
    if (pack.sets.determiners.has(toks[k].w) && !(k > lo && pack.sets.sourceLinks.has(toks[k - 1].w))) break;
  }
  return k;
}

/** Skip back over single-word adverbs before `to` (`he first observed`). */
function adverbsBack(toks: readonly Token[], lo: number, to: number, pack: QuotesPack): number {
  while (to > lo && pack.adverbs.some((a) => a.length === 1 && a[0] === toks[to - 1].w)) to--;
  return to;
}

/** Words going forward from `from`, allowing leading determiners; stops like wordsBack. */
export function wordsForward(toks: readonly Token[], from: number, hi: number, pack: QuotesPack, max = 10): number {
  let k = from;
  while (k < hi && k - from < max && isWord(toks[k]) && (k === from || !pack.sets.phraseStops.has(toks[k].w))) {
    if (k === from && pack.sets.phraseStops.has(toks[k].w) && !pack.sets.determiners.has(toks[k].w)) break;
    k++;
  }
  return k;
}

/** The subject before a cue starting at `cueFrom`. Empty range when there is none. */
export function subjectBefore(toks: readonly Token[], lo: number, cueFrom: number, pack: QuotesPack): Range {
  const end = adverbsBack(toks, lo, cueFrom, pack);
  if (end - 1 >= lo && toks[end - 1].w === ',') {
    // `X, président de Y, a déclaré`: skip back over the apposition to the name before it
    let c = end - 2;
    while (c >= lo && c > end - 24 && toks[c].w !== ',' && toks[c].q === undefined && toks[c].w !== '.') c--;
    if (c < lo || toks[c].w !== ',') return [cueFrom, cueFrom];
    const start = wordsBack(toks, lo, c, pack);
    return start < c ? [start, end - 1] : [cueFrom, cueFrom];
  }
  return [wordsBack(toks, lo, end, pack), end];
}

/** The inverted subject after a cue ending at `from` (`a indiqué le Kremlin`, `said Mr Smith, a spokesman`). */
export function subjectAfter(toks: readonly Token[], from: number, hi: number, pack: QuotesPack): Range {
  const s = from + adverbsAt(toks, from, hi, pack);
  let e = wordsForward(toks, s, hi, pack);
  // `a déclaré le ministre, Manuel Valls,` / `said a spokesman, John Smith.`: keep the name after the comma
  if (e > s && e + 1 < hi && toks[e].w === ',' && toks[e + 1].upper) {
    const n = wordsForward(toks, e + 1, hi, pack, 5);
    if (n === hi || toks[n].w === ',' || toks[n].w === '.') e = n;
  }
  return [s, e];
}

/** A phrase from a list (`cité par`, `selon`) starting at i: its length in tokens, or 0. */
export function phraseAt(toks: readonly Token[], i: number, hi: number, list: readonly (readonly string[])[]): number {
  for (const p of list) if (i + p.length <= hi && p.every((w, x) => toks[i + x].w === w)) return p.length;
  return 0;
}

/** `cité par l'AFP` right at i: the range of the relay's name. */
export function relayAt(toks: readonly Token[], i: number, hi: number, pack: QuotesPack): Range | null {
  let k = i;
  if (k < hi && toks[k].w === ',') k++;
  const n = phraseAt(toks, k, hi, pack.relays);
  if (!n) return null;
  const e = wordsForward(toks, k + n, hi, pack, 6);
  return e > k + n ? [k + n, e] : null;
}
