/**
 * Speaker phrases around a cue, as token ranges [from, to): the subject before the verb (with an
 * apposition: `X, président de Y, a déclaré`), the inverted subject after it (`a indiqué le
 * Kremlin`), the source after `selon`/`according to`, and relays (`cité par l'AFP`).
 */
import { adverbsAt } from './cues.js';
import { initialDot, wordsAt } from './tokens.js';
import type { Phrases, QuotesPack, Token } from './types.js';

export type Range = [number, number];

const WORD = /^[\p{L}\d]/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** A word or a number: not a punctuation mark, not a collapsed quote. */
export const isWord = (t: Token) => t.q === undefined && WORD.test(t.w);
const isVerb = (t: Token, pack: QuotesPack) => {
  const f = pack.forms.get(t.w);
  return f !== undefined && (f.kind === 'aux' || f.kind === 'finite');
};

/** Words going back from `to` (exclusive) down to `lo`, stopping at punctuation and stop words. */
function wordsBack(toks: readonly Token[], lo: number, to: number, pack: QuotesPack, max = 10): number {
  if (to > lo && pack.sets.pronouns.has(toks[to - 1].w)) return to - 1;
  let k = to;
  const initial = (i: number) => initialDot(toks, i, lo, pack.sets.titleAbbreviations);
  // `a spokeswoman for Delta`: a link after a source noun does not stop the phrase
  const link = (i: number) => i > lo && pack.sets.sourceLinks.has(toks[i].w) && pack.sets.sourceNouns.has(toks[i - 1].w);
  while (k > lo && to - k < max && (isWord(toks[k - 1]) || initial(k - 1)) && (!pack.sets.phraseStops.has(toks[k - 1].w) || link(k - 1))) {
    k--;
    // a determiner opens the phrase, unless it follows a link (`le communiqué de la présidence`) or
    // is one (`la préfecture du Rhône`: the head noun and its complement)
    if (pack.sets.determiners.has(toks[k].w) && !(k > lo && pack.sets.sourceLinks.has(toks[k - 1].w))
      && !(pack.sets.sourceLinks.has(toks[k].w) && k > lo && isWord(toks[k - 1]) && !toks[k - 1].upper
        && !pack.sets.phraseStops.has(toks[k - 1].w) && !pack.sets.determiners.has(toks[k - 1].w))) break;
  }
  return k;
}

/** Skip back over single-word adverbs before `to` (`he first observed`). */
function adverbsBack(toks: readonly Token[], lo: number, to: number, pack: QuotesPack): number {
  const single = (w: string) => pack.adverbs.get(w)?.some((a) => a.length === 1) === true;
  while (to > lo && !pack.sets.pronouns.has(toks[to - 1].w) && single(toks[to - 1].w)) to--;
  return to;
}

/** Words going forward from `from`, allowing leading determiners; stops like wordsBack. */
export function wordsForward(toks: readonly Token[], from: number, hi: number, pack: QuotesPack, max = 10): number {
  let k = from;
  // `said a spokesman for the ministry`: a link after a source noun does not stop the phrase
  while (k < hi && k - from < max && isWord(toks[k]) && (k === from || !pack.sets.phraseStops.has(toks[k].w) || (pack.sets.sourceLinks.has(toks[k].w) && pack.sets.sourceNouns.has(toks[k - 1].w)))) {
    if (k === from && pack.sets.phraseStops.has(toks[k].w) && !pack.sets.determiners.has(toks[k].w)) break;
    // a determiner after the head opens a new phrase (`à l'AFP une habitante`), unless after a link
    // or opening a name (`le journal Le Monde`)
    if (k > from && pack.sets.determiners.has(toks[k].w) && !(toks[k].upper && (toks[k - 1].upper || (k + 1 < hi && toks[k + 1].upper))) && !pack.sets.sourceLinks.has(toks[k].w) && !pack.sets.determiners.has(toks[k - 1].w) && !pack.sets.sourceLinks.has(toks[k - 1].w)) break;
    k++;
    // an initial: `V. Sapounov`
    if (k + 1 < hi && initialDot(toks, k, 0, pack.sets.titleAbbreviations) && toks[k + 1].upper) k++;
  }
  return k;
}

/**
 * The subject of the clause that ends at `to`: going back over comma-separated chunks, the nearest
 * one that opens (after adverbs) with a capitalised word gives its capitalised run (`Jobs started
 * by hinting at the incident, saying`), with a determiner its noun (`le graphiste s'est basé`), with
 * a pronoun the pronoun.
 */
