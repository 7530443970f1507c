/**
 * chrono-node, for the relative expressions it reads well ("il y a trois jours", "two years ago",
 * "dans deux mois"). It only sees the short phrases the language's `chronoTriggers` find: run
 * on whole sentences it would cost more than the rest of `extract entities` together. The locale
 * is loaded on first use, so `extract quotes` never pays for it.
 */
import { createRequire } from 'node:module';
import type { Lang } from '../../types.js';
import type { CalDate } from './calendar.js';
import { hitOf, type Hit } from './hit.js';
import type { DatePatterns } from './patterns.js';

interface ChronoResult {
  index: number;
  text: string;
  start: { knownValues: Record<string, number>; get(c: string): number | null };
}
interface ChronoLocale {
  casual: { parse(text: string, ref: { instant: Date; timezone: number }): ChronoResult[] };
}

const load = createRequire(import.meta.url);

function locale(lang: Lang): ChronoLocale {
  return load(`chrono-node/${lang}`) as ChronoLocale;
}

function value(r: ChronoResult): CalDate | null {
  const k = r.start.knownValues;
  const y = r.start.get('year');
  const m = r.start.get('month');
  const d = r.start.get('day');
  if (y === null) return null;
  if ('day' in k || 'weekday' in k) return m !== null && d !== null ? { y, m, d } : null;
  if ('month' in k) return m !== null ? { y, m } : null;
  if ('year' in k) return { y };
  return null;
}

/** Hits for the relative phrases of one sentence, computed against `ref` (noon UTC of its first day). */
export function chronoHits(sentence: string, at: number, lang: Lang, p: DatePatterns, ref: CalDate | null): Hit[] {
  const out: Hit[] = [];
  // the trigger patterns start with any word: a scan for them costs more than this test
  if (!p.chronoKeyword.test(sentence)) return out;
  p.chrono.lastIndex = 0;
  for (let m = p.chrono.exec(sentence); m; m = p.chrono.exec(sentence)) {
    if (p.vague.test(m[0])) continue;
    const start = at + m.index;
    if (!ref) {
      out.push(hitOf(start, start + m[0].length, 'chrono'));
      continue;
    }
    const instant = new Date(Date.UTC(ref.y, (ref.m ?? 1) - 1, ref.d ?? 1, 12));
    for (const r of locale(lang).casual.parse(m[0], { instant, timezone: 0 })) {
      const v = value(r);
      if (v) out.push(hitOf(start + r.index, start + r.index + r.text.length, 'chrono', { computed: v }));
    }
  }
  return out;
}
