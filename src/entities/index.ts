import type { Doc } from '../doc.js';
import type { Entity } from '../types.js';
import { findDates } from './dates/index.js';
import { findNamed } from './named/index.js';

/** People, organizations and places (always: speakers are named after them). */
export function findEntities(doc: Doc): Entity[] {
  return findNamed(doc);
}

/** Dates are only needed by `extract entities`. */
export function withDates(doc: Doc): Entity[] {
  return rank([...doc.entities, ...findDates(doc)]);
}

/**
 * Most mentioned first; ties in order of first mention. The keys are read once per entity: people
 * and dates are objects of different shapes, and a comparator reading both is slow.
 */
export function rank(entities: Entity[]): Entity[] {
  const keyed = entities.map((e) => ({ e, count: e.count, first: e.mentions[0]?.start ?? 0 }));
  keyed.sort((a, b) => b.count - a.count || a.first - b.first);
  return keyed.map((k) => k.e);
}
