/**
 * Runs of capitalised words ("Vladimir Poutine", "Jean-Paul Bailly", "María Dolores de Cospedal",
 * "B. Obama") and organization names that open on a head noun ("Cour pénale internationale",
 * "ministère de l'Intérieur").
 */
import { matchGaz, matchPhrase, tight } from './match.js';
import { LOWER, type Tokens, keyAt } from './tokens.js';
import type { NamedLexicon } from './types.js';

/** Token index after the capitalised run that starts at i. */
export function runEnd(fold: string, t: Tokens, i: number, lex: NamedLexicon): number {
  let j = i + 1;
  while (j < t.n && tight(fold, t, j)) {
    if (t.shape[j] !== LOWER) {
      // a title that introduces a name opens a new run: Alabama | Governor Bob Riley (but Bruno Le Maire)
      const ti = matchPhrase(fold, t, j, lex.titles);
      if (ti && ((j + ti < t.n && t.shape[j + ti] !== LOWER && tight(fold, t, j + ti)) || !lex.particles.has(keyAt(t, j - 1)))) break;
      // a first name and a surname after words that are not names open a new run: (ministre de la) Défense | Sergueï Choïgou
      if (lex.firstNames.has(keyAt(t, j)) && !lex.firstNames.has(keyAt(t, j - 1)) && !lex.particles.has(keyAt(t, j - 1)) && !isInitial(t, j - 1) && fold.slice(t.end[j - 1], t.start[j]) === ' '
        && j + 1 < t.n && (t.shape[j + 1] !== LOWER || lex.particles.has(keyAt(t, j + 1))) && tight(fold, t, j + 1)) break;
      j++;
      continue;
    }
    // a French toponym: Noyal-sur-Vilaine, Aulnay-sous-Bois, Saint-Germain-en-Laye
    if (hyphenated(fold, t, j)) {
      j += 2;
      continue;
    }
    // one or two particles between two capitalised words: de, van, von der, al-, ben; not before a
    // first name, which starts another name (Ineos | de Jim Ratcliffe)
    const p = lex.particles.has(keyAt(t, j)) ? (j + 1 < t.n && t.shape[j + 1] === LOWER && tight(fold, t, j + 1) && lex.particles.has(keyAt(t, j + 1)) ? 2 : 1) : 0;
    const q = j + p;
    if (p && q < t.n && t.shape[q] !== LOWER && tight(fold, t, q) && !matchGaz(fold, t, q, lex.gaz) && !(lex.firstNames.has(keyAt(t, q)) && q + 1 < t.n && t.shape[q + 1] !== LOWER && tight(fold, t, q + 1))) {
      j = q + 1;
      continue;
    }
    break;
  }
  return j;
}

export const isInitial = (t: Tokens, i: number) => t.end[i] - t.start[i] === 1 && t.shape[i] !== LOWER;

/** Token index after an organization that opens on a head noun at i, or i when there is none. */
export function orgHeadEnd(fold: string, t: Tokens, i: number, lex: NamedLexicon): number {
  const capital = t.shape[i] !== LOWER;
  if (!(capital ? lex.orgHeads : lex.lowerOrgHeads).has(keyAt(t, i))) return i;
  let j = i + 1;
  let named = false; // a head needs a complement: an adjective or a name
  while (j < t.n && tight(fold, t, j)) {
    // Cour pénale internationale, ministère de l'Éducation nationale, tribunal correctionnel de Lyon
    // (a lowercase head takes adjectives, but no demonym after its name: ministère de l'Intérieur | français)
    if (t.shape[j] === LOWER && (capital ? lex.adjective(keyAt(t, j)) || lex.demonyms.has(keyAt(t, j)) : lex.writtenAdjective(fold.slice(t.start[j], t.end[j])) && !lex.demonyms.has(keyAt(t, j)) && !lex.stopwords.has(keyAt(t, j)) && (named || j === i + 1))) { j++; if (capital) named = true; continue; }
    const c = matchPhrase(fold, t, j, lex.connectors);
    if (!c || j + c >= t.n || !tight(fold, t, j + c)) break;
    let k = j + c;
    // up to three lowercase nouns before the name: Association des leaders religieux du Mali
    let lower = 0;
    while (k < t.n && t.shape[k] === LOWER && lower < 3 && tight(fold, t, k) && !lex.stopwords.has(keyAt(t, k))) { k++; lower++; }
    if (k < t.n && t.shape[k] !== LOWER && tight(fold, t, k) && !lex.firstNames.has(keyAt(t, k))) {
      const g = matchGaz(fold, t, k, lex.gaz);
      j = g ? k + g.keys.length : runEnd(fold, t, k, lex);
      named = true;
      continue;
    }
    if (lower) {
      // Association des leaders religieux | du Mali; Cour d'assises | (compétente); cour d'appel de Paris
      const c2 = k < t.n && tight(fold, t, k) ? matchPhrase(fold, t, k, lex.connectors) : 0;
      if (c2 && k + c2 < t.n && t.shape[k + c2] !== LOWER && tight(fold, t, k + c2) && !lex.firstNames.has(keyAt(t, k + c2))) { j = k; if (capital) named = true; continue; }
      if (capital) { named = true; j = j + c + 1; } // Cour d'assises, Conseil des ministres
    }
    break;
  }
  return named ? j : i;
}

/** Token j is a short lowercase word between hyphens, with a capitalised word after it (-sur-, -en-). */
export function hyphenated(fold: string, t: Tokens, j: number): boolean {
  return j + 1 < t.n && t.end[j] - t.start[j] <= 4 && t.shape[j + 1] !== LOWER
    && fold[t.start[j] - 1] === '-' && fold[t.end[j]] === '-' && t.start[j + 1] === t.end[j] + 1;
}

/** End of an organization's name that goes on after the run ending at e through "and", "of"… up to its suffix (Securities and Exchange Commission); else e. */
export function joinedOrg(fold: string, t: Tokens, e: number, lex: NamedLexicon): number {
  let at = e;
  for (let hops = 0; hops < 2 && at < t.n && tight(fold, t, at); hops++) {
    const j = matchPhrase(fold, t, at, lex.orgJoiners);
    if (!j || at + j >= t.n || t.shape[at + j] === LOWER || !tight(fold, t, at + j)) break;
    const f = runEnd(fold, t, at + j, lex);
    if (lex.orgSuffixes.has(keyAt(t, f - 1))) return f;
    at = f;
  }
  return e;
}

/** End of an organization's name whose first words (i to g) are a known place or name, when capitalised words follow up to a suffix or a head noun (UK Power Networks, Texas Department of Transportation); else i. */
export function orgAfter(fold: string, t: Tokens, i: number, g: number, lex: NamedLexicon): number {
  if (g >= t.n || t.shape[g] === LOWER || fold.slice(t.end[g - 1], t.start[g]) !== ' ') return i;
  const h = orgHeadEnd(fold, t, g, lex);
  if (h > g) return h;
  const e = joinedOrg(fold, t, runEnd(fold, t, g, lex), lex);
  return e > g && lex.orgSuffixes.has(keyAt(t, e - 1)) ? e : i;
}