export function clauseSubject(toks: readonly Token[], lo: number, to: number, pack: QuotesPack): Range | null {
  let end = to;
  while (end > lo) {
    let start = end - 1;
    while (start > lo && toks[start - 1].w !== ',') start--;
    let k = start + adverbsAt(toks, start, end, pack);
    if (k < end && pack.sets.pronouns.has(toks[k].w)) return [k, k + 1];
    const d = k;
    while (k < end && pack.sets.determiners.has(toks[k].w)) k++;
    if (k < end && toks[k].upper && !pack.sets.phraseStops.has(toks[k].w)) {
      let e = k;
      while (e < end && (toks[e].upper || (pack.sets.nameParticles.has(toks[e].w) && e + 1 < end && toks[e + 1].upper))) e++;
      if (e < end && pack.sets.sourceLinks.has(toks[e].w)) {
        // `L'Association des leaders religieux du Mali a …`: the complement, up to the verb
        let x = e + 1;
        while (x < end && x < e + 8 && isWord(toks[x]) && !isVerb(toks[x], pack) && !pack.sets.phraseStops.has(toks[x].w)) x++;
        if (x > e + 1) e = x;
      }
      return [k, e];
    }
    if (k > d && k < end && isWord(toks[k])) {
      // the noun and what follows it, up to its verb (`le maire a quitté la séance, ajoutant`)
      let e = wordsForward(toks, k, end, pack, 4);
      for (let v = k + 1; v < e; v++) if (isVerb(toks[v], pack)) e = v;
      if (e > k) return [k, e];
    }
    end = start - 1;
  }
  return null;
}

/** The subject before a cue starting at `cueFrom`. Empty range when there is none. */
export function subjectBefore(toks: readonly Token[], lo: number, cueFrom: number, pack: QuotesPack): Range {
  let end = adverbsBack(toks, lo, cueFrom, pack);
  const none: Range = [cueFrom, cueFrom];
  if (end - 1 >= lo && toks[end - 1].w === ')') {
    // `Philippe Martin (PS) a dénoncé`
    let o = end - 2;
    while (o > lo && o > end - 8 && toks[o].w !== '(') o--;
    if (o >= lo && toks[o].w === '(') end = o;
  }
  if (end - 1 >= lo && pack.sets.coordinators.has(toks[end - 1].w)) {
    // `X a fait procéder au vote et a déclaré`: the subject of the first verb
    return clauseSubject(toks, lo, end - 1, pack) ?? none;
  }
  let relative = false;
  if (end - 1 >= lo && pack.sets.relatives.has(toks[end - 1].w)) {
    // `Bernard Bonnet, le successeur du préfet, qui lui avait rétorqué`: the antecedent
    end--;
    relative = true;
  }
  if (end - 1 >= lo && toks[end - 1].w === ',') {
    // `X, président de Y, a déclaré`: skip back over the apposition to the name before it
    const back = (from: number) => {
      let c = from;
      while (c >= lo && c > from - 23 && toks[c].w !== ',' && toks[c].q === undefined && (toks[c].w !== '.' || initialDot(toks, c, lo, pack.sets.titleAbbreviations))) c--;
      return c;
    };
    let c = back(end - 2);
    // `Jean Dupont, 54 ans, agriculteur à Mende, raconte`: when the words before the apposition
    // name nobody and follow a comma, they are an apposition too; the name comes before both
    if (c > lo && toks[c].w === ',') {
      const s1 = wordsBack(toks, lo, c, pack);
      let named = false;
      for (let k = s1; k < c; k++) if (toks[k].upper) named = true;
      if (!named && s1 > lo && toks[s1 - 1].w === ',') c = s1 - 1;
    }
    if (c < lo || toks[c].w !== ',') {
      // `… de l'organisation islamique, qui affirme`: the antecedent right before the comma
      if (!relative) return none;
      let s0 = wordsBack(toks, lo, end - 1, pack);
      // the nearest noun phrase: from its last determiner (`des représailles de l'organisation`)
      for (let d = end - 2; d > s0; d--) if (pack.sets.determiners.has(toks[d].w)) { s0 = d; break; }
      return s0 < end - 1 ? [s0, end - 1] : none;
    }
    const start = wordsBack(toks, lo, c, pack);
    return start < c ? [start, end - 1] : none;
  }
  let start = wordsBack(toks, lo, end, pack);
  // `Tom LaSorda, the president of Chrysler announced`: an apposition left open
  while (start - 2 >= lo && pack.sets.sourceLinks.has(toks[start - 1].w) && isWord(toks[start - 2])) {
    const s2 = wordsBack(toks, lo, start - 1, pack);
    if (s2 >= start - 1) break;
    start = s2;
  }
  if (start - 2 >= lo && toks[start - 1].w === ',' && toks[start - 2].upper) {
    const s3 = wordsBack(toks, lo, start - 1, pack, 5);
    if (start - 1 - s3 >= 2 && toks[s3].upper) return [s3, end];
  }
  return start < end ? [start, end] : none;
}

