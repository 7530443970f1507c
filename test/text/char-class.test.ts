import { describe, expect, test } from 'vitest';
import { CLASS, classifySlow, DIGIT, LETTER, OTHER, UPLETTER } from '../../src/text/char-class.js';

describe('char-class', () => {
  test.each([
    ['a', LETTER], ['é', LETTER], ['É', UPLETTER], ['Ǆ', UPLETTER], ['ǅ', UPLETTER], ['\u0301', LETTER],
    ['7', DIGIT], ['٣', DIGIT], ['Ж', UPLETTER], ['ж', LETTER], [' ', OTHER], ['-', OTHER], ['«', OTHER], ['\ud83d', OTHER],
  ])('%j', (ch, cls) => {
    expect(CLASS[ch.charCodeAt(0)]).toBe(cls);
  });

  test('the generated table agrees with the regexes of this Node (else: node scripts/gen-char-classes.mjs)', () => {
    const wrong: number[] = [];
    for (let i = 0; i < 65536; i++) if (CLASS[i] !== classifySlow(i)) wrong.push(i);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
