import { describe, expect, test } from 'vitest';
import { assembler, type Piece } from '../../src/cli/assemble.js';
import type { JobConfig } from '../../src/cli/tasks.js';
import type { DocumentResult, Entity, Quote } from '../../src/types.js';

const quote = (start: number, sentence: number): Quote => ({
  text: 'x', speaker: null, speakerType: null, cue: null, kind: 'direct', via: null, start, end: start + 1, sentence,
});
const entity = (name: string, count: number, start: number, aliases: string[] = []): Entity => ({
  name, type: 'person', value: null, count, aliases,
  mentions: Array.from({ length: count }, (_, i) => ({ text: name, start: start + i * 10, end: start + i * 10 + name.length, sentence: i })),
});
const result = (sentences: number, quotes: Quote[], entities: Entity[]): DocumentResult => ({ lang: 'fr', date: '2021-01', sentences, quotes, entities });

/** three pieces: offsets 0, 100, 250; 3, 4 and 2 sentences */
const pieces = (r: DocumentResult[]): Piece[] => r.map((result, index) => ({ file: 'big.txt', offset: [0, 100, 250][index], index, last: index === 2, result }));

const config = (command: 'quotes' | 'entities', format: JobConfig['format']): JobConfig => ({
  command, format, fields: { text: 'text', id: 'id', date: 'date' }, colorLevel: 0, columns: 80,
});

describe('assembling the pieces of a huge document', () => {
  test('ndjson quotes: offsets and sentence numbers shifted, written piece by piece', () => {
    const put = assembler(config('quotes', 'ndjson'));
    const outs = pieces([result(3, [quote(5, 1)], []), result(4, [quote(2, 0), quote(30, 3)], []), result(2, [], [])]).map(put);
    expect(outs[2]).toBe('');
    const got = outs.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((q) => [q.file, q.start, q.end, q.sentence])).toEqual([['big.txt', 5, 6, 1], ['big.txt', 102, 103, 3], ['big.txt', 130, 131, 6]]);
  });

  test('entities are merged by (type, name) and written at the end, most mentioned first', () => {
    const put = assembler(config('entities', 'ndjson'));
    const outs = pieces([
      result(3, [], [entity('Marc Delorme', 1, 10, ['Delorme'])]),
      result(4, [], [entity('Hélène Marchand', 2, 0), entity('Marc Delorme', 2, 40, ['le préfet'])]),
      result(2, [], [entity('Marc Delorme', 1, 5, ['Delorme'])]),
    ]).map(put);
    expect(outs.slice(0, 2)).toEqual(['', '']);
    const got = outs[2].trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((e) => [e.name, e.count, e.aliases])).toEqual([['Marc Delorme', 4, ['Delorme', 'le préfet']], ['Hélène Marchand', 2, []]]);
    expect(got[0].mentions.map((m: { start: number; sentence: number }) => [m.start, m.sentence])).toEqual([[10, 0], [140, 3], [150, 4], [255, 7]]);
  });

  test.each(['quotes', 'entities'] as const)('json (%s): one valid document, sentences last', (command) => {
    const put = assembler(config(command, 'json'));
    const es = command === 'entities';
    const text = pieces([
      result(3, es ? [] : [quote(5, 1)], es ? [entity('A B', 1, 0)] : []),
      result(4, es ? [] : [quote(2, 0)], []),
      result(2, [], es ? [entity('A B', 1, 0)] : []),
    ]).map(put).join('');
    expect(text.startsWith(',\n    {')).toBe(true);
    const doc = JSON.parse(text.slice(1));
    expect(Object.keys(doc)).toEqual(['file', 'lang', 'date', 'quotes', 'entities', 'sentences']);
    expect(doc.sentences).toBe(9);
    if (es) expect(doc.entities.map((e: Entity) => [e.name, e.count])).toEqual([['A B', 2]]);
    else expect(doc.quotes.map((q: Quote) => q.start)).toEqual([5, 102]);
  });

  test('json with nothing found is still valid', () => {
    const put = assembler(config('quotes', 'json'));
    const doc = JSON.parse(pieces([result(1, [], []), result(1, [], []), result(1, [], [])]).map(put).join('').slice(1));
    expect(doc).toEqual({ file: 'big.txt', lang: 'fr', date: '2021-01', quotes: [], entities: [], sentences: 3 });
  });
});
