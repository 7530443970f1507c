/**
 * Refiners on one sentence's hits: keep the longest of overlapping hits (a "not-date" such as
 * "d'aujourd'hui" hides what it covers), then widen each kept hit
 * over the words around it that change its meaning: "dernier"/"last" (direction), "ce"/"this",
 * and modifiers such as "début", "mi-", "end of" (precision kept: "mi-juin" is June).
 */
import type { Span } from '../../types.js';
import { hitOf, type Hit } from './hit.js';
import type { DatePatterns, Table } from './patterns.js';

/** Longest first; on equal length the hit found first (the more trusted parser) wins. */
export function longestFirst(hits: readonly Hit[]): Hit[] {
  if (hits.length < 2) return [...hits];
  const order = hits.map((h, i) => ({ h, i }));
  order.sort((a, b) => b.h.end - b.h.start - (a.h.end - a.h.start) || a.i - b.i);
  const kept: Hit[] = [];
  for (const { h } of order) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

const MONTH_OR_YEAR = new Set(['month-year', 'month', 'year', 'iso-month', 'relative-month', 'relative-year', 'modified-year', 'modified-month']);
const DIRECTED = new Set(['day-month', 'month-day', 'month', 'weekday']);

function which(t: Table, m: RegExpExecArray): number {
  return t.n[m.findIndex((g, k) => k > 0 && g !== undefined) - 1];
}

/** Widen a hit over a direction word, a modifier; drop hits that need a modifier and have none. */
export function widen(h: Hit, fold: string, sentence: Span, p: DatePatterns): Hit | null {
  const out = hitOf(h.start, h.end, h.rule, h);
  const open = h.y === undefined && h.rel === undefined;
  if (DIRECTED.has(h.rule) && open) {
    const after = p.after.re.exec(fold.slice(h.end, Math.min(sentence.end, h.end + 30)));
    if (after) {
      out.end = h.end + after[0].length;
      out.dir = which(p.after, after);
    }
    const from = Math.max(sentence.start, h.start - 30);
    const before = p.before.re.exec(fold.slice(from, h.start));
    if (before) {
      out.start = from + before.index;
      out.dir = which(p.before, before);
    }
  }
  if (MONTH_OR_YEAR.has(h.rule)) {
    const from = Math.max(sentence.start, h.start - 30);
    const mod = p.modifier.exec(fold.slice(from, h.start));
    if (mod) out.start = from + mod.index;
    else if (h.needsModifier) return null;
  }
  return out;
}

export function select(hits: readonly Hit[], fold: string, sentence: Span, p: DatePatterns): Hit[] {
  const kept = longestFirst(hits).filter((h) => h.rule !== 'not-date');
  const widened = kept.map((h) => widen(h, fold, sentence, p)).filter((h): h is Hit => h !== null);
  return longestFirst(widened);
}
