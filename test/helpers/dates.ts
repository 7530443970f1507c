import { analyze } from '../../src/index.js';
import type { Entity, Lang } from '../../src/types.js';

/** The date entities of a text, analysed with a reference date (or none). */
export function datesOf(text: string, lang: Lang, date?: string): Entity[] {
  return analyze(text, { lang, date, quotes: false }).entities.filter((e) => e.type === 'date');
}

/** The sorted set of date values found in a text (null values left out). */
export function valuesOf(text: string, lang: Lang, date?: string): string[] {
  return [...new Set(datesOf(text, lang, date).map((e) => e.value).filter((v): v is string => v !== null))].sort();
}
