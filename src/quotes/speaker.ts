/**
 * Name a speaker phrase. The entity stage comes first: an entity overlapping the phrase gives its
 * canonical name. Otherwise the phrase is narrowed (apposition, trailing proper name, source noun
 * such as `le communiqué de X` → X) and returned as written, without its determiner. Pronouns
 * point back to the latest speaker or person named nearby.
 */
import type { Entity, Mention, SpeakerType } from '../types.js';
import { antecedent } from './antecedent.js';
import { initialDot } from './tokens.js';
import { linkedBefore, type Range } from './phrase.js';
import type { Context, QuotesPack, Sex, Speaker, Token } from './types.js';

export type Named = { speaker: string | null; speakerType: SpeakerType };

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
  const initial = (i: number) => initialDot(toks, i, a, pack.sets.titleAbbreviations);
  while (k > a && (toks[k - 1].upper || (caps > 0 && k - 1 > a && (initial(k - 1) || (pack.sets.nameParticles.has(toks[k - 1].w) && toks[k - 2].upper))))) {
    if (toks[k - 1].upper) caps++;
    k--;
  }
  // `maire de New York`: a place in a description is not the speaker's name
  if (k > a && pack.sets.sourceLinks.has(toks[k - 1].w)) return null;
  return caps >= 2 && toks[b - 1].upper ? [k, b] : null;
}

/**
 * Narrow a phrase to the words that name its speaker. One pass over its segments (split at commas
 * and parentheses), without arrays or closures: this ran for every speaker phrase.
 */
export function narrow(toks: readonly Token[], r: Range, pack: QuotesPack, text?: string, org = false): Range {
  const a = r[0];
  const b = r[1];
  // the first segment, without its determiners
  let s0 = -1;
  let e0 = -1;
  let run: Range | null = null;
  for (let s = a, k = a; k <= b; k++) {
    if (k < b && toks[k].w !== ',' && toks[k].w !== '(' && toks[k].w !== ')') continue;
    if (k > s) {
      const from = stripDeterminers(toks, s, k, pack);
      if (s0 < 0) { s0 = from; e0 = k; }
      const n = pack.sets.sourceNouns.has(toks[from].w) ? null : nameRun(toks, from, k, pack);
      if (n) {
        const whole = n[0] === from && n[1] === k;
        // `Senator Ann Cole`, `LR Eric Ciotti`: a title or a party acronym is not part of the name;
        // what a title leaves with a link first (`PDG de Renault`) is the title's complement, no name
        const first = n[0];
        while (n[1] - n[0] > 2 && (pack.sets.personWords.has(toks[n[0]].w) || (!org && text !== undefined && acronym(toks[n[0]], text)))) n[0]++;
        if (n[0] === first || !pack.sets.sourceLinks.has(toks[n[0]].w)) {
          // a segment that is a name by itself (`…, Frank Saunders,`) before a name inside a description
          if (whole) { run = n; break; }
          run ??= n;
        }
      }
    }
    s = k + 1;
  }
  if (s0 < 0) return [a, a];
  if (run) return run;
  // `a ministry statement`, `a company spokesman`: an institution's noun before a source noun is the source
  if (e0 - s0 >= 2 && pack.sets.sourceNouns.has(toks[e0 - 1].w)) {
    let k = s0;
    while (k < e0 - 1 && pack.sets.orgWords.has(toks[k].w)) k++;
    if (k === e0 - 1) return [s0, k];
  }
  if (pack.sets.sourceNouns.has(toks[s0].w)) {
    let k = s0 + 1;
    while (k < e0 && pack.sets.sourceLinks.has(toks[k].w)) k++;
    // `a spokesman for UK Power Networks`: the complement names an organization, and ends at a
    // verb (`un communiqué du ministère publié mardi`; a capital is a name: `the State Department`)
    if (k > s0 + 1 && k < e0) {
      let end = k + 1;
      while (end < e0 && (toks[end].upper || !pack.forms.has(toks[end].w))) end++;
      return narrow(toks, [k, end], pack, text, true);
    }
  }
  return [s0, e0];
}

const ACRONYM = /^\p{Lu}+$/u;
/** A token of two letters or more, all capitals as written (a party: `LR Eric Ciotti`). */
const acronym = (t: Token, text: string) => t.e - t.s >= 2 && ACRONYM.test(text.slice(t.s, t.e));
/** how far back (characters) a bare title looks for the person who carried it */
const TITLE_WINDOW = 3000;

/**
 * Person or organization: a word naming an institution makes an organization, a title or a name
 * (two capitalised words) a person; a single capitalised word that speaks is an institution or a
 * company (Gazprom); any other description names an unnamed person (`une étudiante`).
 */
