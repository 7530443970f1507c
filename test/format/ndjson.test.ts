import { describe, expect, it } from 'vitest';
import { ndjsonRecords } from '../../src/format/ndjson.js';

const quote = { text: '« Nous resterons »', speaker: 'Anne Hidalgo', speakerType: 'person', cue: 'a déclaré', kind: 'direct', via: null, start: 3, end: 21, sentence: 0 };

describe('ndjsonRecords writes what JSON.stringify({ ...head, ...record }) would', () => {
  it.each([
    ['file and lang', { file: 'a.txt', lang: 'fr' }, [quote]],
    ['JSONL origin with a string id', { file: 'c.jsonl', line: 12, id: 'a-12', lang: 'fr' }, [quote, { ...quote, speaker: null }]],
    ['id that is an object', { file: '-', line: 1, id: { n: [1, 2] }, lang: 'en' }, [quote]],
    ['id null', { file: '-', line: 1, id: null, lang: 'en' }, [quote]],
    ['quotes and escapes in names', { file: 'dir/"odd"\n.txt', lang: 'fr' }, [{ name: 'Ville\u2028de "Paris"', aliases: [] }]],
    ['undefined fields are left out', { file: 'a.txt', lang: 'fr' }, [{ name: 'X', roles: undefined, count: 1 }]],
    ['an empty record', { file: 'a.txt', lang: 'fr' }, [{}]],
    ['an empty head', {}, [quote, {}]],
    ['no records', { file: 'a.txt', lang: 'fr' }, []],
  ])('%s', (_, head, records) => {
    const expected = records.map((r) => JSON.stringify({ ...head, ...r }) + '\n').join('');
    expect(ndjsonRecords(head, records)).toBe(expected);
    for (const line of expected.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });
});
