import { describe, expect, test } from 'vitest';
import { buildGazetteer, readGazetteer, writeGazetteer } from '../../../src/entities/named/gazetteer.js';
import { gazetteer as enText } from '../../../src/lang/en/data/gazetteer.js';
import { source as enSource } from '../../../src/lang/en/gazetteer-source.js';
import { gazetteer as frText } from '../../../src/lang/fr/data/gazetteer.js';
import { source as frSource } from '../../../src/lang/fr/gazetteer-source.js';

describe('gazetteer', () => {
  test.each([
    ['fr', frSource, frText],
    ['en', enSource, enText],
  ] as const)('%s: the generated text matches its sources (else: npm run gen:gazetteer)', (_, source, text) => {
    expect(writeGazetteer(buildGazetteer(source))).toEqual(text);
  });

  test.each([
    ['fr', frSource],
    ['en', enSource],
  ] as const)('%s: reading the text back gives the built entries and Maps, in the same order', (_, source) => {
    const built = buildGazetteer(source);
    const read = readGazetteer(writeGazetteer(built));
    // asked in reverse order, so that buckets are read in another order than written
    for (const key of [...built.gaz.keys()].reverse()) expect(read.gaz.get(key)).toStrictEqual(built.gaz.get(key));
    for (const key of ['', 'a', 'zz', 'kremlinx', 'kremli', '\uffff']) expect(read.gaz.get(key)).toBe(built.gaz.get(key));
    for (const k of ['lowerNames', 'demonyms', 'countryName', 'seatFor'] as const) expect([...read[k]]).toStrictEqual([...built[k]]);
  });

  test('names above Latin-1 are written escaped, and read back as written', () => {
    const built = buildGazetteer({ seats: [], orgs: [['H\u0153nheim'], ['A\\B \u2014 C']], countries: [], places: [], determiners: [] });
    const text = writeGazetteer(built);
    expect(text.entries).toMatch(/^[\0-\xff]*$/);
    expect(readGazetteer(text).gaz.get('hoenheim')).toStrictEqual(built.gaz.get('hoenheim'));
    expect(readGazetteer(text).gaz.get('a')).toStrictEqual(built.gaz.get('a'));
  });

  test('an empty gazetteer reads back empty', () => {
    const empty = buildGazetteer({ seats: [], orgs: [], countries: [], places: [], determiners: [] });
    const read = readGazetteer(writeGazetteer(empty));
    expect(read.gaz.get('paris')).toBeUndefined();
    expect([read.lowerNames.size, read.demonyms.size, read.countryName.size, read.seatFor.size]).toEqual([0, 0, 0, 0]);
  });
});
