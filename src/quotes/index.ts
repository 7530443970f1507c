/**
 * Quotes of a document, in text order: marked quotes (« », “ ”, " ") with their speakers, and
 * reported speech (indirect) in sentences without marks. One pass over the paragraphs; each
 * paragraph is tokenized once, and every rule works inside one sentence (a "unit": the sentence
 * of a quote, stretched to the sentence where the quote ends).
 */
import type { Doc } from '../doc.js';
import { sentenceAt } from '../text/span.js';
import type { Quote } from '../types.js';
import { indirect } from './indirect.js';
import { isStatement, kindOf } from './kind.js';
import { findMarks, type Marked } from './marks.js';
import { tokenize } from './tokens.js';
import type { Context, Speaker, Token } from './types.js';

type Previous = Context['previous'][number];

/** Paragraphs of the fold, a quote running over several paragraphs keeping them together. */
function paragraphs(fold: string, marks: readonly Marked[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let m = 0;
  for (let start = 0; start < fold.length;) {
    let end = fold.indexOf('\n', start);
    if (end < 0) end = fold.length;
    while (m < marks.length && marks[m].open < end) {
      if (marks[m].close > end) { end = fold.indexOf('\n', marks[m].close); if (end < 0) end = fold.length; }
      m++;
    }
    out.push([start, end]);
    start = end + 1;
  }
  return out;
}

function attribute(ctx: Context): { sp: Speaker; strong: boolean } | null {
  for (const st of ctx.pack.strategies) {
    const sp = st.find(ctx);
    if (sp) return { sp, strong: !st.weak };
  }
  return null;
}

export function findQuotes(doc: Doc): Quote[] {
  const pack = doc.pack.quotes;
  const { fold, text, sentences } = doc;
  const marks = findMarks(fold);
  const out: Quote[] = [];
  const previous: Previous[] = [];
  let mi = 0;
  let sp = 0;
  let paragraph = 0;
  for (const [ps, pe] of paragraphs(fold, marks)) {
    while (mi < marks.length && marks[mi].close <= ps) mi++;
    const toks: Token[] = tokenize(fold, ps, pe, marks, mi);
    if (!toks.length) continue;
    const sent: number[] = toks.map((t) => {
      while (sp + 1 < sentences.length && sentences[sp + 1].start <= t.s) sp++;
      return sp;
    });
    for (let u = 0; u < toks.length;) {
      let last = sent[u];
      let v = u;
      for (; v < toks.length && sent[v] <= last; v++) {
        const q = toks[v].q;
        if (q !== undefined) last = Math.max(last, sentenceAt(sentences, marks[q].close - 1));
      }
      const base = { doc, pack, toks, before: u, after: v, previous, paragraph, sentence: sent[u] };
      let quoted = false;
      for (let at = u; at < v; at++) {
        const q = toks[at].q;
        if (q === undefined) continue;
        quoted = true;
        const mk = marks[q];
        const words = text.slice(mk.start, mk.end);
        const ctx: Context = { ...base, at, sentence: sent[at] };
        const found = attribute(ctx);
        if (!isStatement(words, found?.strong ?? false)) continue;
        const s: Speaker = found?.sp ?? { speaker: null, speakerType: null, via: null, cue: null };
        out.push({ text: words, ...s, kind: kindOf(toks, at, u, v, words, pack), start: mk.start, end: mk.end, sentence: sentenceAt(sentences, mk.start) });
        previous.push({ ...s, start: mk.start, end: mk.end, paragraph, sentence: sent[at] });
      }
      if (!quoted) {
        const r = indirect({ ...base, at: u }, pack.thatOptional);
        if (r) {
          const start = toks[r.from].s;
          const end = toks[r.to - 1].e;
          const s: Speaker = { speaker: r.speaker, speakerType: r.speakerType, via: r.via, cue: r.cue };
          out.push({ text: text.slice(start, end), ...s, kind: 'indirect', start, end, sentence: sent[r.from] });
          previous.push({ ...s, start, end, paragraph, sentence: sent[r.from] });
        }
      }
      u = v;
    }
    paragraph++;
  }
  return out;
}
