/**
 * People, organizations and places. The stages, each a pure function:
 *   tokens.ts    words of the folded text as parallel arrays (offsets, shape, lazy folded keys)
 *   scan.ts      candidate mentions: seats by demonym, titles + names, head nouns, gazetteers, capitalised runs
 *   classify.ts  the type of a run from its words and its neighbours, or undecided
 *   resolve.ts   entities: grouping by folded name, surnames into full names (persons.ts),
 *                acronyms into expansions (acronyms.ts), standalone titles to their bearer
 * All vocabulary comes from the language pack (src/lang/<code>/entities.ts), compiled once (lexicon.ts).
 */
import type { Doc } from '../../doc.js';
import type { Entity } from '../../types.js';
import { resolve } from './resolve.js';
import { scan } from './scan.js';
import { tokenize } from './tokens.js';

export type { NamedData, NamedLexicon } from './types.js';
export { compileNamed } from './lexicon.js';

/** People, organizations and places, each under its canonical name with aliases and mentions. */
export function findNamed(doc: Doc): Entity[] {
  const lex = doc.pack.entities;
  if (!lex) return [];
  const tokens = tokenize(doc.fold, doc.sentences);
  return resolve(doc.text, scan(doc.text, doc.fold, tokens, lex), lex.minor);
}
