/** Shared shapes of the pipeline. Offsets are [start, end) JavaScript string indices into the decoded input. */

export type Lang = 'fr' | 'en';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';
export type SpeakerType = 'person' | 'organization' | null;
export type EntityType = 'person' | 'organization' | 'place' | 'date';

export interface Quote {
  text: string;
  speaker: string | null;
  speakerType: SpeakerType;
  cue: string | null;
  kind: QuoteKind;
  via: string | null;
  start: number;
  end: number;
  sentence: number;
}

export interface Mention {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Entity {
  name: string;
  type: EntityType;
  value: string | null;
  count: number;
  aliases: string[];
  mentions: Mention[];
  roles?: string[];
}

/** One SCHEMA document without `file`. */
export interface DocumentResult {
  lang: Lang;
  date: string | null;
  sentences: number;
  quotes: Quote[];
  entities: Entity[];
}

export interface AnalyzeOptions {
  /** Force the language instead of detecting it. */
  lang?: Lang;
  /** Reference date (ISO 8601) used when the text carries no dateline. */
  date?: string;
  /** Which results to compute; both by default. */
  quotes?: boolean;
  entities?: boolean;
}
