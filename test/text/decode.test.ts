import { describe, expect, test } from 'vitest';
import { decode, DecodeError } from '../../src/text/decode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf16 = (s: string, le: boolean) => {
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  return Uint8Array.from([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
};

describe('decode', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode('l’Élysée'), 'l’Élysée'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x63, 0x61), 'ca'],
    ['UTF-16 LE with BOM', utf16('«Déjà»', true), '«Déjà»'],
    ['UTF-16 BE with BOM', utf16('«Déjà»', false), '«Déjà»'],
    // l'été in Latin-1: invalid UTF-8, so read as Windows-1252
    ['Latin-1', bytes(0x6c, 0x27, 0xe9, 0x74, 0xe9), "l'été"],
    // 0x80–0x9F are letters and punctuation in Windows-1252, not C1 controls
    ['Windows-1252 0x80–0x9F', bytes(0x92, 0x80, 0x85, 0x9c, 0x8c, 0x93, 0x94, 0x96), '’€…œŒ“”–'],
  ])('%s', (_name, input, expected) => {
    expect(decode(input)).toBe(expected);
  });

  test('never produces mojibake from Latin-1 French', () => {
    const latin1 = Uint8Array.from(Buffer.from('Le président a déclaré «non»', 'latin1'));
    expect(decode(latin1)).not.toMatch(/Ã|Â/);
    expect(decode(latin1)).toBe('Le président a déclaré «non»');
  });

  test.each([
    ['PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00)],
    ['text with a NUL byte', bytes(0x61, 0x00, 0x62)],
  ])('refuses binary input: %s', (_name, input) => {
    expect(() => decode(input)).toThrow(DecodeError);
  });
});