/** The inverted subject after a cue ending at `from` (`a indiqué le Kremlin`, `said Mr Smith, a spokesman`). */
export function subjectAfter(toks: readonly Token[], from: number, hi: number, pack: QuotesPack): Range {
  const s = from + adverbsAt(toks, from, hi, pack);
  let e = wordsForward(toks, s, hi, pack);
  let d = s;
  while (d < e && pack.sets.determiners.has(toks[d].w)) d++;
  if (d === e) return [s, s];
  // `a déclaré le ministre, Manuel Valls,` / `said a spokesman, John Smith.`: keep the name after the comma
  if (e > s && e + 1 < hi && toks[e].w === ',' && toks[e + 1].upper) {
    const n = wordsForward(toks, e + 1, hi, pack, 5);
    if (n === hi || toks[n].w === ',' || toks[n].w === '.') e = n;
  }
  return [s, e];
}

/** Whether a link word (de, of, for) comes right before token k, past any determiner, within [lo, k). */
export function linkedBefore(toks: readonly Token[], lo: number, k: number, pack: QuotesPack): boolean {
  let p = k - 1;
  while (p >= lo && pack.sets.determiners.has(toks[p].w)) p--;
  return p >= lo && pack.sets.sourceLinks.has(toks[p].w);
}

/** A phrase from a list (`cité par`, `selon`) starting at i: its length in tokens, or 0. */
export function phraseAt(toks: readonly Token[], i: number, hi: number, phrases: Phrases): number {
  const list = i < hi ? phrases.get(toks[i].w) : undefined;
  if (list) for (const p of list) if (i + p.length <= hi && wordsAt(toks, i, p)) return p.length;
  return 0;
}

/** Where the relay phrase right at i (`cité par`, `, told`) ends, or -1 when there is none. */
export function relayEnd(toks: readonly Token[], i: number, hi: number, pack: QuotesPack): number {
  const k = i < hi && toks[i].w === ',' ? i + 1 : i;
  const n = phraseAt(toks, k, hi, pack.relays);
  return n ? k + n : -1;
}

/** `cité par l'AFP` right at i: the range of the relay's name. */
export function relayAt(toks: readonly Token[], i: number, hi: number, pack: QuotesPack, text?: string): Range | null {
  const from = relayEnd(toks, i, hi, pack);
  return from < 0 ? null : relayedBy(toks, from, hi, pack, text);
}

/** The range of the name after a relay phrase ending at `from`, or null when no medium is named there. */
export function relayedBy(toks: readonly Token[], from: number, hi: number, pack: QuotesPack, text?: string): Range | null {
  const e = audienceEnd(toks, from, hi, pack, text);
  if (e <= from) return null;
  // a medium is named, or named after a common noun (`l'agence Reuters`), never through a link
  // word: `au nom de Greenpeace`, `à la tête de la CGT`, `to the head of the UN` are no relays
  let u = from;
  while (u < e && !toks[u].upper) u++;
  return u < e && linkedBefore(toks, from, u, pack) ? null : [from, e];
}

/**
 * Where the name after a relay or an audience ends: determiners, then an acronym alone (`l'AFP`),
 * or a run of capitalised words (`France Inter`), or lower-case words then one capitalised run
 * (`l'agence Reuters`, `la presse locale`). What follows may be the inverted subject.
 */
export function audienceEnd(toks: readonly Token[], from: number, hi: number, pack: QuotesPack, text?: string): number {
  let k = from;
  while (k < hi && pack.sets.determiners.has(toks[k].w)) k++;
  if (k >= hi || !isWord(toks[k]) || pack.sets.phraseStops.has(toks[k].w)) return from;
  const caps = (x: number) => { while (x < hi && isWord(toks[x]) && (toks[x].upper || (pack.sets.nameParticles.has(toks[x].w) && x + 1 < hi && toks[x + 1].upper))) x++; return x; };
  if (toks[k].upper) {
    if (text !== undefined && ALL_CAPS.test(text.slice(toks[k].s, toks[k].e))) return k + 1;
    return caps(k);
  }
  // `told reporters aboard Air Force One`: an audience word is the whole audience
  if (pack.sets.audiences.has(toks[k].w)) return k + 1;
  let x = k;
  while (x < hi && x < k + 3 && isWord(toks[x]) && !toks[x].upper && !pack.sets.phraseStops.has(toks[x].w) && !pack.sets.determiners.has(toks[x].w)) x++;
  return caps(x);
}
