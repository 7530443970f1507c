// Assembles the French vocabulary of the named-entity engine (src/entities/named) and compiles it once.
import { compileNamed } from '../../entities/named/lexicon.js';
import type { NamedLexicon } from '../../entities/named/types.js';
import { countries } from './data/countries.js';
import { cities } from './data/cities.js';
import { communes } from './data/communes.js';
import { firstNameKeys } from './data/first-names.js';
import { worldFirstNames } from './first-names.js';
import * as n from './named.js';
import { orgs } from './orgs.js';
import { places } from './places.js';
import { seats } from './seats.js';
import { stopwords } from './stopwords.js';
import { connectors, honorifics, titles } from './titles.js';

export const compileEntities = (): NamedLexicon => compileNamed({
  ...n,
  firstNames: worldFirstNames,
  firstNameKeys,
  countries,
  places: [...places, ...cities.map((c) => [c]), ...communes.map((c) => [c])],
  orgs,
  seats,
  titles,
  connectors,
  honorifics,
}, stopwords);
