import type { Doc } from '../../doc.js';
import type { Entity, Span } from '../../types.js';

/** The article's own date when it is written in words at the top ("29 mai 2012. -"), else null. */
export function readDateline(doc: Doc): (Span & { value: string }) | null {
  void doc;
  return null;
}

/** Date expressions resolved to ISO 8601 values against doc.refDate; one entity per value. */
export function findDates(doc: Doc): Entity[] {
  void doc;
  return [];
}
