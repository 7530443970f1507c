import type { Doc } from '../../doc.js';
import type { Entity } from '../../types.js';

/** People, organizations and places, each under its canonical name with aliases and mentions. */
export function findNamed(doc: Doc): Entity[] {
  void doc;
  return [];
}
