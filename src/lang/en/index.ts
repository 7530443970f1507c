import type { LangPack } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { entities } from './entities.js';
import { stopwords } from './stopwords.js';

export const en: LangPack = {
  code: 'en',
  stopwords,
  abbreviations,
  entities,
};
