/** Recognise a reporting-verb phrase starting at a token: finite, compound (aux + participle), inverted, gerund, infinitive. */
import { wordsAt } from './tokens.js';
import type { Cue, QuotesPack, Token } from './types.js';

const LETTER_FIRST = /^\p{L}/u;

/**
 * The inverted form a word is (a-t-il), if any. Every inverted form is written with a hyphen
 * (between form and pronoun): a word without one is not read.
 */
export function invertedForm(w: string, pack: QuotesPack) {
  return w.includes('-') ? pack.inverted(w) : undefined;
}

/** The longest verb form (1 to 3 tokens) starting at i. */
function form(toks: readonly Token[], i: number, hi: number, pack: QuotesPack) {
  let key = '';
  let best: { n: number; info: NonNullable<ReturnType<QuotesPack['forms']['get']>> } | null = null;
  const max = pack.heads.has(toks[i].w) ? 3 : 1;
  for (let n = 1; n <= max && i + n <= hi; n++) {
    const t = toks[i + n - 1];
    if (t.q !== undefined) break;
    key = n === 1 ? t.w : `${key} ${t.w}`;
    const info = pack.forms.get(key);
    if (info) best = { n, info };
  }
  return best;
}

/** Number of tokens of adverb phrases starting at i (0 when none). */
export function adverbsAt(toks: readonly Token[], i: number, hi: number, pack: QuotesPack): number {
  let j = i;
  for (let guard = 0; guard < 4; guard++) {
    if (j >= hi) break;
    const list = pack.adverbs.get(toks[j].w);
    if (!list) break;
    const hit = list.find((a) => j + a.length <= hi && wordsAt(toks, j, a));
    if (!hit) break;
    j += hit.length;
  }
  return j - i;
}

export function cueAt(toks: readonly Token[], i: number, hi: number, pack: QuotesPack): Cue | null {
  if (i >= hi || toks[i].q !== undefined) return null;
  const inv = invertedForm(toks[i].w, pack);
  const f = inv ? { n: 1, info: pack.forms.get(inv.form)! } : form(toks, i, hi, pack);
  if (!f) return null;
  let cue: Cue | null = null;
  if (f.info.kind === 'aux') {
    const j = i + f.n + adverbsAt(toks, i + f.n, hi, pack);
    const p = form(toks, j, hi, pack);
    if (p && p.info.kind !== 'aux' && p.info.kind !== 'gerund' && p.info.kind !== 'infinitive') {
      cue = { from: i, to: j + p.n, kind: 'finite', lemma: p.info.lemma, speech: p.info.speech };
    }
  } else if (f.info.kind !== 'participle') {
    cue = { from: i, to: i + f.n, kind: f.info.kind, lemma: f.info.lemma, speech: f.info.speech };
  } else if (i > 0 && pack.sets.coordinators.has(toks[i - 1].w)) {
    // `a condamné le crime et estimé que`: a participle sharing the auxiliary of the first verb
    cue = { from: i, to: i + f.n, kind: 'finite', lemma: f.info.lemma, speech: f.info.speech };
  }
  if (!cue) return null;
  const prev = i > 0 ? toks[i - 1] : null;
  // `United States`, `a claimed seven hours`, `la note`: a name or a noun, not a verb
  if (prev && toks[i].upper && LETTER_FIRST.test(prev.w)) return null;
  if (prev && pack.sets.determiners.has(prev.w) && !(pack.clitics.has(prev.w) && f.info.kind === 'aux')) return null;
  if (cue.to < hi && pack.passiveAgents.has(toks[cue.to].w)) return null;
  if (inv) cue.pronoun = inv.pronoun;
  if (cue.kind === 'finite') while (cue.from > 0 && pack.clitics.has(toks[cue.from - 1].w)) cue.from--;
  return cue;
}

/** An infinitive cue counts only after a linking phrase (`avant de préciser`). */
function linked(toks: readonly Token[], at: number, pack: QuotesPack): boolean {
  return pack.infinitiveLinks.some((l) => at - l.length >= 0 && wordsAt(toks, at - l.length, l));
}

/** The nearest cue ending at or before `to`, searching back to `lo`. */
export function cueBefore(toks: readonly Token[], lo: number, to: number, pack: QuotesPack): Cue | null {
  for (let k = to - 1; k >= lo; k--) {
    let c = cueAt(toks, k, to, pack);
    if (!c) continue;
    // `had already stated`: prefer the compound that ends where this form ends
    for (let j = k - 1; j >= lo && j >= k - 4; j--) {
      const longer = cueAt(toks, j, to, pack);
      if (longer && longer.to === c.to) c = longer;
    }
    if (c.kind === 'infinitive' && !linked(toks, c.from, pack)) continue;
    return c;
  }
  return null;
}
