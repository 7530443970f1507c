import { describe, expect, it } from 'vitest';
import { keyAt, tokenize, type Tokens } from '../../../src/entities/named/tokens.js';
import type { Sentence } from '../../../src/types.js';

/** Two sentences, cut in the middle of the text. */
function halves(text: string): Sentence[] {
  const mid = text.indexOf(' ', text.length >> 1) + 1 || text.length;
  return [{ start: 0, end: mid, index: 0 }, { start: mid, end: text.length, index: 1 }];
}

/** What a test can compare: each token as written, with its shape, its sentence and its folded key. */
function read(text: string): Array<[string, number, number, string]> {
  const t: Tokens = tokenize(text, halves(text));
  return Array.from({ length: t.n }, (_, i) => [text.slice(t.start[i], t.end[i]), t.shape[i], t.sentence[i], keyAt(t, i)]);
}

// the token arrays are kept from one text to the next: a text must read the same after any other
describe('tokens of a text do not depend on the texts tokenized before it', () => {
  const long = Array.from({ length: 400 }, (_, i) => `Mot${i} élu${i % 7}`).join(' ');
  it.each([
    ['after a longer text with many words', long, 'Élysée et élysée, Paris et PARIS'],
    ['after a shorter text', 'Paris', 'Le maire de Lyon, Jean Dupont, a parlé à Lyon.'],
  ])('%s', (_, before, text) => {
    const fresh = read(text);
    read(before);
    expect(read(text)).toEqual(fresh);
  });

  // more tokens than the estimate of one per four characters: the arrays grow mid-text, also when
  // the buffer kept from an earlier text is large enough to hold the bigger arrays
  it.each([['after a short text', 'x'], ['after a long text', long]])('grows past its estimate %s', (_, before) => {
    read(before);
    const text = 'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(20);
    const words = text.trim().split(' ');
    const second = halves(text)[1].start;
    expect(read(text)).toEqual(words.map((w, i) => [w, 0, 2 * i < second ? 0 : 1, w]));
  });

  it('folds repeated words to one key, whatever came before', () => {
    read('Élysée '.repeat(300));
    expect(read('Elysée ÉLYSÉE élysée').map(([, , , k]) => k)).toEqual(['elysee', 'elysee', 'elysee']);
  });
});
