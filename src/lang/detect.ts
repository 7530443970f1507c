import { CLASS, DIGIT, OTHER } from '../text/char-class.js';
import type { Lang } from '../types.js';
import { packs } from './index.js';

/** How much of the text is read at most: enough words, bounded cost on huge inputs. */
const SAMPLE = 20_000;
/**
 * Reading stops once a language leads every other by this many stopwords (about fifty words
 * of running text): the opening of an article decides, as it would for a reader, and the rest of
 * a long text is not read for a decision already made.
 */
const LEAD = 20;
const WORD = /\p{L}+/gu;

const codes = Object.values(packs).map((p) => p.code);
/** word → the languages (bits, in `codes` order) that list it as a stopword */
const langsOf = new Map<string, number>();
Object.values(packs).forEach((p, l) => { for (const w of p.stopwords) langsOf.set(w, (langsOf.get(w) ?? 0) | (1 << l)); });

/**
 * The words are the runs of \p{L} of the lowercased sample. Most are made of Latin-1 letters,
 * whose lowercase is one Latin-1 letter: those are matched against a trie of the stopwords while
 * they are read, without cutting a string out of the text for each word.
 * LATIN1[c], for a code unit below 256: -1 for a non-letter, else the trie symbol of its
 * lowercase (0 for a letter that no stopword holds).
 */
const trieWords = [...langsOf].filter(([w]) => w === w.toLowerCase() && /^[\p{L}]+$/u.test(w) && [...w].every((ch) => ch.charCodeAt(0) < 256));
const symbols = new Map([...new Set(trieWords.flatMap(([w]) => [...w]))].map((ch, k) => [ch, k + 1]));
const width = symbols.size + 1;
const LATIN1 = Int16Array.from({ length: 256 }, (_, c) => {
  const lc = String.fromCharCode(c).toLowerCase();
  return /\p{L}/u.test(lc) ? symbols.get(lc) ?? 0 : -1;
});

/**
 * The trie: node 0 means "no stopword" and stays so; NEXT[node * width + symbol] is the next node,
 * BITS[node] the languages of the stopword ending there. Stopwords with other characters are only
 * met on the slow path of detectLang, which looks words up in `langsOf`.
 */
const ROOT = 1;
const { NEXT, BITS } = (() => {
  const size = 2 + trieWords.reduce((n, [w]) => n + w.length, 0);
  const next = new Int32Array(size * width);
  const bits = new Int32Array(size);
  let nodes = 2;
  for (const [w, b] of trieWords) {
    let node = ROOT;
    for (const ch of w) node = next[node * width + symbols.get(ch)!] ||= nodes++;
    bits[node] = b;
  }
  return { NEXT: next, BITS: bits };
})();

/** A code unit above Latin-1 that is no letter and lowercases to none ("“", "…", "€"); surrogates are not. */
const isOther = (c: number) => (c < 0xd800 || c > 0xdfff) && (CLASS[c] === OTHER || CLASS[c] === DIGIT);
const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** Score the text against each language's stopwords; French wins ties (French first). */
export function detectLang(fold: string): Lang {
  const scores = codes.map(() => 0);
  let decided = false;
  const count = (bits: number) => {
    if (!bits) return;
    for (let l = 0; l < codes.length; l++) if (bits & (1 << l)) scores[l]++;
    let first = 0;
    let second = 0;
    for (const x of scores) {
      if (x > first) { second = first; first = x; } else if (x > second) second = x;
    }
    decided = first - second >= LEAD;
  };
  const len = Math.min(fold.length, SAMPLE);
  let from = -1; // start of the word being read, -1 between words
  let node = 0;
  for (let i = 0; i < len && !decided; i++) {
    const c = fold.charCodeAt(i);
    const symbol = c < 256 ? LATIN1[c] : isOther(c) ? -1 : -2;
    if (symbol >= 0) {
      if (from < 0) {
        from = i;
        node = ROOT;
      }
      node = NEXT[node * width + symbol];
      continue;
    }
    if (symbol === -1) {
      if (from >= 0 && BITS[node]) count(BITS[node]);
      from = -1;
      continue;
    }
    // another letter or a mark ("œ", "ł", Greek, a combining accent): the word and the rest of the
    // span up to an ASCII non-letter are lowercased and split by the regex, as the whole sample once
    // was (lowercasing may change the length: "İ" → "i̇")
    let end = i + 1;
    while (end < len && (fold.charCodeAt(end) >= 128 || isAsciiLetter(fold.charCodeAt(end)))) end++;
    for (const m of fold.slice(from >= 0 ? from : i, end).toLowerCase().matchAll(WORD)) count(langsOf.get(m[0]) ?? 0);
    from = -1;
    i = end - 1;
  }
  if (from >= 0 && BITS[node]) count(BITS[node]);
  let best = codes.indexOf('fr');
  for (let l = 0; l < codes.length; l++) if (scores[l] > scores[best]) best = l;
  return codes[best];
}
