/** Helpers shared by the strategies: cue text, relays and audiences after a verb. */
import { audienceEnd, phraseAt, relayAt, relayedBy, relayEnd, type Range } from '../phrase.js';
import { name } from '../speaker.js';
import type { Context, Cue, Speaker } from '../types.js';

export function cueText(ctx: Context, cue: Cue): string {
  return ctx.doc.text.slice(ctx.toks[cue.from].s, ctx.toks[cue.to - 1].e);
}

/**
 * Where a relay's or an audience's name [from, e) really ends: before a person the entity stage
 * found starting inside it (`a expliqué à France Info Marie Dubois`: the run of capitals holds the
 * medium, then the speaker).
 */
function beforePerson(ctx: Context, from: number, e: number): number {
  const { toks } = ctx;
  if (e - from < 2) return e;
  for (const { m, ent } of ctx.mentions.overlapping(toks[from].e, toks[e - 1].e)) {
    if (ent.type !== 'person' || m.start <= toks[from].s) continue;
    let k = from + 1;
    while (k < e && toks[k].s < m.start) k++;
    if (k < e) return k;
  }
  return e;
}

/** A medium's name as press copy often writes it, in quotes: one to four words, the first capitalised. */
const MEDIUM = /^\p{Lu}[^.!?;:,]*$/u;
const MEDIUM_WORDS = 4;

/** `a confié au « Parisien »`, `cité par « Le Monde »`: the quoted name of a medium right after a relay phrase ending at `from`. */
function quotedMedium(ctx: Context, from: number, hi: number): string | null {
  const t = from < hi ? ctx.toks[from] : null;
  if (!t || t.q === undefined) return null;
  const inner = ctx.doc.text.slice(t.s + 1, t.e - 1).trim();
  return MEDIUM.test(inner) && inner.split(/\s+/).length <= MEDIUM_WORDS ? inner : null;
}

/** Who relayed the words: `cité par l'AFP` after `i`, or an audience that is a medium (`a déclaré à l'AFP`, `told the BBC`). */
export function viaAt(ctx: Context, i: number, hi: number): string | null {
  const from = relayEnd(ctx.toks, i, hi, ctx.pack);
  if (from < 0) return null;
  const quoted = quotedMedium(ctx, from, hi);
  if (quoted) return quoted;
  const relay = relayedBy(ctx.toks, from, hi, ctx.pack, ctx.doc.text);
  if (!relay) return null;
  const r: Range = [relay[0], beforePerson(ctx, relay[0], relay[1])];
  const n = name(ctx, r);
  if (!n || n === 'pronoun' || !n.speaker) return null;
  // `told the press`, not `told the Associated Press`: an audience is a common noun
  if (r[1] - r[0] <= 3 && ctx.pack.sets.audiences.has(ctx.toks[r[1] - 1].w) && !ctx.toks[r[1] - 1].upper) return null;
  // a medium has a name: a capital, or an organization of the entity stage written in lower case
  // (franceinfo); a place is where the words were said (`a déclaré à Lyon que`), not who relayed them
  const { toks } = ctx;
  const ents = ctx.mentions.overlapping(toks[r[0]].s, toks[r[1] - 1].e);
  let place = false;
  let org = false;
  for (const { ent } of ents) {
    if (ent.type === 'place') place = true;
    else if (ent.type === 'organization') org = true;
  }
  if (place && !org) return null;
  let named = org;
  for (let k = r[0]; k < r[1] && !named; k++) named = toks[k].upper;
  return named ? n.speaker : null;
}

/**
 * The speaker of a cue whose subject is impersonal (`indique-t-on à Matignon`, `a-t-on appris
 * auprès de la préfecture`): the place named after the cue, where the words were gathered; no
 * speaker without one (an impersonal pronoun points back to nobody).
 */
export function gatheredAt(ctx: Context, i: number, hi: number, cue: string): Speaker {
  const found = relayAt(ctx.toks, i, hi, ctx.pack, ctx.doc.text);
  const n = found ? name(ctx, [found[0], beforePerson(ctx, found[0], found[1])]) : null;
  return n && n !== 'pronoun' && n.speaker ? { speaker: n.speaker, speakerType: n.speakerType, via: null, cue } : { speaker: null, speakerType: null, via: null, cue };
}

/** Skip a `told reporters` / `a déclaré à la presse` audience after the cue. */
export function skipAudience(ctx: Context, i: number, hi: number): number {
  const { toks, pack } = ctx;
  const n = phraseAt(toks, i, hi, pack.relays);
  if (!n) return i;
  const e = audienceEnd(toks, i + n, hi, pack, ctx.doc.text);
  return e > i + n ? beforePerson(ctx, i + n, e) : i;
}

export function withVia(s: Speaker, via: string | null): Speaker {
  return via && via !== s.speaker ? { ...s, via } : s;
}
