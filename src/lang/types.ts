import type { QuotesPack } from '../quotes/types.js';
import type { NamedLexicon } from '../entities/named/types.js';
import type { Lang } from '../types.js';

/**
 * Everything that is specific to one language, as data. The engines in segment/, quotes/ and
 * entities/ only ever read a LangPack; they never mention a word of any language.
 */
export interface LangPack {
  code: Lang;
  /** frequent function words, for language detection */
  stopwords: readonly string[];
  /** abbreviations whose period does not end a sentence (without the period) */
  abbreviations: readonly string[];
  /** reporting verbs, attribution words and strategies for quotes (see src/quotes/types.ts) */
  quotes: QuotesPack;
  /** people, organizations and places: compiled gazetteers and cues (see entities/named/types.ts) */
  entities?: NamedLexicon;
}
