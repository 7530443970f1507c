import type { LangPack } from './lang/types.js';
import type { Entity, Lang, Quote, Sentence, Span } from './types.js';

/** The document as it moves through the pipeline: each stage reads some fields and fills others. */
export interface Doc {
  /** the decoded input; every offset points into it */
  readonly text: string;
  /** same length as `text`, see text/fold.ts */
  fold: string;
  sentences: Sentence[];
  lang: Lang;
  pack: LangPack;
  /** the article's own date as written at its top, if any */
  dateline: (Span & { value: string }) | null;
  /** the date relative expressions resolve against: the dateline, else --date, else null */
  refDate: string | null;
  entities: Entity[];
  quotes: Quote[];
}
