import { compileQuotes } from '../../quotes/lexicon.js';
import { withLazy } from '../lazy.js';
import type { LangPack } from '../types.js';
import { attribution, strategies } from './attribution.js';
import { cues } from './cues.js';
import { abbreviations } from './abbreviations.js';
import { compileEntities } from './entities.js';
import { femaleFirstNameKeys, maleFirstNameKeys } from './data/first-name-sexes.js';
import * as other from '../fr/data/first-name-sexes.js';
import { dates } from './dates.js';
import { stopwords } from './stopwords.js';

export const en: LangPack = withLazy({
  code: 'en',
  stopwords,
  abbreviations,
  dates,
}, {
  quotes: () => compileQuotes({
    cues, attribution, strategies, thatOptional: true,
    // a name the en locales leave open is read as the fr ones give it
    firstNameSexes: [{ female: femaleFirstNameKeys, male: maleFirstNameKeys }, { female: other.femaleFirstNameKeys, male: other.maleFirstNameKeys }],
  }),
  entities: compileEntities,
});
