/**
 * One pass over the tokens that finds candidate mentions, in this order at each token:
 *  1. an institution by noun and demonym (la présidence russe → Kremlin);
 *  2. a title, then the name it introduces (le Premier ministre Nikol Pachinian), or the title alone;
 *  3. an organization opening on a head noun (Cour pénale internationale, ministère de l'Intérieur);
 *  4. a gazetteer name (Russie, Moscou, AFP, Kremlin), unless a first name and a surname start here;
 *  5. a run of capitalised words, typed by its words and its context, or left undecided.
 */
import type { Cand } from './cand.js';
import { classify } from './classify.js';
import { matchGaz, matchPhrase, tight } from './match.js';
import { joinedOrg, orgAfter, orgHeadEnd, runEnd } from './runs.js';
import { parseTitle, seatAt, titleKeyOf } from './titles.js';
import { LOWER, UPPER, opensClause, type Tokens, keyAt, keysBetween } from './tokens.js';
import { nameKey } from './key.js';
import { mayHaveKeyAt, hasSignature, signatureAt } from './signature.js';
import type { NamedLexicon, NamedType } from './types.js';

export function scan(text: string, fold: string, t: Tokens, lex: NamedLexicon): Cand[] {
  const out: Cand[] = [];
  // every candidate has all the fields, in one order: one hidden class, so the resolver's reads stay
  // fast. The few candidates with a role, an alias or a title have them set after: passed in an
  // object of their own, the fields came in as many shapes as there are calls, each read slowly
  const cand = (a: number, b: number, type: NamedType | null, id?: string, titleKey?: string): Cand => ({
    text: text.slice(t.start[a], t.end[b - 1]), key: id || titleKey ? undefined : nameKeyAt(text, t, a, b), start: t.start[a], end: t.end[b - 1], sentence: t.sentence[a], type,
    id, role: undefined, alias: undefined, titleKey, byTitle: undefined,
    words: b - a, initial: opensClause(fold, t, a), weak: undefined, speaks: undefined,
  });
  let i = 0;
  while (i < t.n) {
    const lower = t.shape[i] === LOWER;
    // most lowercase words start nothing: skip them without keying them
    if (lower && (!hasSignature(lex.lowerSignatures, signatureAt(t, i)) || !mayHaveKeyAt(lex.lowerKeyHashes, t, i))) { i++; continue; }
    const k = keyAt(t, i);
    if (lower && !lex.lowerTriggers.has(k)) { i++; continue; }
    // 1. la présidence russe
    if (lower && lex.institutionNouns.has(k)) {
      const s = seatAt(fold, t, i, lex);
      if (s) {
        const c = cand(i, s.end, 'organization', s.id);
        c.alias = text.slice(t.start[i], t.end[s.end - 1]);
        c.byTitle = true;
        out.push(c);
        i = s.end;
        continue;
      }
    }
    // a known name of several words wins over a title inside it (General Motors)
    const g = !lower || lex.lowerNames.has(k) ? matchGaz(fold, t, i, lex.gaz) : undefined;
    // 2. titles
    if (lex.titles.has(k) && !(g && g.keys.length > 1)) {
      const ti = parseTitle(fold, t, i, lex);
      if (ti) {
        const titleText = text.slice(t.start[i], ti.end);
        // the organization in the complement is named too (présidente de la Commission européenne)
        const orgOf = () => { if (ti.org) out.push(cand(ti.org[0], ti.org[1], 'organization')); };
        const n = ti.next;
        if (n < t.n && t.shape[n] !== LOWER && t.sentence[n] === t.sentence[i] && (/^[ .]{1,2}$/.test(fold.slice(t.end[n - 1], t.start[n])) || (fold.slice(t.end[n - 1], t.start[n]) === ', ' && ((ti.distinctive && lex.firstNames.has(keyAt(t, n))) || apposedName(fold, t, n, lex)))) && !matchGaz(fold, t, n, lex.gaz) && !lex.stopwords.has(keyAt(t, n))) {
          const e = runEnd(fold, t, n, lex);
          if (!lex.orgSuffixes.has(keyAt(t, e - 1))) {
            orgOf();
            const c = cand(n, e, 'person');
            if (!ti.courtesy) c.role = titleText;
            if (ti.distinctive) c.alias = titleText;
            out.push(c);
            i = e;
            continue;
          }
        }
        if (ti.distinctive && ti.country) {
          orgOf();
          const c = cand(i, n, null, undefined, titleKeyOf(titleText));
          c.alias = titleText;
          c.byTitle = true;
          out.push(c);
          i = n;
          continue;
        }
      }
    }
    // 3. organizations by head noun, unless a known name starts here
    const h = g ? i : orgHeadEnd(fold, t, i, lex);
    if (h > i) {
      out.push(cand(i, h, 'organization'));
      // the place an institution serves is named too: préfecture du Rhône, tribunal de Lyon
      if (lower) for (let k = i + 1; k < h; k++) {
        const p = t.shape[k] !== LOWER ? matchGaz(fold, t, k, lex.gaz) : undefined;
        if (p && p.type === 'place' && k + p.keys.length <= h) { out.push(cand(k, k + p.keys.length, 'place', p.id)); k += p.keys.length - 1; }
      }
      i = h;
      continue;
    }
    // îles Sanguinaires, mont Blanc
    // rue de Rivoli, place de la République, quartier des Lilas, rue Victor Hugo (not: la place de Marie Dupont)
    const ph = lower && lex.placeHeads.has(k) && i + 1 < t.n && tight(fold, t, i + 1) ? i + 1 + matchPhrase(fold, t, i + 1, lex.connectors) : 0;
    if (ph && ph < t.n && t.shape[ph] !== LOWER && tight(fold, t, ph) && (ph > i + 1 || !lex.stopwords.has(keyAt(t, ph)))
      && !(ph > i + 1 && lex.firstNames.has(keyAt(t, ph)) && ph + 1 < t.n && t.shape[ph + 1] !== LOWER && fold.slice(t.end[ph], t.start[ph + 1]) === ' ')) {
      const e = runEnd(fold, t, ph, lex);
      out.push(cand(i, e, 'place'));
      i = e;
      continue;
    }
    if (lower && !g) { i++; continue; }
    // 4. gazetteer, unless "Prénom Nom" starts here (Charlotte Gainsbourg); a name that is also a
    // first name stays the known name when a first name and a surname follow it (au Monde Marie Dubois)
    // a known place or name that opens an organization's name: UK Power Networks, Texas Department of Transportation
    if (g && g.type !== 'organization') {
      const o = orgAfter(fold, t, i, i + g.keys.length, lex);
      if (o > i) { out.push(cand(i, o, 'organization')); i = o; continue; }
    }
    // its national branch, whose name holds the country: HP France, Ford Australia (no place there)
    const branchOf = g && g.type === 'organization' ? countryAfter(fold, t, i + g.keys.length, lex) : 0;
    if (branchOf) {
      out.push(cand(i, branchOf, 'organization'));
      i = branchOf;
      continue;
    }
    if (g && !(g.keys.length === 1 && lex.firstNames.has(k) && runEnd(fold, t, i, lex) > i + 1 && !personAt(fold, t, i + 1, lex))) {
      let e = i + g.keys.length;
      // an organization's branch: CGT-Cheminots, Wikimedia-France (places stay apart: Rio-Paris)
      const branch = g.type === 'organization' && e < t.n && t.shape[e] !== LOWER && t.start[e] === t.end[e - 1] + 1 && fold[t.end[e - 1]] === '-';
      if (branch) e = runEnd(fold, t, e, lex);
      // its legal form: Tesla Inc., Toyota Motor Corp
      if (g.type === 'organization') while (e < t.n && t.shape[e] !== LOWER && lex.orgSuffixes.has(keyAt(t, e)) && fold.slice(t.end[e - 1], t.start[e]) === ' ') e++;
      const c = cand(i, e, g.type, branch ? undefined : g.id);
      if (c.initial && c.words === 1 && lex.commonWords.has(k)) c.weak = true;
      out.push(c);
      i = e;
      continue;
    }
    // an acronym of a common noun before a name is no part of it: (entreprise de) BTP | Rhône Travaux SA
    if (t.shape[i] === UPPER && lex.notAcronyms.has(k) && i + 1 < t.n && t.shape[i + 1] !== LOWER && fold.slice(t.end[i], t.start[i + 1]) === ' ') { i++; continue; }
    // 5. capitalised run, not opened by a function word (Le Kremlin, Par ailleurs)
    if (t.shape[i] !== UPPER && lex.stopwords.has(k)) { i++; continue; }
    let e = runEnd(fold, t, i, lex);
    if (!lex.titles.has(k)) e = joinedOrg(fold, t, e, lex);
    const typed = classify(fold, t, i, e, lex);
    if (typed) {
      const c = cand(typed.a, e, typed.type);
      c.speaks = typed.speaks;
      out.push(c);
    }
    i = e;
  }
  return out;
}

