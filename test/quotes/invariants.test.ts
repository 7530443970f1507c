import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Quote } from '../../src/types.js';

/** Offsets slice the input, quotes come in text order and never overlap. */
function holds(text: string, quotes: readonly Quote[]): void {
  let last = -1;
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.text.length).toBeGreaterThan(0);
    expect(q.start).toBeGreaterThanOrEqual(last);
    last = q.end;
  }
}

describe('quote invariants', () => {
  test.each(readdirSync('seeds').filter((f) => f.endsWith('.txt')))('seeds/%s', (f) => {
    const text = readFileSync(`seeds/${f}`, 'utf8');
    holds(text, analyze(text, { entities: false }).quotes);
  });

  // Scrambled pieces of quoting syntax (a fixed pseudo-random sequence): no throw, invariants hold.
  const pieces = ['«', '»', '“', '”', '"', '‘', '’', "'", ' ', '\n', '\n\n', '.', ',', ':', '(', ')', 'a déclaré', 'a-t-il ajouté',
    'selon', 'Le Kremlin', 'il', 'que', "qu'", 'said', 'he', 'that', 'according to', 'John Smith', 'Nous', 'M.', 'told', 'cité par',
    "l'AFP", 'avant de préciser', 'ajoutant', '\r\n', '\u00a0', '\u202f', '…'];
  test.each(['fr', 'en'] as const)('scrambled text (%s)', (lang) => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 500; i++) {
      let text = '';
      const n = 5 + Math.floor(next() * 60);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)] + (next() < 0.5 ? ' ' : '');
      holds(text, analyze(text, { lang, entities: false }).quotes);
    }
  });
});
