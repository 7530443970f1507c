/**
 * A quote opening its own sentence or paragraph right after a colon that ends the sentence before:
 * `Le président du CNES a expliqué :` (paragraph break) `«…»`. The cue of that sentence names the
 * speaker, as if the quote stood in it.
 */
import { sentenceAt } from '../../text/span.js';
import { tokenize } from '../tokens.js';
import type { Context, Speaker } from '../types.js';
import { subjectCue } from './subject.js';

const SPACE = /\s/;

export function announced(ctx: Context): Speaker | null {
  const { doc, toks, at, before } = ctx;
  if (at !== before) return null;
  let i = toks[at].s - 1;
  while (i >= 0 && SPACE.test(doc.fold[i])) i--;
  if (i < 0 || doc.fold[i] !== ':') return null;
  const s = doc.sentences[sentenceAt(doc.sentences, i)];
  if (s.start >= i) return null;
  const prev = tokenize(doc.fold, s.start, i + 1, [], 0);
  const colon = prev.length - 1;
  const sp = subjectCue({ ...ctx, toks: prev, at: colon, before: 0, after: colon });
  return sp && sp.cue && sp.speaker ? sp : null;
}
