import { describe, expect, test } from 'vitest';
import { allAbbreviations } from '../../src/lang/index.js';
import { segment } from '../../src/segment/index.js';
import { fold } from '../../src/text/fold.js';
import { samples } from '../helpers/corpus.js';

/** The sentences of `text`, as strings. Cases write the expected sentences joined by " | ". */
function split(text: string): string {
  return segment(fold(text), allAbbreviations).map((s) => text.slice(s.start, s.end)).join(' | ');
}

describe('segment: French', () => {
  test.each([
    ['Il pleut. Le match est reporté.', 'Il pleut. | Le match est reporté.'],
    ['M. Dupont est arrivé. Mme Durand aussi.', 'M. Dupont est arrivé. | Mme Durand aussi.'],
    ['MM. Martin et Petit ont voté contre. Le texte passe.', 'MM. Martin et Petit ont voté contre. | Le texte passe.'],
    ['Le ministre J.-Y. Le Drian a parlé. Puis il est parti.', 'Le ministre J.-Y. Le Drian a parlé. | Puis il est parti.'],
    ['La croissance atteint 3,5 % cette année. Elle était de 1.5 en 2020.', 'La croissance atteint 3,5 % cette année. | Elle était de 1.5 en 2020.'],
    ['«Compte tenu de [...] la situation, rien ne change», a-t-il dit.', '«Compte tenu de [...] la situation, rien ne change», a-t-il dit.'],
    ['«Nous partirons demain.» Le gouvernement confirme.', '«Nous partirons demain.» | Le gouvernement confirme.'],
    ['« Nous partirons demain. » Le gouvernement confirme.', '« Nous partirons demain. » | Le gouvernement confirme.'],
    ['« Nous partirons demain.\u00a0» Le gouvernement confirme.', '« Nous partirons demain.\u00a0» | Le gouvernement confirme.'],
    ['«Je pars. Je reviendrai», a-t-elle lancé.', '«Je pars. | Je reviendrai», a-t-elle lancé.'],
    ['Il hésite... Puis il signe.', 'Il hésite... | Puis il signe.'],
    ['Vraiment ? Oui ! Bien sûr.', 'Vraiment ? | Oui ! | Bien sûr.'],
    ['Le Dr Martin, p. ex. au CHU, soigne. Le Pr Petit aussi.', 'Le Dr Martin, p. ex. au CHU, soigne. | Le Pr Petit aussi.'],
    ['Titre sans point\n\nPremier paragraphe.', 'Titre sans point | Premier paragraphe.'],
    ['12 juin 2012. - Le conseil a voté.', '12 juin 2012. | - Le conseil a voté.'],
    ['Ligne un\r\nLigne deux.', 'Ligne un | Ligne deux.'],
    ['Le 2 mars, il part. Il revient en avril.', 'Le 2 mars, il part. | Il revient en avril.'],
  ])('%j', (text, expected) => {
    expect(split(text)).toBe(expected);
  });
});

describe('segment: English', () => {
  test.each([
    ['Mr. Smith arrived. He sat down.', 'Mr. Smith arrived. | He sat down.'],
    ['The U.S. Senate voted. It passed.', 'The U.S. Senate voted. | It passed.'],
    ['Sen. Jane Doe met Dr. Lee on Jan. 5. They talked.', 'Sen. Jane Doe met Dr. Lee on Jan. 5. | They talked.'],
    ['"We won." The crowd cheered.', '"We won." | The crowd cheered.'],
    ['"We won," she said. The crowd cheered.', '"We won," she said. | The crowd cheered.'],
    ['Shares rose 1.5 percent. Analysts were surprised.', 'Shares rose 1.5 percent. | Analysts were surprised.'],
    ['Apple Inc. and Acme Corp. agreed. Talks end.', 'Apple Inc. and Acme Corp. agreed. | Talks end.'],
    ['The talks failed. ‘We will return,’ she said.', 'The talks failed. | ‘We will return,’ she said.'],
  ])('%j', (text, expected) => {
    expect(split(text)).toBe(expected);
  });
});

describe('segment: invariants', () => {
  test.each(samples)('$name: sentences are ordered, trimmed, and only white space lies between them', ({ text }) => {
    const sentences = segment(fold(text), allAbbreviations);
    expect(sentences.length).toBeGreaterThan(0);
    let at = 0;
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(at, s.start)).toMatch(/^\s*$/);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text[s.start]).toMatch(/\S/);
      expect(text[s.end - 1]).toMatch(/\S/);
      at = s.end;
    });
    expect(text.slice(at)).toMatch(/^\s*$/);
  });

  test('stays linear on a large input', () => {
    const text = 'Le ministre a parlé. M. Dupont a répondu : «Non.» '.repeat(40_000);
    const sentences = segment(fold(text), allAbbreviations);
    expect(sentences.length).toBe(80_000);
  });
});
