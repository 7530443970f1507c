/** Compiles a language's NamedData into Sets and Maps, once, when the language pack loads. */
import { sortedKeys } from './buckets.js';
import { keyOf, keysOf } from './key.js';
import { keyHashSet, signature, signatureSet } from './signature.js';
import { readGazetteer } from './gazetteer.js';
import type { NamedData, NamedLexicon } from './types.js';

type PhraseMap = Map<string, string[][]>;

function phraseMap(phrases: readonly string[]): PhraseMap {
  const m: PhraseMap = new Map();
  for (const p of phrases) {
    const keys = keysOf(p);
    if (!keys.length) continue;
    const list = m.get(keys[0]) ?? [];
    list.push(keys);
    m.set(keys[0], list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

/** One regex for all endings, built at load. */
function adjectiveTest(endings: readonly string[]): (key: string) => boolean {
  if (!endings.length) return () => false;
  const re = new RegExp(`(?:${endings.map(keyOf).join('|')})$`);
  return (key) => key.length > 3 && re.test(key);
}

/** The same endings tested on the word as written, lowercase (accents kept: "publie" is no "-é"). */
function writtenAdjectiveTest(endings: readonly string[]): (word: string) => boolean {
  if (!endings.length) return () => false;
  const re = new RegExp(`(?:${endings.join('|')})$`);
  return (word) => word.length > 3 && re.test(word.toLowerCase());
}

const keySet = (words: readonly string[]) => new Set(words.map(keyOf));

export function compileNamed(data: NamedData, stopwords: readonly string[]): NamedLexicon {
  const { gaz, demonyms, countryName, seatFor, lowerNames } = readGazetteer(data.gazetteer);

  // a first name is never also a function word, a title or an organization's suffix (Inc, General)
  const notFirst = keySet([...stopwords, ...data.notNames, ...data.orgSuffixes, ...data.titles, ...data.particles]);
  // the ~16,000 generated keys are read by bucket, on demand (see buckets.ts)
  const generated = sortedKeys(data.firstNameKeys ?? [], '|');
  const written = new Set([...keySet(data.firstNames)].filter((k) => !notFirst.has(k)));
  const firstNames = { has: (k: string) => written.has(k) || (generated.has(k) && !notFirst.has(k)) };
  const triggerWords = [...data.titles, ...data.institutionNouns.map(([w]) => w), ...data.lowerOrgHeads, ...data.placeHeads, ...lowerNames]
    .map((w) => w.split(/[\s'-]/)[0].toLowerCase()).filter(Boolean);
  const lowerTriggers = new Set(triggerWords.map(keyOf));
  const lowerSignatures = new Set<number>();
  for (const w of [...triggerWords, ...lowerTriggers]) lowerSignatures.add(signature(w.charCodeAt(0), w.length));
  return {
    lowerTriggers,
    lowerNames,
    lowerSignatures: signatureSet(lowerSignatures),
    lowerKeyHashes: keyHashSet(lowerTriggers),
    firstNames,
    gaz,
    demonyms,
    countryName,
    seatFor,
    institutionNouns: new Map(data.institutionNouns.map(([n, w]) => [keyOf(n), w])),
    titles: phraseMap([...data.titles, ...data.honorifics]),
    connectors: phraseMap(data.connectors),
    nameConnectors: keySet(data.nameConnectors),
    reportingVerbs: phraseMap(data.reportingVerbs),
    orgCues: phraseMap(data.orgCues),
    placeCues: phraseMap(data.placeCues),
    particles: keySet(data.particles),
    honorifics: new Set(data.honorifics.map((h) => keysOf(h).join(' '))),
    determiners: keySet(data.determiners),
    elisions: keySet(data.elisions),
    notNames: keySet(data.notNames),
    placePrepositions: keySet(data.placePrepositions),
    orgHeads: keySet(data.orgHeads),
    lowerOrgHeads: keySet(data.lowerOrgHeads),
    orgSuffixes: keySet(data.orgSuffixes),
    orgJoiners: phraseMap(data.orgJoiners),
    placeHeads: keySet(data.placeHeads),
    notAcronyms: keySet(data.notAcronyms),
    affiliationLetters: keySet(data.affiliationLetters),
    commonWords: keySet(data.commonWords),
    possessive: data.possessive,
    adjective: adjectiveTest(data.adjectiveEndings),
    writtenAdjective: writtenAdjectiveTest(data.adjectiveEndings),
    stopwords: keySet([...stopwords, ...data.notNames]),
    minor: new Set([...keySet([...stopwords, ...data.particles, ...data.determiners, ...data.elisions]), ...data.connectors.flatMap(keysOf), ...data.orgJoiners.flatMap(keysOf)]),
  };
}