/**
 * The end of a country's name right after token e - 1 (one space between, and no capitalised
 * word after it, which would make it the start of another name), or 0.
 */
function countryAfter(fold: string, t: Tokens, e: number, lex: NamedLexicon): number {
  if (e >= t.n || t.shape[e] === LOWER || t.sentence[e] !== t.sentence[e - 1] || t.start[e] !== t.end[e - 1] + 1 || fold.charCodeAt(t.end[e - 1]) !== 32) return 0;
  const c = matchGaz(fold, t, e, lex.gaz);
  if (!c || c.type !== 'place' || !c.code || !COUNTRY.test(c.code)) return 0;
  const end = e + c.keys.length;
  return end < t.n && t.shape[end] !== LOWER && t.start[end] === t.end[end - 1] + 1 ? 0 : end;
}

/** Whether a first name and a capitalised word, each after one space, start at token i. */
function personAt(fold: string, t: Tokens, i: number, lex: NamedLexicon): boolean {
  if (i + 1 >= t.n || t.shape[i] === LOWER || t.shape[i + 1] === LOWER || t.sentence[i + 1] !== t.sentence[i - 1]) return false;
  if (fold.charCodeAt(t.end[i - 1]) !== 32 || t.start[i] !== t.end[i - 1] + 1 || fold.charCodeAt(t.end[i]) !== 32 || t.start[i + 1] !== t.end[i] + 1) return false;
  return lex.firstNames.has(keyAt(t, i));
}

