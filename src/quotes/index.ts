import type { Doc } from '../doc.js';
import type { Quote } from '../types.js';

/** Find the quotes of a document and who said them, in text order. */
export function findQuotes(doc: Doc): Quote[] {
  void doc;
  return [];
}
