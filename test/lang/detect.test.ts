import { describe, expect, test } from 'vitest';
import { detectLang } from '../../src/lang/detect.js';
import { samples } from '../helpers/corpus.js';

describe('detectLang', () => {
  test.each([
    ["Le ministre a déclaré que la réforme serait votée avant l'été.", 'fr'],
    ['The minister said that the reform would be passed before the summer.', 'en'],
    ["« C'est une victoire », a lancé la maire de Paris devant les élus.", 'fr'],
    ['"It is a victory," the mayor of Paris told council members.', 'en'],
    ['', 'fr'],
  ])('%j → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  test.each(samples)('$name is detected by its folder or prefix', ({ name, text }) => {
    if (/\/en[/-]/.test(name)) expect(detectLang(text)).toBe('en');
    else expect(detectLang(text)).toBe('fr');
  });

  // a French article quoting a long English statement, and the other way round
  const fr = "Le ministre a déclaré que la réforme serait votée avant l'été et qu'il ne reculerait pas. ";
  const en = 'The minister said that the reform would be passed before the summer and that he would not back down. ';
  test.each([
    ['a clear French opening decides, whatever follows', fr.repeat(8) + en.repeat(30), 'fr'],
    ['a clear English opening decides, whatever follows', en.repeat(8) + fr.repeat(30), 'en'],
    ['a short opening does not: the text is read on', fr + en.repeat(30), 'en'],
  ])('%s', (_, text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

