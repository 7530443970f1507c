/** Compiles a language's NamedData into Sets and Maps, once, when the language pack loads. */
import { keyOf, keysOf, WORD } from './key.js';
import { signature, signatureSet } from './signature.js';
import type { GazEntry, NamedData, NamedLexicon, NamedType } from './types.js';

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

const UPPER_NAME = /^[\p{Lu}&]{2,5}$/u;
const CAPITAL = /^\p{Lu}/u;

const keySet = (words: readonly string[]) => new Set(words.map(keyOf));

export function compileNamed(data: NamedData, stopwords: readonly string[]): NamedLexicon {
  const gaz = new Map<string, GazEntry[]>();
  const seen = new Set<string>();
  const determiners = keySet(data.determiners);
  const add = (names: readonly string[], type: NamedType, code?: string, canonical?: string) => {
    const id = canonical ?? names[0];
    for (const n of names) {
      // one split serves the keys and the capitals (as keysOf splits)
      const words = n.match(WORD) ?? [];
      const keys = words.map((w) => keyOf(w.includes('.') ? w.replace(/\./g, '') : w));
      const sig = keys.join(' ');
      if (!keys.length || seen.has(sig)) continue; // first table wins on a clash
      seen.add(sig);
      const list = gaz.get(keys[0]) ?? [];
      const upper = UPPER_NAME.test(n) || undefined;
      let caps = 0;
      for (let k = 0; k < words.length && k < 30; k++) if (CAPITAL.test(words[k])) caps |= 1 << k;
      list.push({ keys, type, id, code, upper, caps });
      // "Le Figaro" is also "Figaro" (au Figaro, du Figaro)
      if (keys.length > 1 && determiners.has(keys[0])) add([n.replace(/^\S+?['’ ]/u, '')], type, code, id);
      gaz.set(keys[0], list);
    }
  };
  const demonyms = new Map<string, string>();
  const countryName = new Map<string, string>();
  for (const s of data.seats) add(s.names, 'organization');
  for (const o of data.orgs) add(o, 'organization');
  for (const [code, names, dems] of data.countries) {
    add(names, 'place', code);
    countryName.set(code, names[0]);
    for (const d of dems) {
      const k = keyOf(d);
      for (const f of [k, k.endsWith('s') ? k : `${k}s`]) if (!demonyms.has(f)) demonyms.set(f, code);
    }
  }
  for (const p of data.places) add(p, 'place');
  for (const list of gaz.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const seatFor = new Map<string, string>();
  for (const s of data.seats) for (const what of s.stands) seatFor.set(`${s.country}:${what}`, s.names[0]);

  // a first name is never also a function word, a title or an organization's suffix (Inc, General)
  const notFirst = keySet([...stopwords, ...data.notNames, ...data.orgSuffixes, ...data.titles, ...data.particles]);
  const firstNames = new Set<string>();
  for (const k of data.firstNameKeys ?? []) if (!notFirst.has(k)) firstNames.add(k);
  for (const k of keySet(data.firstNames)) if (!notFirst.has(k)) firstNames.add(k);
  const triggerWords = [...data.titles, ...data.institutionNouns.map(([w]) => w), ...data.lowerOrgHeads, ...data.placeHeads]
    .map((w) => w.split(/[\s'-]/)[0].toLowerCase()).filter(Boolean);
  const lowerTriggers = new Set(triggerWords.map(keyOf));
  const lowerSignatures = new Set<number>();
  for (const w of [...triggerWords, ...lowerTriggers]) lowerSignatures.add(signature(w.charCodeAt(0), w.length));
  return {
    lowerTriggers,
    lowerSignatures: signatureSet(lowerSignatures),
    firstNames,
    gaz,
    demonyms,
    countryName,
    seatFor,
    institutionNouns: new Map(data.institutionNouns.map(([n, w]) => [keyOf(n), w])),
    titles: phraseMap([...data.titles, ...data.honorifics]),
    connectors: phraseMap(data.connectors),
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
    commonWords: keySet(data.commonWords),
    possessive: data.possessive,
    adjective: adjectiveTest(data.adjectiveEndings),
    writtenAdjective: writtenAdjectiveTest(data.adjectiveEndings),
    stopwords: keySet([...stopwords, ...data.notNames]),
    minor: new Set([...keySet([...stopwords, ...data.particles, ...data.determiners, ...data.elisions]), ...data.connectors.flatMap(keysOf), ...data.orgJoiners.flatMap(keysOf)]),
  };
}
