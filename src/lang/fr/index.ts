import type { LangPack } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { dates } from './dates.js';
import { stopwords } from './stopwords.js';

export const fr: LangPack = {
  code: 'fr',
  stopwords,
  abbreviations,
  dates,
};
