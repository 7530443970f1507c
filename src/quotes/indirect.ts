/**
 * Reported speech without quote marks, in a sentence that has none:
 *  - `X a annoncé que CLAUSE` / `X said (that) CLAUSE`: a speech cue, then que/that within a few
 *    words; the clause runs to the end of the sentence.
 *  - `CLAUSE, a précisé l'exécutif russe.` / `CLAUSE, he said.`: the cue in an incise closing the
 *    sentence; the clause is what precedes the comma.
 *  - `X a précisé que CLAUSE : «…»`: the clause before a colon that opens a quote (index.ts).
 * Verbs of opinion (stance lemmas) are left out: their clause is a view, not a report.
 */
import { codeAt, isDigit, isLatin, isPair, lowerSlice } from './chars.js';
import { adverbsAt, cueAt, invertedForm } from './cues.js';
import { audienceEnd, isWord, phraseAt } from './phrase.js';
import { skipAudience } from './strategies/common.js';
import { invertedCue } from './strategies/inverted.js';
import { subjectCue } from './strategies/subject.js';
import type { Context, Cue, QuotesPack, Speaker } from './types.js';

export interface Reported extends Speaker { from: number; to: number }

const END = new Set(['.', '!', '?', ';', '…', ':']);
export const MIN_WORDS = 4;

/** Where the reported clause that starts at `from` ends: before a closing incise and the final punctuation. */
export function clauseEnd(ctx: Context, from: number): number {
  let e = from;
  while (e < ctx.after && ctx.toks[e].w !== ';') e++;
  // `… que CLAUSE, a indiqué Matignon.`: a closing incise is not part of the clause
  for (let c = e - 1; c > from; c--) {
    if (ctx.toks[c].w === ',' && cueAt(ctx.toks, c + 1, e, ctx.pack)?.kind === 'finite') { e = c; break; }
  }
  while (e > from && END.has(ctx.toks[e - 1].w)) e--;
  return e;
}

const LETTER = /^\p{L}/u;
const splitsPair = (s: string, i: number) => i > 0 && (codeAt(s, i) & 0xfc00) === 0xdc00 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;

/** Length (0, 1, or 2 for a surrogate pair) of the word character at i of s: a letter, ' or -. */
function wordChar(s: string, i: number): number {
  const c = codeAt(s, i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (isLatin(c)) return 1;
  const n = isPair(s, i) ? 2 : 1;
  return LETTER.test(s.slice(i, i + n)) ? n : 0;
}

/**
 * Whether one of the first `max` words (runs of letters, ' and -) of fold[from, to) is a speech
 * form, an inverted verb or the head of a multi-word form. Words are read on the fold itself, by
 * code point (a word running past `to` is cut there), unless a bound splits a surrogate pair,
 * where the piece is read on its own.
 */
function known(fold: string, from: number, to: number, max: number, pack: QuotesPack): boolean {
  const split = splitsPair(fold, from) || splitsPair(fold, to);
  const src = split ? fold.slice(from, to) : fold;
  const hi = split ? to - from : to;
  let n = 0;
  for (let i = split ? 0 : from; i < hi;) {
    let j = i;
    for (let c = wordChar(src, j); c > 0 && j < hi; c = wordChar(src, j)) j += c;
    if (j === i) { i += isPair(src, i) ? 2 : 1; continue; }
    const w = lowerSlice(src, i, Math.min(j, hi));
    const f = pack.forms.get(w);
    if ((f && f.speech) || invertedForm(w, pack) || pack.heads.has(w)) return true;
    if (++n >= max) break;
    i = j;
  }
  return false;
}

/** A cheap test on the raw sentence: can it hold reported speech at all? */
export function mayReport(fold: string, start: number, end: number, pack: QuotesPack): boolean {
  if (pack.thatOptional) return true;
  const s = fold.slice(start, end);
  // exec, not matchAll: matchAll copies the regex at each call
  const re = pack.complementizerRe;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) if (known(fold, start + Math.max(0, m.index - 90), start + m.index, 14, pack)) return true;
  const comma = s.lastIndexOf(',');
  return comma >= 0 && s.length - comma <= 200 && known(fold, start + comma + 1, end, 6, pack);
}

/**
 * After a verb that is a relay itself (told), where its addressee ends: `told reporters`, `told
 * her`, `told Reuters`, `told the BBC` (an audience word, or a name); j when there is none.
 */
