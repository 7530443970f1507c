import { analyze } from '../../../src/index.js';
import type { Entity, Lang } from '../../../src/types.js';

export function named(text: string, lang: Lang): Entity[] {
  return analyze(text, { lang, quotes: false }).entities.filter((e) => e.type !== 'date');
}

/** "type:name" for every entity, to compare tables at a glance. */
export function found(text: string, lang: Lang): string[] {
  return named(text, lang).map((e) => `${e.type}:${e.name}`);
}
