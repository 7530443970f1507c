/**
 * Quotes of a document, in text order: marked quotes (« », “ ”, " ") with their speakers, and
 * reported speech (indirect) in sentences without marks. One pass over the sentences: a "unit" is
 * a sentence, stretched to the sentence where a quote opened in it ends. Units holding a quote
 * are tokenized (each quote collapsed to one token); other sentences are tokenized only when a
 * cheap test says they may hold reported speech. Every rule works inside one unit.
 */
import type { Doc } from '../doc.js';
import { sentenceAt } from '../text/span.js';
import type { Quote, QuoteKind } from '../types.js';
import { indirect, mayReport, type Reported } from './indirect.js';
import { coordinated } from './coordinated.js';
import { isStatement, kindOf } from './kind.js';
import { findMarks } from './marks.js';
import { indexMentions } from './mentions.js';
import { tokenize } from './tokens.js';
import type { Context, Speaker, Token } from './types.js';

type Previous = Context['previous'][number];

function attribute(ctx: Context): { sp: Speaker; strong: boolean } | null {
  for (const st of ctx.pack.strategies) {
    const sp = st.find(ctx);
    if (sp) return { sp, strong: !st.weak };
  }
  return null;
}

/**
 * What later quotes see of a speaker. Written field by field: a literal opening with a spread of
 * speakers of many shapes (`{ ...s, start, … }`) takes V8's generic copy, which was half of this
 * stage's time on short articles.
 */
function remembered(s: Speaker, start: number, end: number, paragraph: number, sentence: number): Previous {
  return { speaker: s.speaker, speakerType: s.speakerType, via: s.via, cue: s.cue, start, end, paragraph, sentence };
}

/** The output record of a marked quote, field by field (see `remembered`): the SCHEMA's fields only, in its order. */
function quote(text: string, s: Speaker, kind: QuoteKind, start: number, end: number, sentence: number): Quote {
  return { text, speaker: s.speaker, speakerType: s.speakerType, via: s.via, cue: s.cue, kind, start, end, sentence };
}

/** most words a label has (`le projet de loi dit « séparatisme »`, `the so-called "Islamic State"`) */
const LABEL_WORDS = 3;

/**
 * A short quote right after a word that names what follows, with no auxiliary or subject pronoun
 * before that word (`il a dit « non »` is speech): a label, not a quote.
 */
function labelled(toks: readonly Token[], at: number, words: string, pack: Context['pack']): boolean {
  if (at < 1 || !pack.sets.labelWords.has(toks[at - 1].w)) return false;
  const before = at >= 2 ? toks[at - 2].w : '';
  return !pack.forms.has(before) && !pack.sets.pronouns.has(before) && words.trim().split(/\s+/).length <= LABEL_WORDS;
}

export function findQuotes(doc: Doc): Quote[] {
  const pack = doc.pack.quotes;
  const { fold, text, sentences } = doc;
  const marks = findMarks(fold, text, sentences);
  const mentions = indexMentions(doc.entities, text, pack);
  const out: Quote[] = [];
  const previous: Previous[] = [];
  let mi = 0;
  let paragraph = 0;
  const push = (r: Reported, toks: readonly Token[], sentence: number) => {
    const qs = toks[r.from].s;
    const qe = toks[r.to - 1].e;
    const s: Speaker = { speaker: r.speaker, speakerType: r.speakerType, via: r.via, cue: r.cue };
    out.push(quote(text.slice(qs, qe), s, 'indirect', qs, qe, sentence));
    previous.push(remembered(s, qs, qe, paragraph, sentence));
  };
  for (let si = 0; si < sentences.length;) {
    const start = sentences[si].start;
    if (si > 0) for (let g = sentences[si - 1].end; g < start; g++) if (fold[g] === '\n') { paragraph++; break; }
    let sj = si;
    while (mi < marks.length && marks[mi].open < start) mi++;
    const first = mi;
    for (let m = mi; m < marks.length && marks[m].open < sentences[sj].end; m++) {
      if (marks[m].close > sentences[sj].end) sj = Math.max(sj, sentenceAt(sentences, marks[m].close - 1));
    }
    const end = sentences[sj].end;
    if (first < marks.length && marks[first].open < end) {
      const toks = tokenize(fold, start, end, marks, first);
      // `X a précisé que CLAUSE : «…»`: the reported clause before the colon, then the quote
      const fq = toks.findIndex((t) => t.q !== undefined);
      if (fq > 1 && toks[fq - 1].w === ':') {
        const r = indirect({ doc, mentions, pack, previous, paragraph, sentence: si, toks, at: 0, before: 0, after: fq - 1 }, pack.thatOptional, false);
        if (r) push(r, toks, si);
      }
      for (let at = 0; at < toks.length; at++) {
        const q = toks[at].q;
        if (q === undefined) continue;
        const mk = marks[q];
        const words = text.slice(mk.start, mk.end);
        if (labelled(toks, at, words, pack)) continue;
        const sentence = sentenceAt(sentences, mk.start);
        const ctx: Context = { doc, mentions, pack, previous, paragraph, toks, at, before: 0, after: toks.length, sentence };
        const found = attribute(ctx);
        if (!isStatement(words, found?.strong ?? false)) continue;
        const s: Speaker = found?.sp ?? { speaker: null, speakerType: null, via: null, cue: null };
        out.push(quote(words, s, kindOf(toks, at, 0, toks.length, words, pack), mk.start, mk.end, sentence));
        previous.push(remembered(s, mk.start, mk.end, paragraph, sentence));
        const r = coordinated(ctx, s);
        if (r) push(r, toks, sentenceAt(sentences, toks[r.from].s));
      }
    } else if (mayReport(fold, start, end, pack)) {
      const toks = tokenize(fold, start, end, marks, first);
      const r = indirect({ doc, mentions, pack, previous, paragraph, sentence: si, toks, at: 0, before: 0, after: toks.length }, pack.thatOptional);
      if (r) push(r, toks, si);
    }
    si = sj + 1;
  }
  return out;
}
