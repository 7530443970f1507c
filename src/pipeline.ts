/**
 * The whole story of `extract`, stage by stage. Each stage is a pure function of the document
 * so far; `analyze` runs the ones the caller asked for, in this order.
 */
import type { Doc } from './doc.js';
import { readDateline } from './entities/dates/index.js';
import { findEntities, withDates } from './entities/index.js';
import { detectLang } from './lang/detect.js';
import { allAbbreviations, packs } from './lang/index.js';
import { findQuotes } from './quotes/index.js';
import { segment } from './segment/index.js';
import { headerDateline } from './text/dateline.js';
import { fold } from './text/fold.js';

export interface Stage {
  name: string;
  /** which outputs need this stage */
  for: 'all' | 'quotes' | 'entities';
  run(doc: Doc): void;
}

export const stages: Stage[] = [
  { name: 'normalize', for: 'all', run: (d) => { d.fold = fold(d.text); } },
  { name: 'segment', for: 'all', run: (d) => { d.sentences = segment(d.fold, allAbbreviations); } },
  { name: 'detect', for: 'all', run: (d) => { if (!d.lang) d.lang = detectLang(d.fold); d.pack = packs[d.lang]; } },
  { name: 'dateline', for: 'all', run: (d) => { d.dateline = headerDateline(d.fold) ?? readDateline(d); d.refDate = d.dateline?.value ?? d.refDate; } },
  // entities run before quotes too: speakers are named by their canonical entity name
  { name: 'entities', for: 'all', run: (d) => { d.entities = findEntities(d); } },
  { name: 'dates', for: 'entities', run: (d) => { d.entities = withDates(d); } },
  { name: 'quotes', for: 'quotes', run: (d) => { d.quotes = findQuotes(d); } },
];
