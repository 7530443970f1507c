import { compileQuotes } from '../../quotes/lexicon.js';
import { withLazy } from '../lazy.js';
import type { LangPack } from '../types.js';
import { attribution, strategies } from './attribution.js';
import { cues } from './cues.js';
import { abbreviations } from './abbreviations.js';
import { compileEntities } from './entities.js';
import { dates } from './dates.js';
import { stopwords } from './stopwords.js';

export const en: LangPack = withLazy({
  code: 'en',
  stopwords,
  abbreviations,
  dates,
}, {
  quotes: () => compileQuotes({ cues, attribution, strategies, thatOptional: true }),
  entities: compileEntities,
});
