/**
 * The gazetteer of a language: its organizations, seats, countries and places as entries keyed by
 * their first folded token, plus the demonyms, country names and seats of the countries.
 *
 * Building it splits and folds some 2,000 names, which cost about a tenth of a start-up. So it is
 * built at dev time (`npm run gen:gazetteer`, scripts/gen-gazetteer.mjs) and committed as text in
 * src/lang/<code>/data/gazetteer.ts; start-up only reads that text back into Maps. The test
 * test/entities/named/gazetteer.test.ts says when the text no longer matches its sources.
 */
import { bucketOf, bucketText } from './buckets.js';
import { keyOf, wordsOf } from './key.js';
import type { CountryRow, Entries, GazEntry, NamedType, Seat } from './types.js';

/** What a gazetteer is built from: src/lang/<code>/gazetteer-source.ts. */
export interface GazetteerSource {
  seats: readonly Seat[];
  /** organizations: canonical, then variants and acronyms */
  orgs: ReadonlyArray<readonly string[]>;
  countries: readonly CountryRow[];
  /** cities, regions, geographic names: canonical, then variants */
  places: ReadonlyArray<readonly string[]>;
  /** articles stripped from aliases (le, la, l', the) */
  determiners: readonly string[];
}

export interface Gazetteer {
  /** entries by key of their first token, longest first */
  gaz: Map<string, GazEntry[]>;
  /** demonym (lowercase folded, singular and plural) → country code */
  demonyms: Map<string, string>;
  /** country code → canonical country name */
  countryName: Map<string, string>;
  /** `${code}:${stands}` → seat canonical name */
  seatFor: Map<string, string>;
  /** first keys of the organizations that write their names in lower case (franceinfo) */
  lowerNames: Set<string>;
}

/** A gazetteer as the engine reads it back: the entries by bucket, on demand. */
export interface ReadGazetteer extends Omit<Gazetteer, 'gaz'> {
  gaz: Entries;
}

/** A gazetteer as text: one record a line, fields split by tabs (see writeGazetteer). */
export interface GazetteerText {
  entries: string;
  /** one key a line */
  lowerNames: string;
  demonyms: string;
  countryName: string;
  seatFor: string;
}

const UPPER_NAME = /^[\p{Lu}&]{2,5}$/u;
const CAPITAL = /^\p{Lu}/u;

export function buildGazetteer(data: GazetteerSource): Gazetteer {
  const gaz = new Map<string, GazEntry[]>();
  const seen = new Set<string>();
  const determiners = new Set(data.determiners.map(keyOf));
  const add = (names: readonly string[], type: NamedType, code?: string, canonical?: string) => {
    const id = canonical ?? names[0];
    for (const n of names) {
      // one split serves the keys and the capitals (as keysOf splits)
      const words = wordsOf(n);
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
  // kept apart, so that reading the entries back by bucket needs no pass over them all
  const lowerNames = new Set<string>();
  for (const [k, list] of gaz) if (list.some((e) => e.type === 'organization' && !(e.caps & 1))) lowerNames.add(k);
  return { gaz, demonyms, countryName, seatFor, lowerNames };
}

/** The letter of each entry type in the text. */
const TYPE_LETTER: Record<NamedType, string> = { person: 'h', organization: 'o', place: 'p' };
const TYPE_OF: Record<string, NamedType> = { h: 'person', o: 'organization', p: 'place' };

const field = (s: string) => {
  if (/[\t\n\r]/.test(s)) throw new Error(`gazetteer: a tab or line break in ${JSON.stringify(s)}`);
  return s;
};
/**
 * A name as written, its characters above U+00FF (and backslashes) as \uXXXX: V8 stores a string
 * with any such character in two bytes a character, and eight names (Hœnheim, Chișinău) made the
 * whole text twice as large to read and keep at start-up.
 */
const narrow = (s: string) => field(s).replace(/[\\\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const ESCAPED = /\\u([0-9a-f]{4})/g;
const pairs = (m: Map<string, string>) => [...m].map(([k, v]) => `${field(k)}\t${field(v)}`).join('\n');

/**
 * Entries one a line: the space-separated keys, the type letter, the id and the country code or ''
 * (both narrowed), 1 if upper or '', and the capitals bits. Lines are grouped by the key of their
 * first token, the keys in code-unit order (the text is read by bucket, see buckets.ts), each list
 * in its order.
 */
export function writeGazetteer(g: Gazetteer): GazetteerText {
  const out: string[] = [];
  for (const key of [...g.gaz.keys()].sort()) {
    for (const e of g.gaz.get(key)!) {
      out.push([e.keys.map(field).join(' '), TYPE_LETTER[e.type], narrow(e.id), narrow(e.code ?? ''), e.upper ? '1' : '', e.caps].join('\t'));
    }
  }
  return {
    entries: out.join('\n'),
    lowerNames: [...g.lowerNames].map(field).join('\n'),
    demonyms: pairs(g.demonyms),
    countryName: pairs(g.countryName),
    seatFor: pairs(g.seatFor),
  };
}

const readPairs = (text: string) => {
  const m = new Map<string, string>();
  const f = text ? text.replaceAll('\n', '\t').split('\t') : [];
  for (let i = 0; i < f.length; i += 2) m.set(f[i], f[i + 1]);
  return m;
};

/** The entries of some lines of the text, by key of their first token, in the order of the lines. */
function readEntries(lines: string): Map<string, GazEntry[]> {
  const gaz = new Map<string, GazEntry[]>();
  if (lines.includes('\\')) lines = lines.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  // every line has six fields: one split of the whole text, lines and fields alike, costs a
  // fraction of a split per line
  const f = lines ? lines.replaceAll('\n', '\t').split('\t') : [];
  for (let i = 0; i < f.length; i += 6) {
    const keys = f[i].split(' ');
    const entry: GazEntry = { keys, type: TYPE_OF[f[i + 1]], id: f[i + 2], code: f[i + 3] || undefined, upper: f[i + 4] ? true : undefined, caps: +f[i + 5] };
    const list = gaz.get(keys[0]);
    if (list) list.push(entry);
    else gaz.set(keys[0], [entry]);
  }
  return gaz;
}

/** The gazetteer back from its text: the entries as buildGazetteer made them, bucket by bucket on first use. */
export function readGazetteer(text: GazetteerText): ReadGazetteer {
  const buckets = new Map<number, ReadonlyMap<string, readonly GazEntry[]>>();
  const gaz: Entries = {
    get(key) {
      const b = bucketOf(key);
      let entries = buckets.get(b);
      if (!entries) {
        entries = readEntries(bucketText(text.entries, '\n', b));
        buckets.set(b, entries);
      }
      return entries.get(key);
    },
  };
  return {
    gaz,
    lowerNames: new Set(text.lowerNames ? text.lowerNames.split('\n') : []),
    demonyms: readPairs(text.demonyms),
    countryName: readPairs(text.countryName),
    seatFor: readPairs(text.seatFor),
  };
}
