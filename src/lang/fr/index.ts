import { compileQuotes } from '../../quotes/lexicon.js';
import { withLazy } from '../lazy.js';
import type { LangPack } from '../types.js';
import { attribution, strategies } from './attribution.js';
import { cues } from './cues.js';
import { abbreviations } from './abbreviations.js';
import { compileEntities } from './entities.js';
import { femaleFirstNameKeys, maleFirstNameKeys } from './data/first-name-sexes.js';
import * as other from '../en/data/first-name-sexes.js';
import { dates } from './dates.js';
import { stopwords } from './stopwords.js';

export const fr: LangPack = withLazy({
  code: 'fr',
  stopwords,
  abbreviations,
  dates,
}, {
  quotes: () => compileQuotes({
    cues, attribution, strategies, thatOptional: false,
    // a name the fr locales leave open is read as the en ones give it
    firstNameSexes: [{ female: femaleFirstNameKeys, male: maleFirstNameKeys }, { female: other.femaleFirstNameKeys, male: other.maleFirstNameKeys }],
  }),
  entities: compileEntities,
});
