/** Matching token sequences against phrase tables and the gazetteer, across small gaps only. */
import type { Entries, GazEntry } from './types.js';
import { LOWER, UPPER, type Tokens, keyAt } from './tokens.js';

const TIGHT = /^(?: |-|'|\. ?|\.-|-\s?)$/;

/** Whether tokens i-1 and i belong to one phrase: a space, hyphen or apostrophe between them (or the dot of an initial). */
export function tight(fold: string, t: Tokens, i: number): boolean {
  if (i <= 0 || t.sentence[i] !== t.sentence[i - 1]) return false;
  const width = t.start[i] - t.end[i - 1];
  if (width === 1) {
    const c = fold.charCodeAt(t.end[i - 1]);
    if (c === 32 || c === 45 || c === 39) return true; // space, hyphen, apostrophe
  }
  if (width > 3) return false;
  const g = fold.slice(t.end[i - 1], t.start[i]);
  if (g === ' ' || g === '-' || g === "'" || g === ' & ') return true;
  if (!TIGHT.test(g)) return false;
  // a dot joins only after an initial or a short abbreviation (J.-Y., St. Louis, Jr.)
  return g[0] !== '.' || t.end[i - 1] - t.start[i - 1] <= 3;
}

/** Length (in tokens) of the longest phrase of `table` that starts at token i, or 0. */
export function matchPhrase(
  fold: string,
  t: Tokens,
  i: number,
  table: ReadonlyMap<string, readonly (readonly string[])[]>,
): number {
  const list = table.get(keyAt(t, i));
  if (!list) return 0;
  for (const keys of list) if (matchesAt(fold, t, i, keys)) return keys.length;
  return 0;
}

function capsAt(t: Tokens, i: number, e: GazEntry): boolean {
  for (let k = 1; k < e.keys.length; k++) if (e.caps & (1 << k) && t.shape[i + k] === LOWER) return false;
  return true;
}

export function matchesAt(fold: string, t: Tokens, i: number, keys: readonly string[]): boolean {
  if (i + keys.length > t.n) return false;
  for (let k = 1; k < keys.length; k++) {
    if (keyAt(t, i + k) !== keys[k] || !tight(fold, t, i + k)) return false;
  }
  return true;
}

/** The longest gazetteer entry starting at token i (entries are sorted longest first). */
export function matchGaz(fold: string, t: Tokens, i: number, gaz: Entries): GazEntry | undefined {
  const list = gaz.get(keyAt(t, i));
  if (!list) return undefined;
  for (const e of list) if ((!e.upper || t.shape[i] === UPPER) && (t.shape[i] !== LOWER || (e.type === 'organization' && !(e.caps & 1))) && matchesAt(fold, t, i, e.keys) && capsAt(t, i, e) && !continued(fold, t, i + e.keys.length)) return e;
  return undefined;
}

/** A hyphen and a lowercase word right after a name make it part of a longer toponym: Saint-Malo | -de-Guersac. */
function continued(fold: string, t: Tokens, e: number): boolean {
  return e < t.n && t.shape[e] === LOWER && t.start[e] === t.end[e - 1] + 1 && fold.charCodeAt(t.end[e - 1]) === 45;
}
