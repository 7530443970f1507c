/**
 * Pronoun resolution: `il`, `she`, `a-t-il ajouté` point back to the latest speaker or to the
 * latest person named in subject position, whichever is nearer; a person-only pronoun (he, she)
 * never points back to an organization, nor a pronoun of one sex (elle, he) to a person the text
 * gives the other (by a first name or a title of courtesy). Null when neither is found: never a
 * guess from far away.
 */
import { sentenceAt } from '../text/span.js';
import type { Named } from './speaker.js';
import { tokenize } from './tokens.js';
import type { Context, Sex } from './types.js';

const WINDOW = 400;
const SUBJECT_START = new Set(['', '.', '!', '?', ',', ';', ':', '\n']);

function previousChar(fold: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && fold[i] === ' ') i--;
  return i < 0 ? '' : fold[i];
}

/**
 * The quotes of fold[from, to) as one token each for the tokenizer, so that the words inside,
 * which name no subject, are not read: an opening mark (« “, or " outside a quote) opens one
 * unless one is open, a closing mark (» ”, or " inside) closes it, and one still open at `to`
 * runs to it. Every mark is a token of its own, so these are the quotes that the tokens, read in
 * order, open and close.
 */
function quotesIn(fold: string, from: number, to: number): Array<{ open: number; close: number }> {
  const out: Array<{ open: number; close: number }> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = fold.charCodeAt(i);
    if (c === 0xab || c === 0x201c || (c === 34 && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === 0xbb || c === 0x201d || c === 34) && open >= 0) {
      out.push({ open, close: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: to });
  return out;
}

/**
 * The last person named in subject position in the window before `pos`, outside quotes: a run of
 * capitalised words opening a sentence or a clause (titles and determiners may precede it), or a
 * single word after a comma or a title. With entities, the run must be a person entity, and a
 * single word at the start of a sentence is enough.
 */
function lastName(ctx: Context, pos: number, sex: Sex | null): { named: Named; at: number } | null {
  const { doc, pack } = ctx;
  const from = doc.sentences[sentenceAt(doc.sentences, Math.max(0, pos - WINDOW))].start;
  const start = Math.min(from, pos);
  // a quote is one token, never capitalised: its words are passed over
  const toks = tokenize(doc.fold, start, pos, quotesIn(doc.fold, start, pos), 0);
  const ner = doc.entities.length > 0;
  let best: { named: Named; at: number } | null = null;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].w;
    if (!toks[k].upper || pack.sets.determiners.has(w) || pack.sets.phraseStops.has(w) || pack.sets.sourceLinks.has(w)) continue;
    let e = k;
    while (e < toks.length && (toks[e].upper || (pack.sets.nameParticles.has(toks[e].w) && e + 1 < toks.length && toks[e + 1].upper))) e++;
    let b = k;
    let title = false;
    while (b > 0 && (pack.sets.personWords.has(toks[b - 1].w) || pack.sets.determiners.has(toks[b - 1].w))) {
      title ||= pack.sets.personWords.has(toks[b - 1].w);
      b--;
    }
    const before = previousChar(doc.fold, toks[b].s);
    const s = toks[k].s;
    const end = toks[e - 1].e;
    if (ner) {
      const ent = ctx.mentions.overlapping(s, end).find((x) => x.ent.type === 'person')?.ent;
      if (ent && (SUBJECT_START.has(before) || title) && fits(ctx, ent.name, sex)) best = { named: { speaker: ent.name, speakerType: 'person' }, at: s };
    } else if ((e - k >= 2 && SUBJECT_START.has(before)) || (e - k === 1 && (before === ',' || before === ';' || title))) {
      best = { named: { speaker: doc.text.slice(s, end), speakerType: 'person' }, at: s };
    }
    k = e;
  }
  return best;
}

/** Whether the person of that name may be meant by a pronoun of that sex (null: of either). */
const fits = (ctx: Context, name: string, sex: Sex | null) => sex === null || (ctx.mentions.sex(name) ?? sex) === sex;

/**
 * The speaker a pronoun or a description at `pos` points back to: the latest speaker or the
 * latest person named, whichever is nearer; `person` leaves organizations out (he, she), `sex`
 * the persons of the other sex.
 */
export function antecedent(ctx: Context, pos: number, person: boolean, sex: Sex | null = null): Named {
  let prev: Context['previous'][number] | undefined;
  for (let i = ctx.previous.length - 1; i >= 0 && i >= ctx.previous.length - 20; i--) {
    const p = ctx.previous[i];
    if (p.speaker !== null && !(person && p.speakerType === 'organization') && (p.speakerType !== 'person' || fits(ctx, p.speaker, sex))) { prev = p; break; }
  }
  const recent = prev && prev.paragraph >= ctx.paragraph - 1 ? prev : undefined;
  const name = lastName(ctx, pos, sex);
  if (recent && (!name || recent.end >= name.at)) return recent;
  if (name) return name.named;
  return { speaker: null, speakerType: null };
}

