/** Finding the entity behind a stretch of text: how quote speakers get their canonical names. */
import type { Entity } from '../types.js';

/** The named entity (not a date) one of whose mentions overlaps [start, end), the longest mention first. */
export function entityAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  let best: Entity | undefined;
  let bestLen = 0;
  for (const e of entities) {
    if (e.type === 'date') continue;
    for (const m of e.mentions) {
      if (m.start < end && start < m.end && m.end - m.start > bestLen) {
        best = e;
        bestLen = m.end - m.start;
      }
    }
  }
  return best;
}
