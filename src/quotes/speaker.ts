/**
 * Name a speaker phrase. The entity stage comes first: an entity overlapping the phrase gives its
 * canonical name. Otherwise the phrase is narrowed (apposition, trailing proper name, source noun
 * such as `le communiqué de X` → X) and returned as written, without its determiner. Pronouns
 * point back to the latest speaker or person named nearby.
 */
import { entityAt } from '../entities/lookup.js';
import type { SpeakerType } from '../types.js';
import type { Range } from './phrase.js';
import type { Context, QuotesPack, Speaker, Token } from './types.js';

type Named = { speaker: string | null; speakerType: SpeakerType };

function stripDeterminers(toks: readonly Token[], a: number, b: number, pack: QuotesPack): number {
  while (a < b - 1 && pack.sets.determiners.has(toks[a].w)) a++;
  return a;
}

/** The last run of capitalised words (particles allowed inside) of at least two words in [a, b). */
export function nameRun(toks: readonly Token[], a: number, b: number, pack: QuotesPack): Range | null {
  while (b > a + 1 && !toks[b - 1].upper) b--;
  for (let e = b; e > a + 1;) {
    const r = trailingRun(toks, a, e, pack);
    if (r) return r;
    e--;
    while (e > a + 1 && !toks[e - 1].upper) e--;
  }
  return null;
}

function trailingRun(toks: readonly Token[], a: number, b: number, pack: QuotesPack): Range | null {
  let k = b;
  let caps = 0;
  while (k > a && (toks[k - 1].upper || (caps > 0 && k - 1 > a && pack.sets.nameParticles.has(toks[k - 1].w) && toks[k - 2].upper))) {
    if (toks[k - 1].upper) caps++;
    k--;
  }
  return caps >= 2 && toks[b - 1].upper ? [k, b] : null;
}

/** Narrow a phrase to the words that name its speaker. */
export function narrow(toks: readonly Token[], [a, b]: Range, pack: QuotesPack): Range {
  const segs: Range[] = [];
  for (let s = a, k = a; k <= b; k++) {
    if (k === b || toks[k].w === ',' || toks[k].w === '(' || toks[k].w === ')') {
      if (k > s) segs.push([stripDeterminers(toks, s, k, pack), k]);
      s = k + 1;
    }
  }
  if (!segs.length) return [a, a];
  const led = (r: Range) => pack.sets.sourceNouns.has(toks[r[0]].w);
  for (const seg of segs) {
    const run = led(seg) ? null : nameRun(toks, seg[0], seg[1], pack);
    if (run) return run;
  }
  const [s, e] = segs[0];
  if (led(segs[0])) {
    let k = s + 1;
    while (k < e && pack.sets.sourceLinks.has(toks[k].w)) k++;
    if (k > s + 1 && k < e) {
      const inner = narrow(toks, [k, e], pack);
      return nameRun(toks, inner[0], inner[1], pack) ? [s, e] : inner;
    }
  }
  return [s, e];
}

function typeOf(toks: readonly Token[], [a, b]: Range, pack: QuotesPack): SpeakerType {
  let person = nameRun(toks, a, b, pack) !== null;
  for (let k = a; k < b; k++) {
    if (pack.sets.orgWords.has(toks[k].w)) return 'organization';
    if (pack.sets.personWords.has(toks[k].w)) person = true;
  }
  return person ? 'person' : null;
}

/** Name the phrase [a, b) of ctx.toks; `pronoun` when it is only a pronoun. */
export function name(ctx: Context, r: Range): Named | 'pronoun' | null {
  const { toks, pack, doc } = ctx;
  const [a, b] = r;
  if (a >= b) return null;
  if (b - a <= 2 && pack.sets.pronouns.has(b - a === 1 ? toks[a].w : `${toks[a].w} ${toks[a + 1].w}`)) return 'pronoun';
  const [s, e] = narrow(toks, r, pack);
  if (s >= e) return null;
  const ent = entityAt(doc.entities, toks[s].s, toks[e - 1].e);
  if (ent && (ent.type !== 'place' || ent.mentions.some((m) => m.start === toks[s].s))) {
    return { speaker: ent.name, speakerType: ent.type === 'person' ? 'person' : 'organization' };
  }
  const text = doc.text.slice(toks[s].s, toks[e - 1].e);
  return { speaker: text, speakerType: typeOf(toks, [a, b], pack) };
}

/** The speaker a pronoun at `pos` points back to. */
export function antecedent(ctx: Context, pos: number): Named {
  let prev: Context['previous'][number] | undefined;
  for (let i = ctx.previous.length - 1; i >= 0 && i >= ctx.previous.length - 20; i--) {
    if (ctx.previous[i].speaker !== null) { prev = ctx.previous[i]; break; }
  }
  if (prev && prev.sentence >= ctx.sentence - 3) return prev;
  let best: Named | null = null;
  let bestAt = pos - 400;
  for (const ent of ctx.doc.entities) {
    if (ent.type !== 'person') continue;
    for (const m of ent.mentions) {
      if (m.end <= pos && m.start > bestAt) { bestAt = m.start; best = { speaker: ent.name, speakerType: 'person' }; }
    }
  }
  if (best) return best;
  if (prev && prev.paragraph >= ctx.paragraph - 1) return prev;
  return { speaker: null, speakerType: null };
}

/** Name a speaker phrase, resolving pronouns; `pronoun` is the pronoun carried by the verb (a-t-il). */
export function resolve(ctx: Context, r: Range, cue: string | null, pronoun?: string): Speaker {
  const n = pronoun ? 'pronoun' : name(ctx, r);
  const named = n === 'pronoun' ? antecedent(ctx, ctx.toks[ctx.at].s) : n ?? { speaker: null, speakerType: null };
  return { speaker: named.speaker, speakerType: named.speakerType, via: null, cue };
}
