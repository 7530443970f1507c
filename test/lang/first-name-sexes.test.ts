import { describe, expect, test } from 'vitest';
import { packs } from '../../src/lang/index.js';

// The language's own locales decide first; a name they leave open is read from the other language's.
describe('the sex of first names', () => {
  test.each([
    ['fr', 'anne', 'f'],
    ['fr', 'laurent', 'm'],
    // male in French locales, listed both ways in English ones
    ['fr', 'jean', 'm'],
    ['en', 'jean', 'm'],
    // from the English locales only
    ['fr', 'kamala', 'f'],
    ['en', 'olaf', 'm'],
    // listed as neither, or as both everywhere
    ['fr', 'sacha', null],
    ['fr', 'zzz', null],
  ] as const)('%s %s → %s', (lang, key, sex) => {
    expect(packs[lang].quotes.firstNameSex(key)).toBe(sex);
  });
});
