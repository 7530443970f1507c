import type { Lang } from '../types.js';
import { packs } from './index.js';

/** How much of the text is read to decide: enough words, bounded cost on huge inputs. */
const SAMPLE = 20_000;
const WORD = /\p{L}+/gu;

const lists = Object.values(packs).map((p) => ({ code: p.code, words: new Set<string>(p.stopwords) }));

/** Score the text against each language's stopwords; French wins ties (French first). */
export function detectLang(fold: string): Lang {
  const sample = fold.slice(0, SAMPLE).toLowerCase();
  const scores = new Map<Lang, number>(lists.map((l) => [l.code, 0]));
  for (const m of sample.matchAll(WORD)) {
    for (const l of lists) if (l.words.has(m[0])) scores.set(l.code, scores.get(l.code)! + 1);
  }
  let best: Lang = 'fr';
  for (const [code, score] of scores) if (score > scores.get(best)!) best = code;
  return best;
}
