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

/** The parts of a hit besides its span and rule. */
export type HitParts = Omit<Hit, 'start' | 'end' | 'rule'>;

/**
 * A hit with every field present, unset ones undefined: all hits then share one object shape,
 * so that the code reading them (select, tense, resolve) stays monomorphic. Building hits by
 * spreads (`{ ...h, y }`) and adding fields later cost the parsers several times their regex time.
 */
export function hitOf(start: number, end: number, rule: string, parts: HitParts = {}): Hit {
  return {
    start,
    end,
    rule,
    y: parts.y,
    m: parts.m,
    d: parts.d,
    wd: parts.wd,
    dir: parts.dir,
    rel: parts.rel,
    anchor: parts.anchor,
    computed: parts.computed,
    needsModifier: parts.needsModifier,
  };
}
