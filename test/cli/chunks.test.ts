import { describe, expect, test } from 'vitest';
import { cutAt, pieces, CHUNK, LARGE } from '../../src/cli/chunks.js';

const para = (i: number) => `Paragraphe ${i} : « Nous restons vigilants », a précisé le préfet — l’été dernier.\n`;

/** A text of about `bytes` bytes made of paragraphs separated by blank lines. */
function bigText(bytes: number, sep = '\n'): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) { const p = para(i) + sep; parts.push(p); n += Buffer.byteLength(p); }
  return parts.join('');
}

describe('cutAt: where a piece ends', () => {
  const bytes = (s: string) => Buffer.from(s);
  test.each([
    ['short input: one piece', 'a\n\nb', 100, 4],
    ['after a blank line', 'aaaaaaaaaa\n\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 8, 12],
    ['a blank line with spaces counts', 'aaaaaaaaaa\n \t\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 8, 14],
    ['else after a line end', 'aaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 8, 11],
    ['else hard, at twice the target', 'a'.repeat(60), 8, 16],
  ])('%s', (_, text, target, expected) => {
    const b = bytes(text);
    expect(cutAt(b.length, 0, (i) => b[i], target)).toBe(expected);
  });

  test('a hard cut never splits a UTF-8 sequence', () => {
    const b = bytes('é'.repeat(40));
    const cut = cutAt(b.length, 0, (i) => b[i], 7);
    expect(cut % 2).toBe(0);
  });
});

describe('pieces: a huge input decoded piece by piece', () => {
  test.each([
    ['UTF-8', (s: string) => Buffer.from(s, 'utf8')],
    ['UTF-8 with a BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-16 LE with a BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
  ])('%s: the pieces join back to the decoded text, cut after blank lines', (_, encode) => {
    const text = bigText(LARGE + CHUNK);
    const ps = [...pieces(encode(text))];
    expect(ps.length).toBeGreaterThan(3);
    expect(ps.map((p) => p.text).join('')).toBe(text);
    for (const p of ps.slice(0, -1)) expect(p.text.endsWith('\n\n')).toBe(true);
  });

  test('Windows-1252 input is decoded as such in every piece', () => {
    const text = bigText(LARGE + CHUNK).replace(/[’—«»]/g, 'e');
    const bytes = Buffer.from(text, 'latin1');
    const ps = [...pieces(bytes)];
    expect(ps.map((p) => p.text).join('')).toBe(text);
  });

  test('binary input is refused', () => {
    const bytes = Buffer.from(bigText(LARGE + 10));
    bytes[LARGE] = 0;
    expect(() => [...pieces(bytes)]).toThrow('binary file, not text');
  });
});
