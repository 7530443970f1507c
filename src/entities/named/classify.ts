/**
 * Types a run of capitalised words by its own words (first names, initials, acronyms, suffixes
 * such as Inc.) and by its neighbours (à/in before a place, agence/company before an organization,
 * a reporting verb after a person). What nothing decides stays undecided (type null).
 */
import { matchGaz, matchPhrase, tight } from './match.js';
import { CAP, LOWER, UPPER, type Tokens, keyAt } from './tokens.js';
import type { NamedLexicon, NamedType } from './types.js';
import { hyphenated, isInitial } from './runs.js';

export interface Typed {
  a: number;
  type: NamedType | null;
  speaks: boolean;
}

export function classify(fold: string, t: Tokens, a: number, e: number, lex: NamedLexicon): Typed | undefined {
  const words = e - a;
  const first = keyAt(t, a);
  if (words === 1 && (lex.notNames.has(first) || (lex.stopwords.has(first) && t.shape[a] !== UPPER))) return undefined;
  if (t.end[a] - t.start[a] === 1 && words === 1) return undefined; // a lone initial
  // `Elizabeth Warren, D-Mass.`: a party letter hyphened to a state is a tag, not a name
  if (words > 1 && lex.affiliationLetters.has(first) && t.end[a] - t.start[a] === 1 && fold.charCodeAt(t.end[a]) === 45 && t.start[a + 1] === t.end[a] + 1) return undefined;
  // a reporting verb follows, or an English possessive (Palm's webOS): the name acts; an acronym
  // of a common noun (le PDG, the CEO) acts as no organization
  const speaks = !(words === 1 && lex.notAcronyms.has(first)) && ((e < t.n && fold.slice(t.end[e - 1], t.start[e]) === ' ' && matchPhrase(fold, t, e, lex.reportingVerbs) > 0)
    || (lex.possessive !== '' && fold.startsWith(lex.possessive, t.end[e - 1])));
  if (words === 1 && t.shape[a] === UPPER && !dateline(fold, t, a, e) && nearFigure(fold, t, a)) return undefined; // KC-135, 16 GB, CA$
  const type = byWords(fold, t, a, e, lex) ?? byContext(fold, t, a, lex) ?? besidePlace(fold, t, e, lex) ?? (words > 1 && (speaks || spoken(fold, t, a, lex) || titledAfter(fold, t, e, lex)) ? 'person' : null);
  return { a, type, speaks };
}

function byWords(fold: string, t: Tokens, a: number, e: number, lex: NamedLexicon): NamedType | null {
  const words = e - a;
  if (dateline(fold, t, a, e)) return 'place';
  if (lex.orgSuffixes.has(keyAt(t, e - 1)) && words > 1) return 'organization';
  for (let i = a + 1; i < e - 1; i++) if (t.shape[i] === LOWER && hyphenated(fold, t, i)) return 'place';
  if (words === 1) {
    const k = keyAt(t, a);
    return t.shape[a] === UPPER && k.length >= 2 && !lex.notAcronyms.has(k) ? 'organization' : null;
  }
  // an organization's head word inside the run: Emerson College Polling
  for (let i = a + 1; i < e - 1; i++) if (lex.orgSuffixes.has(keyAt(t, i)) && lex.orgHeads.has(keyAt(t, i))) return 'organization';
  // a name and a country: the branch of a company (Ford Australia, HP France), not a person
  if (words === 2) {
    const g = matchGaz(fold, t, a + 1, lex.gaz);
    if (g && g.code && g.keys.length === 1) return 'organization';
  }
  if (lex.firstNames.has(keyAt(t, a)) && t.shape[a] !== UPPER) return 'person';
  for (let i = a; i < e - 1; i++) if ((isInitial(t, i) || dottedInitials(fold, t, i)) && t.shape[i + 1] !== LOWER && !lex.orgSuffixes.has(keyAt(t, e - 1))) return 'person';
  for (let i = a; i < e; i++) if (t.shape[i] === UPPER && keyAt(t, i).length > 1 && !lex.notAcronyms.has(keyAt(t, i))) return 'organization';
  return null;
}

/** "PASADENA, Calif. (AP) —", "JEDDAH, Saudi Arabia": a city in capitals opening a line, then its region or the agency, is the dateline's place. */
function dateline(fold: string, t: Tokens, a: number, e: number): boolean {
  if (t.start[a] > 0 && fold[t.start[a] - 1] !== '\n') return false;
  for (let i = a; i < e; i++) if (t.shape[i] !== UPPER) return false;
  if (e >= t.n) return false;
  const g = fold.slice(t.end[e - 1], t.start[e]);
  return (g === ', ' && t.shape[e] === CAP) || (g === ' (' && t.shape[e] === UPPER);
}

/** "J.D." in "J.D. Vance": two initials written as one dotted token. */
const dottedInitials = (fold: string, t: Tokens, i: number) => t.end[i] - t.start[i] === 4 && fold[t.start[i] + 1] === '.' && fold[t.start[i] + 3] === '.';

const FIGURE = /^[\s-]*[\d$€£]/;

/** A code next to a number or a currency sign is a model or a unit, not an organization. */
function nearFigure(fold: string, t: Tokens, a: number): boolean {
  if (FIGURE.test(fold.slice(t.end[a], t.end[a] + 3))) return true;
  const before = fold.slice(Math.max(0, t.start[a] - 3), t.start[a]);
  return /\d[\s-]*$/.test(before);
}

/** "Wixom, Michigan", "Noyal-sur-Vilaine (Ille-et-Vilaine)": a name followed by its region is a place. */
function besidePlace(fold: string, t: Tokens, e: number, lex: NamedLexicon): NamedType | null {
  if (e >= t.n || t.sentence[e] !== t.sentence[e - 1]) return null;
  const g = fold.slice(t.end[e - 1], t.start[e]);
  if (g !== ', ' && g !== ' (') return null;
  const p = matchGaz(fold, t, e, lex.gaz);
  return p && p.type === 'place' && !p.code ? 'place' : null;
}

/** "…, a déclaré Arié Bensemhoun": a reporting verb right before the name. */
function spoken(fold: string, t: Tokens, a: number, lex: NamedLexicon): boolean {
  if (a === 0 || fold.slice(t.end[a - 1], t.start[a]) !== ' ') return false;
  for (let back = 1; back <= 3 && a - back >= 0; back++) if (matchPhrase(fold, t, a - back, lex.reportingVerbs) === back) return true;
  return false;
}

/** "Arié Bensemhoun, président de la communauté": a title in apposition after the name. */
function titledAfter(fold: string, t: Tokens, e: number, lex: NamedLexicon): boolean {
  if (e >= t.n || t.sentence[e] !== t.sentence[e - 1] || fold.slice(t.end[e - 1], t.start[e]) !== ', ') return false;
  const d = lex.determiners.has(keyAt(t, e)) && e + 1 < t.n ? e + 1 : e;
  return t.shape[d] === LOWER && matchPhrase(fold, t, d, lex.titles) > 0;
}

function byContext(fold: string, t: Tokens, a: number, lex: NamedLexicon): NamedType | null {
  if (a === 0 || !tight(fold, t, a)) return null;
  if (lex.placePrepositions.has(keyAt(t, a - 1))) return 'place';
  for (let back = 1; back <= 3 && a - back >= 0; back++) {
    if (matchPhrase(fold, t, a - back, lex.orgCues) === back) return 'organization';
    if (matchPhrase(fold, t, a - back, lex.placeCues) === back) return 'place';
  }
  return null;
}
