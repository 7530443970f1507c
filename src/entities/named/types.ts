import type { GazetteerText } from './gazetteer.js';

/**
 * The shape of the per-language vocabulary that the named-entity engine reads (as plain data in
 * src/lang/<code>/), and of the compiled lexicon built from it once, at load.
 */

/** [country code, names, demonyms] as generated in src/lang/<code>/data/countries.ts */
export type CountryRow = readonly [string, readonly string[], readonly string[]];

/** An institution named after its seat (Kremlin) standing for a country's executive. */
export interface Seat {
  /** canonical name, then spelling variants */
  names: readonly string[];
  /** ISO country code the seat belongs to ("RU"), or a body's code ("EU") */
  country: string;
  /** which institutional nouns ("presidency", "executive", "government", "diplomacy") it stands for */
  stands: readonly string[];
}

export interface NamedData {
  /** first names as written (folded at compile time) */
  firstNames: readonly string[];
  /** first names already folded to keys, split by `|`, sorted (generated: no folding at startup, read by bucket, see buckets.ts) */
  firstNameKeys?: readonly string[];
  /** organizations, seats, countries and places, compiled at dev time (see gazetteer.ts) */
  gazetteer: GazetteerText;
  /** institutional nouns followed by a demonym: [noun, what it stands for] ("présidence", "presidency") */
  institutionNouns: ReadonlyArray<readonly [string, string]>;
  /** functions written before a name, lowercase ("premier ministre", "président", "m.") */
  titles: readonly string[];
  /** titles of courtesy, which are no role (M., Mme, Dr, Mr.) */
  honorifics: readonly string[];
  /** words that link a title to its complement ("de", "du", "des", "de la", "d'") */
  connectors: readonly string[];
  /** the connectors after which two capitalised words are one name, not a complement and a surname ("for") */
  nameConnectors: readonly string[];
  /** lowercase words allowed inside a name between capitalised words (de, van, von, al, ben) */
  particles: readonly string[];
  /** articles stripped from aliases (le, la, l', the) */
  determiners: readonly string[];
  /** elided words written with an apostrophe before a name (l', d', qu') */
  elisions: readonly string[];
  /** capitalised words that are never a name by themselves (Par, Selon, Compte, Monday) */
  notNames: readonly string[];
  /** verb phrases that follow a speaker ("a déclaré", "said"), lowercase */
  reportingVerbs: readonly string[];
  /** words before a place name ("à", "en", "in") */
  placePrepositions: readonly string[];
  /** phrases before a place name ("sud du", "ville de", "city of") */
  placeCues: readonly string[];
  /** nouns before an organization's name ("agence", "quotidien", "company") */
  orgCues: readonly string[];
  /** first words of organization names ("Commission", "ministère", "Université") */
  orgHeads: readonly string[];
  /** lowercase first words of organization names that need a capitalised complement (ministère de l'Intérieur) */
  lowerOrgHeads: readonly string[];
  /** lowercase words that join two capitalised runs into one organization's name when it ends on a suffix (Securities and Exchange Commission) */
  orgJoiners: readonly string[];
  /** last words of organization names ("Inc", "SA", "Group", "Council") */
  orgSuffixes: readonly string[];
  /** first words of place names ("île", "mont", "Saint") */
  placeHeads: readonly string[];
  /** endings of lowercase adjectives that may follow an organization's head (pénale, européenne) */
  adjectiveEndings: readonly string[];
  /** the possessive ending that makes a name act ("'s " in English), or '' */
  possessive: string;
  /** known names that are also common words (Total, Orange, Libération): not names by themselves at the start of a sentence */
  commonWords: readonly string[];
  /** nouns that put an acronym-like word out of the organizations ("TV" alone is no org) */
  notAcronyms: readonly string[];
  /** party letters of a politician's tag after the name (Sen. Elizabeth Warren, D-Mass.): no name */
  affiliationLetters: readonly string[];
}

export type NamedType = 'person' | 'organization' | 'place';

export interface GazEntry {
  /** folded keys of the tokens */
  keys: readonly string[];
  type: NamedType;
  /** canonical id: the first name of the entry */
  id: string;
  /** written in capitals (UN, AP, US): matches only capitals, never the word "Un" */
  upper?: boolean;
  /** bit k set: token k is capitalised in the entry and must be in the text (La Presse is not "la presse") */
  caps: number;
  /** for countries: the ISO code */
  code?: string;
}

/** Gazetteer entries by key of their first token, longest first. */
export interface Entries {
  get(key: string): readonly GazEntry[] | undefined;
}

/** Compiled once per language at load: Sets and Maps keyed by folded tokens. */
export interface NamedLexicon {
  firstNames: { has(key: string): boolean };
  gaz: Entries;
  /** demonym (lowercase folded, singular and plural) → country code */
  demonyms: ReadonlyMap<string, string>;
  /** country code → canonical country name */
  countryName: ReadonlyMap<string, string>;
  /** `${code}:${stands}` → seat canonical name */
  seatFor: ReadonlyMap<string, string>;
  institutionNouns: ReadonlyMap<string, string>;
  /** multiword phrase tables keyed by first token: each phrase as folded token keys */
  titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  connectors: ReadonlyMap<string, readonly (readonly string[])[]>;
  nameConnectors: ReadonlySet<string>;
  reportingVerbs: ReadonlyMap<string, readonly (readonly string[])[]>;
  orgCues: ReadonlyMap<string, readonly (readonly string[])[]>;
  placeCues: ReadonlyMap<string, readonly (readonly string[])[]>;
  particles: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  elisions: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  lowerOrgHeads: ReadonlySet<string>;
  orgSuffixes: ReadonlySet<string>;
  orgJoiners: ReadonlyMap<string, readonly (readonly string[])[]>;
  placeHeads: ReadonlySet<string>;
  notAcronyms: ReadonlySet<string>;
  affiliationLetters: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  possessive: string;
  adjective: (key: string) => boolean;
  /** the same test on the word as written (accents kept), stricter */
  writtenAdjective: (word: string) => boolean;
  stopwords: ReadonlySet<string>;
  /** lowercase words that may start a mention (titles, institution nouns, lowercase heads), and their signatures */
  lowerTriggers: ReadonlySet<string>;
  /** first keys of the gazetteer names written in lower case (franceinfo), looked up on lowercase words too */
  lowerNames: ReadonlySet<string>;
  lowerSignatures: Uint8Array;
  /** hashes of the lowercase triggers' keys, checked before a word is keyed */
  lowerKeyHashes: Uint8Array;
  /** small words left out of an acronym (des, du, of, and) */
  minor: ReadonlySet<string>;
}
