import type { Lang } from '../types.js';
import { packs } from './index.js';

/** How much of the text is read to decide: enough words, bounded cost on huge inputs. */
const SAMPLE = 20_000;
const WORD = /\p{L}+/gu;

const codes = Object.values(packs).map((p) => p.code);
/** word → the languages (bits, in `codes` order) that list it as a stopword */
const langsOf = new Map<string, number>();
Object.values(packs).forEach((p, l) => { for (const w of p.stopwords) langsOf.set(w, (langsOf.get(w) ?? 0) | (1 << l)); });

/** Score the text against each language's stopwords; French wins ties (French first). */
export function detectLang(fold: string): Lang {
  const sample = fold.slice(0, SAMPLE).toLowerCase();
  const scores = codes.map(() => 0);
  const count = (word: string) => {
    const bits = langsOf.get(word);
    if (bits) for (let l = 0; l < codes.length; l++) if (bits & (1 << l)) scores[l]++;
  };
  // the words are the runs of \p{L}: ASCII runs are read directly; a span with other characters,
  // bounded by ASCII non-letters (never letters), goes through the regex
  const len = sample.length;
  let i = 0;
  while (i < len) {
    let c = sample.charCodeAt(i);
    if (c < 128 && !isAsciiLetter(c)) { i++; continue; }
    const at = i;
    let ascii = true;
    for (; i < len; i++) {
      c = sample.charCodeAt(i);
      if (c >= 128) ascii = false;
      else if (!isAsciiLetter(c)) break;
    }
    if (ascii) count(sample.slice(at, i));
    else for (const m of sample.slice(at, i).matchAll(WORD)) count(m[0]);
  }
  let best = codes.indexOf('fr');
  for (let l = 0; l < codes.length; l++) if (scores[l] > scores[best]) best = l;
  return codes[best];
}

const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
