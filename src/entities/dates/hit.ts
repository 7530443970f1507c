import type { CalDate, Unit } from './calendar.js';

/**
 * A date expression found in the text, before it is resolved. Offsets are into the document.
 * The explicit parts say what the words give; the resolver fills in the rest.
 */
export interface Hit {
  start: number;
  end: number;
  /** which rule found it, for --explain and tests */
  rule: string;
  y?: number;
  m?: number;
  d?: number;
  /** a weekday, 0 = Sunday */
  wd?: number;
  /** "dernier"/"last" -1, "prochain"/"next" +1, "ce"/"this" 0 */
  dir?: number;
  /** n units from the reference date ("hier": day -1) */
  rel?: { unit: Unit; n: number };
  /** n units from the date the text last named ("la veille": day -1); `event`: "la veille de l'élection" */
  anchor?: { unit: Unit; n: number; event: boolean };
  /** a value chrono computed against the reference date */
  computed?: CalDate;
  /** only valid with a modifier ("début de l'année") */
  needsModifier?: boolean;
}
