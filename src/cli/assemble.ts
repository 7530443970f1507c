/**
 * Putting a huge document back together from its pieces, in order, without holding it whole:
 * offsets and sentence numbers are shifted, quotes are written as each piece comes back, and
 * entities are merged by (type, name) and written at the end. Limit: a name is canonical within
 * its piece, so "Poutine" in one piece and "Vladimir Poutine" in another stay two entities.
 * In `--format json`, such a document lists "sentences" last (it is only known at the end).
 */
import { csvRows } from '../format/csv.js';
import type { FileResult } from '../format/json.js';
import { ndjsonLines } from '../format/ndjson.js';
import type { DocumentResult, Entity, Mention, Quote } from '../types.js';
import { render } from './render.js';
import type { JobConfig } from './tasks.js';

export interface Piece {
  file: string;
  offset: number;
  index: number;
  last: boolean;
  result: DocumentResult;
}

const indent = (json: string, pad: string) => json.replace(/\n/g, '\n' + pad);

function shiftMention(m: Mention, offset: number, base: number): Mention {
  return { ...m, start: m.start + offset, end: m.end + offset, sentence: m.sentence + base };
}

function merge(into: Map<string, Entity>, entities: Entity[], offset: number, base: number) {
  for (const e of entities) {
    const key = `${e.type}\u0000${e.name}`;
    const mentions = e.mentions.map((m) => shiftMention(m, offset, base));
    const old = into.get(key);
    if (!old) { into.set(key, { ...e, aliases: [...e.aliases], mentions }); continue; }
    old.count += e.count;
    for (const a of e.aliases) if (a !== old.name && !old.aliases.includes(a)) old.aliases.push(a);
    if (e.roles) old.roles = [...new Set([...(old.roles ?? []), ...e.roles])];
    old.mentions.push(...mentions);
  }
}

/** Most mentioned first, ties in order of first mention: the order of entities/index.ts rank(). */
function rank(entities: Entity[]): Entity[] {
  const first = (e: Entity) => e.mentions[0]?.start ?? 0;
  return entities.sort((a, b) => b.count - a.count || first(a) - first(b));
}

/** Returns the text to write for each piece, given in order. */
export function assembler(config: JobConfig) {
  let sentences = 0;
  let quotesWritten = 0;
  let lang: DocumentResult['lang'] = 'fr';
  let date: string | null = null;
  let entities = new Map<string, Entity>();
  let quotes: Quote[] = []; // tables only
  const quotesCommand = config.command === 'quotes';

  return (p: Piece): string => {
    if (p.index === 0) {
      sentences = 0; quotesWritten = 0; entities = new Map(); quotes = [];
      lang = p.result.lang; date = p.result.date;
    }
    const shifted = p.result.quotes.map((q) => ({ ...q, start: q.start + p.offset, end: q.end + p.offset, sentence: q.sentence + sentences }));
    merge(entities, p.result.entities, p.offset, sentences);
    sentences += p.result.sentences;
    const doc = (qs: Quote[], es: Entity[]): FileResult => ({ file: p.file, lang, date, sentences, quotes: qs, entities: es });
    const final = () => (p.last ? rank([...entities.values()]) : []);
    let out = '';
    switch (config.format) {
      case 'ndjson':
        return quotesCommand ? ndjsonLines(doc(shifted, []), 'quotes') : ndjsonLines(doc([], final()), 'entities');
      case 'csv':
        return quotesCommand ? csvRows(doc(shifted, []), 'quotes') : csvRows(doc([], final()), 'entities');
      case 'table':
        quotes.push(...shifted);
        return p.last ? render(p.file, doc(quotes, final()), null, config) : '';
      case 'json': {
        const pad = '        ';
        if (p.index === 0) {
          out += `,\n    {\n      "file": ${JSON.stringify(p.file)},\n      "lang": ${JSON.stringify(lang)},\n      "date": ${JSON.stringify(date)},\n      "quotes": [`;
        }
        for (const q of shifted) out += `${quotesWritten++ ? ',' : ''}\n${pad}${indent(JSON.stringify(q, null, 2), pad)}`;
        if (p.last) {
          const es = final();
          out += `${quotesWritten ? '\n      ' : ''}],\n      "entities": [`;
          out += es.map((e, i) => `${i ? ',' : ''}\n${pad}${indent(JSON.stringify(e, null, 2), pad)}`).join('');
          out += `${es.length ? '\n      ' : ''}],\n      "sentences": ${sentences}\n    }`;
        }
        return out;
      }
    }
  };
}
