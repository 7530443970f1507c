// Assembles the English vocabulary of the named-entity engine (src/entities/named) and compiles it once.
// The first names are shared with French (one generated list of the Latin-script world).
import { compileNamed } from '../../entities/named/lexicon.js';
import type { NamedLexicon } from '../../entities/named/types.js';
import { firstNameKeys } from '../fr/data/first-names.js';
import { worldFirstNames } from '../fr/first-names.js';
import { cities } from './data/cities.js';
import { countries } from './data/countries.js';
import * as n from './named.js';
import { orgs, worldOrgs } from './orgs.js';
import { places } from './places.js';
import { seats } from './seats.js';
import { stopwords } from './stopwords.js';
import { connectors, honorifics, titles } from './titles.js';

export const compileEntities = (): NamedLexicon => compileNamed({
  ...n,
  firstNames: worldFirstNames,
  firstNameKeys,
  countries,
  places: [...places, ...cities.map((c) => [c])],
  orgs: [...orgs, ...worldOrgs],
  seats,
  titles,
  connectors,
  honorifics,
}, stopwords);
