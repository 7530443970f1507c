import { describe, expect, test } from 'vitest';
import type { Doc } from '../../src/doc.js';
import { packs } from '../../src/lang/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import { segment } from '../../src/segment/index.js';
import { fold } from '../../src/text/fold.js';
import type { Entity, EntityType } from '../../src/types.js';
import { allAbbreviations } from '../../src/lang/index.js';

/** A document with hand-made entities: every listed surface form is a mention of its entity. */
function docWith(text: string, ents: Array<[string, EntityType, string[]]>): Doc {
  const entities: Entity[] = ents.map(([name, type, forms]) => ({
    name, type, value: null, count: 0, aliases: forms, roles: [],
    mentions: forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ text: f, start: m.index!, end: m.index! + f.length, sentence: 0 }))),
  }));
  const f = fold(text);
  return { text, fold: f, sentences: segment(f, allAbbreviations), lang: 'fr', pack: packs.fr, dateline: null, refDate: null, entities, quotes: [] };
}

describe('speakers named by entities', () => {
  test('the canonical name of the entity behind the phrase', () => {
    const doc = docWith('Le Kremlin a reçu la délégation. «Nous soutenons ces efforts», a indiqué la présidence russe.', [['Kremlin', 'organization', ['Kremlin', 'présidence russe']]]);
    expect(findQuotes(doc).map((q) => [q.speaker, q.speakerType])).toEqual([['Kremlin', 'organization']]);
  });
  test('a name the document never writes is not given: the phrase as written', () => {
    const doc = docWith('«Nous soutenons ces efforts», a indiqué la présidence russe.', [['Kremlin', 'organization', ['présidence russe']]]);
    expect(findQuotes(doc).map((q) => [q.speaker, q.speakerType])).toEqual([['présidence russe', 'organization']]);
  });
  test('a place used as speaker is an organization', () => {
    const doc = docWith('Washington a annoncé que les sanctions seraient levées dès la semaine prochaine.', [['Washington', 'place', ['Washington']]]);
    expect(findQuotes(doc).map((q) => [q.speaker, q.speakerType, q.kind])).toEqual([['Washington', 'organization', 'indirect']]);
  });
  test('a title resolved by the entities stage', () => {
    const doc = docWith('Vladimir Poutine est arrivé mardi. «La situation est grave», a déclaré le président russe.', [['Vladimir Poutine', 'person', ['président russe', 'Vladimir Poutine']]]);
    expect(findQuotes(doc).map((q) => q.speaker)).toEqual(['Vladimir Poutine']);
  });
  test('a person before an organization in one phrase; nothing named after a link', () => {
    const text = 'Acme Steel chief executive Ron Baker said: "We will hire again." The head of the board of Acme Steel said: "Not yet."';
    const doc = { ...docWith(text, [['Acme Steel', 'organization', ['Acme Steel']], ['Ron Baker', 'person', ['Ron Baker']]]), lang: 'en' as const, pack: packs.en };
    expect(findQuotes(doc).map((q) => q.speaker)).toEqual(['Ron Baker', 'head of the board of Acme Steel']);
  });
  test('a pronoun points back to the person entity in subject position, not to an object', () => {
    const text = 'Le ministre Paul Durand a rencontré Marie Leroy hier. «Rien ne change», a-t-il ajouté.';
    const doc = docWith(text, [['Paul Durand', 'person', ['Paul Durand']], ['Marie Leroy', 'person', ['Marie Leroy']]]);
    expect(findQuotes(doc).map((q) => q.speaker)).toEqual(['Paul Durand']);
  });
});
