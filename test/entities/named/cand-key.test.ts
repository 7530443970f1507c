import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/entities/named/key.js';
import { scan } from '../../../src/entities/named/scan.js';
import { tokenize } from '../../../src/entities/named/tokens.js';
import { packs } from '../../../src/lang/index.js';
import { fold } from '../../../src/text/fold.js';

/** The mentions the scanner finds in a text read as one sentence, each as [text, key]. */
function keys(text: string): Array<[string, string | undefined]> {
  const f = fold(text);
  const t = tokenize(f, [{ start: 0, end: text.length, index: 0 }]);
  return scan(text, f, t, packs.fr.entities!).map((c) => [c.text, c.key]);
}

// the scanner reads a mention's key from its tokens; the resolver groups mentions by it, as it did by nameKey(text)
describe('a mention’s key, read from its tokens, is nameKey of its text', () => {
  it.each([
    ['apostrophes', 'Selon Jean-Yves Le Drian, Paul O’Brien Martin et l\'Élysée ont parlé à Paul O\u02BCNeill et Jean D\u02BCAlembert.'],
    ['dotted acronyms', 'Les U.S. Marines et Paul U.S.A. Dupont ont vu U.S Steel et A.B.C.d Martin.'],
    ['titlecase letters', 'Selon Ǆ.Ǉ. Ǆemal Dupont et ǅ.ǈ. Paul Martin, Ǉubljana Bank a parlé.'],
    ['ampersands', 'Selon AT&T Inc., Johnson&Johnson Corp et Procter & Gamble Paul Martin a parlé.'],
    ['combining marks', 'Selon Ele\u0301onore Dupont et \u0301Anne Martin, Paul Mu\u0308ller de Johnson&\u0301Johnson Corp a parlé.'],
    ['digits', 'Le G20 Summit et Airbus A330 Neo ont vu Paul Martin2 à Paris.'],
    ['ligatures and folds', 'Selon Œdipe Straße et Æsir Dupont, ÉLYSÉE PARIS Ǿrsted a parlé.'],
    ['other scripts', 'Selon 𝐉ean Dupont, Ștefan Chișinău et Владимир Путин ont parlé à Ἀθῆναι.'],
    ['spaces and line ends', 'Selon Jean\u00A0Dupont et Paul\u202FMartin,\r\nMarie\u2011Claire Durand a parlé.'],
  ])('%s', (_, text) => {
    const found = keys(text).filter(([, key]) => key !== undefined);
    expect(found.length).toBeGreaterThan(1);
    for (const [mention, key] of found) expect(key, mention).toBe(nameKey(mention));
  });
});