function addressed(ctx: Context, j: number, hi: number): number {
  const { toks, pack } = ctx;
  if (j <= 0 || j >= hi || phraseAt(toks, j - 1, j, pack.relays) !== 1) return j;
  // `her` is also a determiner: the audience word is read before audienceEnd skips it
  if (pack.sets.audiences.has(toks[j].w)) return j + 1;
  // `told investors that`, `told the court that`: a few words right before the complementizer
  for (let k = j; k < hi && k < j + 3 && k + 1 < toks.length && isWord(toks[k]); k++) if (pack.sets.complementizers.has(toks[k + 1].w)) return k + 1;
  const e = audienceEnd(toks, j, hi, pack, ctx.doc.text);
  return e > j && toks[e - 1].upper ? e : j;
}

/** Whether toks[from, to) are plain lowercase words, none a preposition or an article. */
function lowerWords(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    if (!isWord(t) || t.upper || ctx.pack.sets.phraseStops.has(t.w) || ctx.pack.sets.determiners.has(t.w)) return false;
  }
  return true;
}

/**
 * Whether the complementizer at m belongs to the verb ending at j: only adverbs, an audience
 * (`aux journalistes`, `told reporters`) and commas may stand between (`réclame une hausse, alors
 * que …` is no report).
 */
function reaches(ctx: Context, j: number, m: number): boolean {
  const { toks, pack } = ctx;
  j = addressed(ctx, j, m);
  for (let guard = 0; j < m && guard < 6; guard++) {
    if (toks[j].w === ',') { j++; continue; }
    // `told reporters in Columbus that`, `a déclaré à Paris que`: a preposition and a name
    if (pack.sets.phraseStops.has(toks[j].w) && j + 1 < m && toks[j + 1].upper && isWord(toks[j + 1])) {
      let e = j + 1;
      while (e < m && e < j + 4 && toks[e].upper && isWord(toks[e])) e++;
      j = e;
      continue;
    }
    const a = adverbsAt(toks, j, m, pack);
    if (a) { j += a; continue; }
    const s = skipAudience(ctx, j, m);
    if (s > j) { j = s; continue; }
    // `devant l'Assemblée nationale que`: the lowercase end of the name just read
    if (j > 0 && toks[j - 1].upper && m - j <= 2 && lowerWords(ctx, j, m)) { j = m; continue; }
    return false;
  }
  return j === m;
}

/**
 * `CLAUSE, the company said in a statement.`: a subject-first incise ends the sentence; its verb
 * takes no object (`…, les deux ministres ont évoqué la situation` is a clause of its own).
 */
function closes(ctx: Context, from: number, hi: number): boolean {
  const { toks, pack } = ctx;
  for (let m = from; m < hi; m++) {
    const cue = cueAt(toks, m, hi, pack);
    if (!cue || cue.kind !== 'finite') continue;
    let j = skipAudience(ctx, cue.to, hi);
    // `told reporters`, `told Reuters`: the audience of the verb
    if (j < hi && pack.sets.audiences.has(toks[j].w)) j++;
    else while (j < hi && toks[j].upper) j++;
    j += adverbsAt(toks, j, hi, pack);
    return j >= hi || END.has(toks[j].w) || toks[j].w === ',' || (pack.sets.phraseStops.has(toks[j].w) && !pack.sets.determiners.has(toks[j].w));
  }
  return false;
}

/** Whether the words from `from` to the next stop or comma (a relative clause aside) hold a finite verb of a clause. */
function holdsClause(ctx: Context, from: number, hi: number): boolean {
  const { toks, pack } = ctx;
  for (let j = from; j < hi && !END.has(toks[j].w) && toks[j].w !== ',' && toks[j].q === undefined; j++) {
    if (pack.sets.relatives.has(toks[j].w)) return false;
    if (pack.sets.clauseVerbs.has(toks[j].w)) return true;
  }
  return false;
}

/**
 * Whether a gerund at k reports for the sentence (`, affirmant que`, `en précisant que`, `adding
 * that`): not right after a noun, which it describes (`une croyance locale affirmant que`).
 */
function adverbial(ctx: Context, k: number): boolean {
  const prev = k > ctx.before ? ctx.toks[k - 1] : null;
  return !prev || prev.w === ',' || prev.q !== undefined || ctx.pack.sets.phraseStops.has(prev.w);
}

