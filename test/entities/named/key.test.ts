import { describe, expect, it } from 'vitest';
import { WORD, wordsOf } from '../../../src/entities/named/key.js';

const regex = (p: string) => p.match(WORD) ?? [];

describe('wordsOf splits a phrase as the WORD pattern does', () => {
  it.each([
    'Jean-Yves Le Drian',
    "l'Élysée et la Maison-Blanche",
    'U.S. Steel, U.K. and E.U.',
    'U.S',
    'A.B.C.d',
    'AT&T & Johnson&Johnson&',
    'le 3,5 % de 1.5 million',
    'x² et ¼, ªº × ÷',
    'Dža Džb LjUDI',
    'Ǆ.Ǉ. et ǅ.ǈ.',
    '',
    '   ',
    'école ÉCOLE œuvre Æsir',
    'Zürich-Straße',
  ])('%j', (p) => {
    expect(wordsOf(p)).toEqual(regex(p));
  });

  it('agrees with the regex on random phrases of tricky characters', () => {
    const alphabet = ['A', 'b', 'É', 'é', 'ß', '.', '&', ' ', '-', "'", '1', '²', 'ª', '×', 'ǅ', 'Ǆ', 'ǈ', '\u0301', 'ł', 'Ł', '\u2019'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 3000; k++) {
      let p = '';
      const len = Math.floor(next() * 12);
      for (let i = 0; i < len; i++) p += alphabet[Math.floor(next() * alphabet.length)];
      expect(wordsOf(p), JSON.stringify(p)).toEqual(regex(p));
    }
  });
});