function typeOf(toks: readonly Token[], a: number, b: number, pack: QuotesPack): SpeakerType {
  let person = nameRun(toks, a, b, pack) !== null;
  for (let k = a; k < b; k++) {
    // the head decides: `un élu de l'opposition` is a person, `le syndicat des enseignants` a body
    if (person && pack.sets.sourceLinks.has(toks[k].w)) return 'person';
    if (pack.sets.orgWords.has(toks[k].w)) return 'organization';
    if (pack.sets.personWords.has(toks[k].w)) person = true;
  }
  if (person) return 'person';
  // a capital that opens the sentence tells nothing (`Analysts said`): it names no body
  return b - a === 1 && toks[a].upper && a > 0 && toks[a - 1].w !== '.' ? 'organization' : 'person';
}

/**
 * The entity behind the narrowed phrase [s, e) of ctx.toks: a person first (`Northrop Grumman CEO
 * Ron Sugar`), then an organization, a place only when it is the whole phrase (`Washington a
 * annoncé`); never one named after a link (`le président du conseil du CERN` is not the CERN).
 */
/**
 * Where mention m starts among the tokens [s, e) of ctx.toks, and whether a link word comes
 * before it, past any determiner (`le président du conseil du CERN`, `the spokesman for Ann Cole`).
 */
function mentionStart(ctx: Context, s: number, e: number, m: Mention): { k: number; linked: boolean } {
  const { toks, pack } = ctx;
  let k = s;
  while (k < e && toks[k].s < m.start) k++;
  return { k, linked: linkedBefore(toks, s, k, pack) };
}

function entityFor(ctx: Context, s: number, e: number): Entity | undefined {
  const { toks, pack } = ctx;
  const a = toks[s].s;
  const b = toks[e - 1].e;
  let best: Entity | undefined;
  let rank = 0;
  let name = true;
  for (let k = s; k < e; k++) if (!toks[k].upper && !initialDot(toks, k, s, pack.sets.titleAbbreviations)) name = false;
  for (const { m, ent } of ctx.mentions.overlapping(a, b)) {
    // `J.D. Vance` is a name: an organization found on part of it does not speak for it
    if (name && ent.type !== 'person' && e - s >= 2 && m.end < b) continue;
    const r = mentionStart(ctx, s, e, m).linked ? 0 : ent.type === 'person' ? 3 : ent.type === 'organization' ? 2 : m.start <= a && m.end >= b ? 1 : 0;
    if (r > rank) { best = ent; rank = r; }
  }
  return best;
}

/**
 * `Saudi Minister of State for Foreign Affairs Adel al-Jubeir`: a description that a person's name
 * closes names that person, however long the title before it; not when a link word comes right
 * before the name (`the spokesman for Ann Cole`, `l'avocat de Nicolas Sarkozy`).
 */
function closingPerson(ctx: Context, a: number, b: number): Entity | undefined {
  const { toks } = ctx;
  const end = toks[b - 1].e;
  for (const { m, ent } of ctx.mentions.overlapping(toks[a].s, end)) {
    if (ent.type !== 'person' || m.end !== end || m.start <= toks[a].s) continue;
    const { k, linked } = mentionStart(ctx, a, b, m);
    if (!linked && toks[k - 1].w !== ',') return ent;
  }
  return undefined;
}

/** how far (tokens) a title may run past the phrase that stopped at its preposition */
const TITLE_REACH = 8;

/**
 * `a déclaré le secrétaire d'État aux Affaires étrangères Karim al-Nasser`: the phrase [a, b)
 * stopped at a preposition that the title goes on through. When a person named within reach after
 * it carries, as the entity stage read it, a title ending the words from the phrase up to the name
 * (a comma between allowed), the phrase runs to the end of that name.
 */
