// Assembles the English vocabulary of the named-entity engine (src/entities/named) and compiles it once.
// The first names are shared with French (one generated list of the Latin-script world).
import { compileNamed } from '../../entities/named/lexicon.js';
import type { NamedLexicon } from '../../entities/named/types.js';
import { firstNameKeys } from '../fr/data/first-names.js';
import { worldFirstNames } from '../fr/first-names.js';
import { gazetteer } from './data/gazetteer.js';
import * as n from './named.js';
import { stopwords } from './stopwords.js';
import { connectors, honorifics, nameConnectors, titles } from './titles.js';

export const compileEntities = (): NamedLexicon => compileNamed({
  ...n,
  firstNames: worldFirstNames,
  firstNameKeys,
  gazetteer,
  titles,
  connectors,
  nameConnectors,
  honorifics,
}, stopwords);
