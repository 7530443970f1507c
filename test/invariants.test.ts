/** What must hold for every text: offsets slice back, quotes do not overlap, shapes follow SCHEMA.md. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';
import { samples } from './helpers/corpus.js';

const KINDS = ['direct', 'partial', 'indirect'];
const TYPES = ['person', 'organization', 'place', 'date'];

describe.each(samples)('$name', ({ text }) => {
  const result = analyze(text);

  test('quotes slice back, keep text order, do not overlap, follow the schema', () => {
    let last = -1;
    for (const q of result.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.start).toBeGreaterThan(last);
      last = q.end - 1;
      expect(KINDS).toContain(q.kind);
      expect([null, 'person', 'organization']).toContain(q.speakerType);
      expect(q.speaker === null).toBe(q.speakerType === null);
      expect(q.sentence).toBeGreaterThanOrEqual(0);
      expect(q.sentence).toBeLessThan(result.sentences);
    }
  });

  test('entity mentions slice back; entities follow the schema, most mentioned first', () => {
    let lastCount = Infinity;
    for (const e of result.entities) {
      expect(TYPES).toContain(e.type);
      expect(e.count).toBe(e.mentions.length);
      expect(e.count).toBeLessThanOrEqual(lastCount);
      lastCount = e.count;
      expect(e.type === 'date' || e.value === null).toBe(true);
      expect(e.aliases).not.toContain(e.name);
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence).toBeLessThan(result.sentences);
      }
    }
  });
});
