/**
 * The tense around a date: the nearest past or future marker of the sentence (auxiliaries,
 * endings, "hier", "prochain", "will"…, from the language data) decides. 0 when there is none.
 */
import type { Span } from '../../types.js';
import type { DatePatterns } from './patterns.js';

export interface Marker extends Span {
  sign: -1 | 1;
}

export function markers(sentence: string, at: number, p: DatePatterns): Marker[] {
  const out: Marker[] = [];
  p.tense.lastIndex = 0;
  for (let m = p.tense.exec(sentence); m; m = p.tense.exec(sentence)) {
    out.push({ start: at + m.index, end: at + m.index + m[0].length, sign: m[1] !== undefined ? -1 : 1 });
  }
  return out;
}

export function tenseOf(h: Span, ms: readonly Marker[]): number {
  let best = Infinity;
  let sign = 0;
  for (const m of ms) {
    if (m.start < h.end && h.start < m.end) continue;
    const d = m.end <= h.start ? h.start - m.end : m.start - h.end;
    if (d < best) {
      best = d;
      sign = m.sign;
    }
  }
  return sign;
}
