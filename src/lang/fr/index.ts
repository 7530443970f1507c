import type { LangPack } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { entities } from './entities.js';
import { stopwords } from './stopwords.js';

export const fr: LangPack = {
  code: 'fr',
  stopwords,
  abbreviations,
  entities,
};
