/** A mention found by the scanner, before entities are resolved. */
import type { NamedType } from './types.js';

export interface Cand {
  /** the mention as written (a slice of the input) */
  text: string;
  /** its folded name, nameKey(text), for a mention without an id or a titleKey */
  key?: string;
  start: number;
  end: number;
  sentence: number;
  /** null while undecided: resolved from the other mentions of the same name */
  type: NamedType | null;
  /** canonical name from a gazetteer or a seat table */
  id?: string;
  /** function found in apposition before the name (Premier ministre) */
  role?: string;
  /** a distinctive title tied to the name in the text (président russe), an alias */
  alias?: string;
  /** a title standing alone (le président russe): becomes a mention of the person bearing it */
  titleKey?: string;
  /** the text is a title or an institutional noun, not the name itself: never the canonical name */
  byTitle?: boolean;
  /** number of word tokens */
  words: number;
  /** opens a sentence: not a name by its capital alone */
  initial: boolean;
  /** a known name that is also a common word, at the start of a sentence: kept only if named elsewhere */
  weak?: boolean;
  /** a reporting verb follows (a déclaré, said) */
  speaks?: boolean;
}
