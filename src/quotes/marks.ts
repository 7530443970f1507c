/**
 * Pair quotation marks in one linear pass over the folded text.
 *  - « » nest (depth is counted); “ ” and straight " inside « » are nested marks and kept in the text.
 *  - “ ” pair with each other; straight " toggles.
 *  - A paragraph break inside an open quote ends it, unless the next paragraph opens with the same
 *    mark (or with a closing », as some French copy does): that is the convention for a quote
 *    running over several paragraphs, and the quote goes on.
 *  - An unclosed quote (`closed: false`) never swallows the rest: it ends with the sentence where it
 *    opened (a lost closing mark), or with its last paragraph when it ran over several.
 */
import { sentenceAt } from '../text/span.js';
import type { Span } from '../types.js';

export interface Marked extends Span {
  /** offset of the opening mark; `start`/`end` delimit the words inside, trimmed */
  open: number;
  /** offset just after the closing mark (or the paragraph end when unclosed) */
  close: number;
  closed: boolean;
}

/** opening mark → the marks that may close it (copy often mixes straight and curly marks) */
const PAIRS: Record<string, string> = { '«': '»', '“': '”"', '"': '"”', '„': '“”"', '‘': '’' };
const SPACE = /\s/;
const MARKS = /[«»“”"„\n]/g;
/** with single curly quotes (British copy): read on the text, where ‘ ’ are still told from ' */
const MARKS_SINGLE = /[«»“”"„‘’\r\n]/g;
const LETTER = /\p{L}/u;

export function findMarks(fold: string, text: string = fold, sentences: readonly Span[] = []): Marked[] {
  const re = text.includes('‘') ? MARKS_SINGLE : MARKS;
  const src = re === MARKS ? fold : text;
  const out: Marked[] = [];
  let open = -1;
  let closer = '';
  let depth = 0;
  let continued = false;
  const push = (end: number, after: number, closed: boolean) => {
    let s = open + 1;
    let e = end;
    if (!closed && !continued && sentences.length) {
      const own = sentences[sentenceAt(sentences, open)];
      if (own.end > s && own.end < e) { e = own.end; after = own.end; }
    }
    continued = false;
    while (s < e && SPACE.test(fold[s])) s++;
    while (e > s && SPACE.test(fold[e - 1])) e--;
    if (e > s) out.push({ open, start: s, end: e, close: after, closed });
    open = -1;
  };
  re.lastIndex = 0;
  for (let x = re.exec(src); x; x = re.exec(src)) {
    const i = x.index;
    const c = fold[i] === '\n' ? '\n' : src[i];
    // ’ inside a word (it’s) or after a plural (workers’ union) is an apostrophe
    if (c === '’' && (open < 0 || LETTER.test(src[i + 1] ?? ''))) continue;
    if (c === '\n') {
      if (open < 0) continue;
      let j = i;
      while (j < fold.length && SPACE.test(fold[j])) j++;
      const next = fold[j];
      const opener = src[open];
      if (next === opener || (opener === '«' && next === '»') || (opener === '“' && next === '"')) {
        re.lastIndex = j + 1; // the quote goes on in the next paragraph; that mark is not a new quote
        continued = true;
        continue;
      }
      push(i, i, false);
      continue;
    }
    if (open < 0) {
      if (c !== '»' && c !== '”' && c !== '’' && (c !== '"' || (i + 1 < fold.length && !SPACE.test(fold[i + 1])))) {
        open = i;
        closer = PAIRS[c];
        depth = 1;
      }
    } else if (closer.includes(c)) {
      if (c === '»' && --depth > 0) continue;
      push(i, i + 1, true);
    } else if (c === '«' && closer === '»') depth++;
  }
  if (open >= 0) {
    let end = open + 1;
    while (end < fold.length && fold[end] !== '\n') end++;
    push(end, end, false);
  }
  return out;
}