export function throughTitle(ctx: Context, r: Range, hi: number): Range {
  const a = r[0];
  const b = r[1];
  const { toks, pack, doc } = ctx;
  if (a >= b || b >= hi) return [a, b];
  const from = toks[stripDeterminers(toks, a, b, pack)].s;
  let stop = b;
  while (stop < hi && stop - b < TITLE_REACH && toks[stop].q === undefined && toks[stop].w !== '.' && toks[stop].w !== ';' && toks[stop].w !== ':') stop++;
  if (stop === b) return [a, b];
  for (const { m, ent } of ctx.mentions.overlapping(toks[b].s, toks[stop - 1].e)) {
    if (ent.type !== 'person' || m.start < toks[b].e || !ent.roles?.length) continue;
    const before = doc.text.slice(from, m.start).replace(/[\s,]+$/u, '');
    // the title as a whole word at the end (`commissaire` of `haut-commissaire`, not `ministre` of `administre`)
    const ends = (r: string) => before.endsWith(r) && (before.length === r.length || /[\s'-]/u.test(doc.fold[from + before.length - r.length - 1]));
    if (!ent.roles.some(ends)) continue;
    let e = b;
    while (e < stop && toks[e].s < m.end) e++;
    return [a, e];
  }
  return [a, b];
}

/** Name the phrase [a, b) of ctx.toks; `pronoun` when it is only a pronoun. */
export function name(ctx: Context, r: Range): Named | 'pronoun' | null {
  const { toks, pack, doc } = ctx;
  const a = r[0];
  const b = r[1];
  if (a >= b) return null;
  if (b - a <= 2 && pack.sets.pronouns.has(b - a === 1 ? toks[a].w : `${toks[a].w} ${toks[a + 1].w}`)) return 'pronoun';
  const closing = closingPerson(ctx, a, b);
  if (closing) return { speaker: closing.name, speakerType: 'person' };
  // `Yellen, speaking at the Brookings Institution, said`: a person heading an apposition
  let comma = a + 1;
  while (comma < b && toks[comma].w !== ',') comma++;
  if (comma < b) {
    const head = entityFor(ctx, stripDeterminers(toks, a, comma, pack), comma);
    if (head && head.type === 'person') return { speaker: head.name, speakerType: 'person' };
  }
  const n = narrow(toks, r, pack, doc.text);
  const s = n[0];
  const e = n[1];
  if (s >= e) return null;
  const ent = entityFor(ctx, s, e);
  const text = doc.text.slice(toks[s].s, toks[e - 1].e);
  // the entity's name, when the document writes it (`l'exécutif russe` alone is not `Kremlin`)
  if (ent) return { speaker: ctx.mentions.written(ent) ? ent.name : text, speakerType: ent.type === 'person' ? 'person' : 'organization' };
  // `la ministre a affirmé`: a bare title stands for the person who last carried it
  if (e - s <= 2 && pack.sets.personWords.has(toks[s].w) && (e - s === 1 || !toks[s + 1].upper)) {
    const p = ctx.mentions.titled(text, toks[s].s, TITLE_WINDOW);
    if (p) return { speaker: p.name, speakerType: 'person' };
  }
  // the complement of `a spokesman for`, `le communiqué de`: an organization
  let spokes = false;
  if (s > a && pack.sets.sourceLinks.has(toks[s - 1].w)) for (let k = a; k < s && !spokes; k++) spokes = pack.sets.sourceNouns.has(toks[k].w);
  return { speaker: text, speakerType: spokes ? 'organization' : typeOf(toks, s, e, pack) };
}

/**
 * `le technicien de 55 ans`, `the 55-year-old`: a definite description by age is how news copy
 * names again a person it has just named (an indefinite one, `une habitante de 72 ans`, brings in
 * somebody new). The age is a number before an age word, or one token with it (`55-year-old`).
 */
function agedDescription(toks: readonly Token[], a: number, b: number, pack: QuotesPack): boolean {
  if (!pack.sets.anaphoricDeterminers.has(toks[a].w)) return false;
  // the age in the description itself; an age in apposition (`le maire, 54 ans,`) introduces a person
  for (let k = a + 1; k < b && toks[k].w !== ','; k++) {
    const m = /^\d+(?:-(.+))?$/.exec(toks[k].w);
    if (m && (m[1] !== undefined ? pack.sets.ageWords.has(m[1]) : k + 1 < b && pack.sets.ageWords.has(toks[k + 1].w))) return true;
  }
  return false;
}

/** The sex a pronoun points to (elle, he), if it has one. */
function pronounSex(pronoun: string, pack: QuotesPack): Sex | null {
  return pack.sets.femininePronouns.has(pronoun) ? 'f' : pack.sets.masculinePronouns.has(pronoun) ? 'm' : null;
}

/** Name a speaker phrase, resolving pronouns; `pronoun` is the pronoun carried by the verb (a-t-il). */
export function resolve(ctx: Context, r: Range, cue: string | null, pronoun?: string): Speaker {
  const n = pronoun ? 'pronoun' : name(ctx, r);
  const said = pronoun ?? (r[1] > r[0] ? ctx.toks[r[0]].w : '');
  const pos = ctx.toks[ctx.at].s;
  let named: Named;
  if (n === 'pronoun') named = antecedent(ctx, pos, ctx.pack.sets.personPronouns.has(said), pronounSex(said, ctx.pack));
  else {
    const back = n && agedDescription(ctx.toks, r[0], r[1], ctx.pack) ? antecedent(ctx, pos, true) : null;
    named = back?.speaker ? back : n ?? { speaker: null, speakerType: null };
  }
  return { speaker: named.speaker, speakerType: named.speakerType, via: null, cue };
}
