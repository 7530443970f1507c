// What the French gazetteer is built from, at dev time: `npm run gen:gazetteer` writes it to
// data/gazetteer.ts, which is what the tool loads (see src/entities/named/gazetteer.ts).
import type { GazetteerSource } from '../../entities/named/gazetteer.js';
import { cities } from './data/cities.js';
import { communes } from './data/communes.js';
import { countries } from './data/countries.js';
import { determiners } from './named.js';
import { orgs } from './orgs.js';
import { places } from './places.js';
import { seats } from './seats.js';

export const source: GazetteerSource = {
  seats,
  orgs,
  countries,
  places: [...places, ...cities.map((c) => [c]), ...communes.map((c) => [c])],
  determiners,
};
