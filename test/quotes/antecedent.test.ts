import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

// A pronoun points back to the last person named in subject position outside quotes: names inside
// a quote (`Hier, Paul Martin est venu` after a comma) are passed over, whatever marks it has, and
// a quote still open where the pronoun's quote starts runs to it. [text, speaker of the last quote]
const cases: Array<[string, string | null]> = [
  ['Jean Valjean est arrivé hier. Sur sa pancarte, on lit « Hier, Paul Martin est venu ». Il a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  ['Jean Valjean est arrivé hier. Sur sa pancarte, on lit "Hier, Paul Martin est venu". Il a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  ['Jean Valjean est arrivé hier. Sur sa pancarte, on lit “Hier, Paul Martin est venu”. Il a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  // a straight mark closes the quote it opened: the name after it counts
  ['Sur sa pancarte, on lit "Non". Ensuite, Jean Valjean est arrivé. Il a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  ['Sur sa pancarte, on lit « Non, “Luc” ». Ensuite, Jean Valjean est arrivé. Il a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  // a closing mark with no quote open closes nothing
  ['Hier, Paul Martin est venu » et, Jean Valjean est arrivé. Il a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  ['Jean Valjean est arrivé hier. On lit "Oui" et "Hier, Paul Martin est venu". Il a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  // a quote left open before the paragraph break still hides its names
  ['Jean Valjean est arrivé hier. Sur sa pancarte, on lit « Hier, Paul Martin est venu.\n\nIl a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
  ['Jean Valjean est arrivé hier. Sur sa pancarte, on lit "Hier, Paul Martin est venu.\n\nIl a déclaré : « Nous verrons bien ce qui se passera ».', 'Jean Valjean'],
];

describe('pronoun antecedent outside quotes', () => {
  test.each(cases)('%s', (text, speaker) => {
    for (const entities of [false, true]) {
      const quotes = analyze(text, { lang: 'fr', entities }).quotes;
      expect(quotes.at(-1)?.speaker).toBe(speaker);
    }
  });
});
