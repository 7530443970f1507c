import type { Doc } from './doc.js';
import { packs } from './lang/index.js';
import { stages } from './pipeline.js';
import type { AnalyzeOptions, DocumentResult } from './types.js';

export type * from './types.js';

/** Analyze one decoded text: the SCHEMA document without `file`. Pure and deterministic. */
export function analyze(text: string, options: AnalyzeOptions = {}): DocumentResult {
  const wantQuotes = options.quotes ?? true;
  const wantEntities = options.entities ?? true;
  const doc: Doc = {
    text,
    fold: text,
    sentences: [],
    lang: options.lang as Doc['lang'],
    pack: packs.fr,
    dateline: null,
    refDate: options.date ?? null,
    entities: [],
    quotes: [],
  };
  for (const stage of stages) {
    if (stage.for === 'quotes' && !wantQuotes) continue;
    if (stage.for === 'entities' && !wantEntities) continue;
    stage.run(doc);
  }
  return {
    lang: doc.lang,
    date: doc.refDate,
    sentences: doc.sentences.length,
    quotes: wantQuotes ? doc.quotes : [],
    entities: wantEntities ? doc.entities : [],
  };
}
