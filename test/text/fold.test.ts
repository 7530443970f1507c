import { describe, expect, test } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { samples } from '../helpers/corpus.js';

describe('fold', () => {
  test.each([
    ['l’Elysée', "l'Elysée"],
    ['«\u202FBonjour\u00A0»', '« Bonjour »'],
    ['a\r\nb', 'a \nb'],
    ['a\rb', 'a\nb'],
    ['Jean\u2011Yves — oui', 'Jean-Yves - oui'],
    ['aucun changement', 'aucun changement'],
    ['Élysée', 'Élysée'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each(samples)('keeps the length of $name', ({ text }) => {
    expect(fold(text).length).toBe(text.length);
  });
});
