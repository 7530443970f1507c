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