/** ISO 3166 country codes (the gazetteer also codes world regions with digits, and ZZ) */
const COUNTRY = /^[A-Y][A-Z]$|^Z[AMW]$/;

/** "le ministre de l'Éducation, Pap Ndiaye, a…", "sa secrétaire générale, Xavière Dupuis, a…": two or three capitalised words set off by commas after a title name a person, known first name or not. */
function apposedName(fold: string, t: Tokens, n: number, lex: NamedLexicon): boolean {
  const e = runEnd(fold, t, n, lex);
  if (e - n < 2 || e - n > 3 || e >= t.n || fold[t.end[e - 1]] !== ',') return false;
  for (let k = n; k < e; k++) if (t.shape[k] === LOWER || t.shape[k] === UPPER || lex.stopwords.has(keyAt(t, k)) || lex.orgSuffixes.has(keyAt(t, k))) return false;
  return true;
}

/**
 * nameKey of the mention of tokens a to b, read from the keys its tokens already have. WORD splits
 * text below U+01C4 as the tokenizer splits the fold, and so across a typographic apostrophe, which
 * the fold makes ', a gap for both. Above, they can differ: the titlecase letters are capitals of a
 * dotted acronym for the tokenizer only, the tokenizer joins a mark after an ampersand and opens
 * words on some marks, which WORD never does, and U+02BC is a letter that the fold makes an
 * apostrophe. A mention with any such character is split again.
 */
function nameKeyAt(text: string, t: Tokens, a: number, b: number): string {
  for (let p = t.start[a], end = t.end[b - 1]; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x1c4 && c !== 0x2019) return nameKey(text.slice(t.start[a], end));
  }
  return keysBetween(t, a, b);
}
