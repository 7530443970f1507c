import { expect } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Lang, QuoteKind } from '../../src/types.js';
import { unmark } from '../helpers/unmark.js';

/** [marked sentence, expected kind, expected speaker (null: none), expected via?] */
export type Case = readonly [string, QuoteKind, string | null, (string | null)?];

/** Every marked quote is found with its offsets, kind and speaker, and nothing else is. */
export function check(lang: Lang, [marked, kind, speaker, via]: Case): void {
  const { text, quotes } = unmark(marked);
  const found = analyze(text, { lang, entities: false }).quotes;
  expect(found.map((q) => [q.text, q.start, q.end])).toEqual(quotes.map((q) => [q.text, q.start, q.end]));
  for (const q of found) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.kind).toBe(kind);
    expect(q.speaker).toBe(speaker);
    if (via !== undefined) expect(q.via).toBe(via);
  }
}

/** No quote at all is found in the text. */
export function none(lang: Lang, text: string): void {
  expect(analyze(text, { lang, entities: false }).quotes.map((q) => q.text)).toEqual([]);
}