/** The first speech cue followed, within a few words, by a complementizer: [cue start, clause start]. */
function cueThenThat(ctx: Context): { k: number; from: number } | null {
  const { toks, pack, before: lo, after: hi } = ctx;
  for (let m = lo + 1; m < hi; m++) {
    if (!pack.sets.complementizers.has(toks[m].w)) continue;
    let k = m - 1;
    while (k > lo && m - k < 10 && !END.has(toks[k - 1].w)) k--;
    for (; k < m; k++) {
      const cue = cueAt(toks, k, m, pack);
      if (cue && cue.speech && (cue.kind === 'finite' || (cue.kind === 'gerund' && adverbial(ctx, cue.from))) && reaches(ctx, cue.to, m)) return { k, from: m + 1 };
    }
  }
  return null;
}

/** Written field by field: a spread of speakers of many shapes takes V8's slow generic copy. */
export function reported(sp: Speaker, from: number, to: number, cue = sp.cue): Reported {
  return { speaker: sp.speaker, speakerType: sp.speakerType, via: sp.via, cue, from, to };
}

/** Whether toks[i] can only open a clause, not go on a noun phrase: a name, a pronoun, a determiner, a number. */
function opensClause(ctx: Context, i: number): boolean {
  const t = ctx.toks[i];
  return t.upper || ctx.pack.sets.pronouns.has(t.w) || ctx.pack.sets.determiners.has(t.w) || isDigit(t.w.charCodeAt(0));
}

/**
 * Where a clause reported without complementizer starts after the finite cue (`said the plan…`,
 * `told reporters the plan…`), or -1: only in a language that allows it, after the verbs that do.
 */
export function bareClause(ctx: Context, cue: Cue, hi: number): number {
  const { toks, pack } = ctx;
  if (!pack.thatOptional || cue.kind !== 'finite' || !pack.sets.bareClauseLemmas.has(cue.lemma)) return -1;
  let s = addressed(ctx, skipAudience(ctx, cue.to, hi), hi);
  // `said on Tuesday it…`, `told reporters Monday the city…`: the time of the telling is not told;
  // but an adverb that may be an adjective stays when a bare noun follows (`said first responders…`)
  const a = adverbsAt(toks, s, hi, pack);
  if (a && s + a < hi && (toks[s].upper || opensClause(ctx, s + a))) s += a;
  if (s >= hi || !isWord(toks[s])) return -1;
  // `…, said the mayor in a statement.`: after a comma, words with no verb of a clause are the subject
  if (cue.from > 0 && toks[cue.from - 1].w === ',' && !holdsClause(ctx, s, hi)) return -1;
  const w = toks[s].w;
  return !pack.sets.phraseStops.has(w) || pack.sets.pronouns.has(w) ? s : -1;
}

export function indirect(ctx: Context, thatOptional: boolean, incise = true): Reported | null {
  const { toks, pack, before: lo, after: hi } = ctx;
  const hit = cueThenThat(ctx);
  for (let k = hit ? hit.k : thatOptional ? lo : hi; k < hi; k++) {
    const cue = cueAt(toks, k, hi, pack);
    if (!cue || !cue.speech || (cue.kind !== 'finite' && cue.kind !== 'gerund')) continue;
    let from = -1;
    if (hit && k === hit.k) from = hit.from;
    else if (thatOptional && k > lo) from = bareClause(ctx, cue, hi);
    if (from < 0) continue;
    const to = clauseEnd(ctx, from);
    if (to - from < MIN_WORDS) continue;
    const sp = subjectCue({ ...ctx, at: from });
    if (sp) return reported(sp, from, to);
  }
  if (!incise) return null;
  // incise closing the sentence
  for (let c = hi - 1; c >= lo + MIN_WORDS; c--) {
    if (toks[c].w !== ',') continue;
    const cue = cueAt(toks, c + 1, hi, pack);
    const sp = invertedCue({ ...ctx, at: c - 1 });
    if (!sp || !sp.cue) return null;
    if (cue && !cue.speech) return null;
    // `Yellen, speaking at X, said inflation was easing`: what follows the verb is a clause
    if (cue && !cue.pronoun && holdsClause(ctx, cue.to, hi)) return null;
    if (!cue && !closes(ctx, c + 1, hi)) return null;
    // `En plus de la réunion, CLAUSE, a précisé X`: an opening adverbial is not reported
    let from = lo;
    if (pack.sets.phraseStops.has(toks[lo].w) || phraseAt(toks, lo, c, pack.according)) {
      for (let k = lo + 1; k < c - MIN_WORDS && k < lo + 10; k++) if (toks[k].w === ',') { from = k + 1; break; }
    }
    return reported(sp, from, c);
  }
  return null;
}
