/**
 * The tense around a date: a past or future marker of the sentence (auxiliaries, endings,
 * "hier", "prochain", "will"…, from the language data) decides. 0 when there is none.
 */
import type { Span } from '../../types.js';
import type { DatePatterns } from './patterns.js';
import type { Sent } from './scan.js';

export interface Marker extends Span {
  sign: -1 | 1;
}

/**
 * Markers of a sentence, matched on its lowercased text (t.s); a capitalised word counts only
 * as the sentence's first word ("Prévue le 3 décembre, …"): elsewhere it is a name ("Sahara").
 * The scan stops at the first marker that starts at or after `until` (a document offset, the
 * end of the sentence's last open date): tenseOf never reads further.
 */
export function markers(t: Sent, p: DatePatterns, until = Infinity): Marker[] {
  const out: Marker[] = [];
  let first: number | undefined; // the sentence's first letter, looked for only when a capital is met
  p.tense.lastIndex = 0;
  for (let m = p.tense.exec(t.s); m; m = p.tense.exec(t.s)) {
    if (t.c[m.index] !== t.s[m.index] && m.index !== (first ??= t.c.search(/\p{L}/u))) continue;
    out.push({ start: t.at + m.index, end: t.at + m.index + m[0].length, sign: m[1] !== undefined ? 1 : -1 });
    if (t.at + m.index >= until) break;
  }
  return out;
}

/** How far before a date its governing verb may stand ("a annoncé que le sommet aura lieu le 9 mai"). */
const REACH_BEFORE = 80;

/**
 * The nearest marker before the date (within reach), else the nearest after it, else the nearest
 * before it out of reach: a long object may stand between the verb and the date ("va créer deux
 * mille postes dans les écoles primaires à la rentrée de septembre"). A marker after a comma that
 * follows the date is often the reporting incise ("…, a-t-on appris"): the verb before wins then.
 */
export function tenseOf(h: Span, ms: readonly Marker[], text?: Sent): number {
  let before: Marker | undefined;
  let after: Marker | undefined;
  for (const m of ms) {
    if (m.end <= h.start) before = m;
    else if (m.start >= h.end && !after) after = m;
  }
  if (before && h.start - before.end <= REACH_BEFORE) return before.sign;
  if (before && after && text && text.s.slice(h.end - text.at, after.start - text.at).includes(',')) return before.sign;
  return (after ?? before)?.sign ?? 0;
}
