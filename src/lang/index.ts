import type { Lang } from '../types.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';
import type { LangPack } from './types.js';

export type { LangPack } from './types.js';

export const packs: Record<Lang, LangPack> = { fr, en };

/** Abbreviations of every language: segmentation runs before the language is known. */
export const allAbbreviations: ReadonlySet<string> = new Set(
  Object.values(packs).flatMap((p) => p.abbreviations),
);
