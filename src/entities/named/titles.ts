/**
 * Titles and functions before a name: "le président russe Vladimir Poutine",
 * "le ministre de la Défense Sergueï Choïgou", "M. Baupin", "Sen. Patty Murray".
 * Also institutions named by a noun and a demonym: "la présidence russe" → Kremlin.
 */
import { keyOf } from './key.js';
import { matchGaz, matchPhrase, tight } from './match.js';
import { orgHeadEnd, runEnd } from './runs.js';
import { CAP, LOWER, UPPER, type Tokens, keyAt, keysBetween } from './tokens.js';
import type { NamedLexicon } from './types.js';

export interface Title {
  /** token index after the title (where a name may start) */
  next: number;
  /** end offset of the title text */
  end: number;
  /** ISO code of the country of a demonym in the title (président russe → RU) */
  country?: string;
  /** the title has a demonym or a complement: distinctive enough to stand for the person */
  distinctive: boolean;
  /** a title of courtesy (M., Mme): no role */
  courtesy: boolean;
  /** token range of an organization named in the complement (présidente de la Commission européenne) */
  org?: readonly [number, number];
}

/** Parses a title starting at token i, or returns undefined. */
export function parseTitle(fold: string, t: Tokens, i: number, lex: NamedLexicon): Title | undefined {
  const len = matchPhrase(fold, t, i, lex.titles);
  if (!len) return undefined;
  let j = i + len;
  const courtesy = lex.honorifics.has(keysBetween(t, i, j));
  let country: string | undefined;
  let distinctive = false;
  let org: [number, number] | undefined;
  // a demonym right after: président russe, ministre français
  if (j < t.n && t.shape[j] === LOWER && tight(fold, t, j) && lex.demonyms.has(keyAt(t, j))) {
    country = lex.demonyms.get(keyAt(t, j));
    distinctive = true;
    j++;
  }
  // a complement: de la Défense, des Affaires étrangères, du groupe UMP, de La Poste
  const c = j < t.n && tight(fold, t, j) ? matchPhrase(fold, t, j, lex.connectors) : 0;
  if (c) {
    const k = complementEnd(fold, t, j + c, lex);
    if (k > j + c) {
      const g = matchGaz(fold, t, j + c, lex.gaz);
      const o = j + c;
      if ((g && g.type === 'organization' && o + g.keys.length === k) || (orgHeadEnd(fold, t, o, lex) === k && named(fold, t, o + 1, k, lex))) org = [o, k];
      // du groupe Changer Paris, de l'association Droit au logement
      else if (t.shape[o] !== LOWER && k > o + 1 && suffixed(t, o, k, lex)) org = [o, k];
      else if (t.shape[o] === LOWER && matchPhrase(fold, t, o, lex.orgCues) === 1 && o + 1 < k && t.shape[o + 1] !== LOWER) org = [o + 1, k];
      j = k;
      distinctive = true;
    }
  }
  return { next: j, end: t.end[j - 1], country, distinctive, courtesy, org };
}

/** End (token index) of a title's complement that starts at token k: a known name, a capitalised word, or a noun and its name. */
function complementEnd(fold: string, t: Tokens, k: number, lex: NamedLexicon): number {
  if (k >= t.n || !tight(fold, t, k)) return k;
  const g = matchGaz(fold, t, k, lex.gaz);
  if (g && t.shape[k] !== LOWER) return k + g.keys.length;
  if (t.shape[k] === UPPER) return k + 1;
  // `a spokesman for Ann Cole`: a first name and a capitalised word are a person, not the complement
  if (t.shape[k] === CAP && lex.firstNames.has(keyAt(t, k)) && k + 1 < t.n && t.shape[k + 1] !== LOWER && tight(fold, t, k + 1)) return k;
  const h = orgHeadEnd(fold, t, k, lex);
  if (h > k) return h; // président du Conseil des ministres
  if (t.shape[k] === CAP) {
    // an organization's name: director of Emerson College Polling
    const r = runEnd(fold, t, k, lex);
    if (r > k + 1 && suffixed(t, k, r, lex)) return r;
    // `a spokeswoman for Northern Power`: after a plain connector, two capitalised words, the second
    // no first name, are one name (`Secretary of State Blinken`, `de l'Intérieur Darmanin` are not)
    if (r === k + 2 && lex.nameConnectors.has(keyAt(t, k - 1)) && !lex.firstNames.has(keyAt(t, k + 1))) return r;
    // one capitalised word (la Défense), or a few when they are joined by lowercase words (Affaires étrangères)
    let e = k + 1;
    while (e < t.n && tight(fold, t, e) && t.shape[e] === LOWER && !lex.stopwords.has(keyAt(t, e)) && e - k < 3) e++;
    return e;
  }
  // a lowercase noun, then maybe its name: du groupe UMP, de la commission
  if (lex.stopwords.has(keyAt(t, k)) || lex.titles.has(keyAt(t, k))) return k;
  let e = k + 1;
  // a noun that names an organization, then its name: du groupe Changer Paris
  if (matchPhrase(fold, t, k, lex.orgCues) === 1 && e < t.n && t.shape[e] !== LOWER && tight(fold, t, e) && !lex.firstNames.has(keyAt(t, e))) {
    const g = matchGaz(fold, t, e, lex.gaz);
    return g ? e + g.keys.length : runEnd(fold, t, e, lex);
  }
  if (e < t.n && tight(fold, t, e) && t.shape[e] === LOWER && lex.demonyms.has(keyAt(t, e))) e++;
  if (e < t.n && tight(fold, t, e) && t.shape[e] === UPPER) e++;
  return e;
}

/** "la présidence russe", "l'exécutif russe" → the seat that stands for that country's institution. */
export function seatAt(fold: string, t: Tokens, i: number, lex: NamedLexicon): { end: number; id: string } | undefined {
  const what = lex.institutionNouns.get(keyAt(t, i));
  if (!what || i + 1 >= t.n || !tight(fold, t, i + 1)) return undefined;
  const code = lex.demonyms.get(keyAt(t, i + 1));
  const id = code && lex.seatFor.get(`${code}:${what}`);
  return id ? { end: i + 2, id } : undefined;
}

export const titleKeyOf = (s: string) => keyOf(s).replace(/[^a-z0-9]+/g, ' ').trim();

/** Some word after an organization's head is a name or an adjective (Agence régionale de santé; not Conseil des ministres). */
function named(fold: string, t: Tokens, a: number, b: number, lex: NamedLexicon): boolean {
  for (let k = a; k < b; k++) if (t.shape[k] !== LOWER || (!lex.stopwords.has(keyAt(t, k)) && lex.writtenAdjective(fold.slice(t.start[k], t.end[k])))) return true;
  return false;
}

/** A word after the first of tokens a to b is an organization's suffix (Emerson College Polling, Lagardère Médias). */
function suffixed(t: Tokens, a: number, b: number, lex: NamedLexicon): boolean {
  for (let k = a + 1; k < b; k++) if (t.shape[k] !== LOWER && lex.orgSuffixes.has(keyAt(t, k))) return true;
  return false;
}
