/**
 * An organization's acronym and its full name are one entity: "Canadian Auto Workers" and "CAW",
 * "Communauté économique des États de l'Afrique de l'Ouest" and "CEDEAO", and a long name that
 * holds its own acronym ("European Aeronautic Defence and Space Company EADS N.V." and "EADS").
 */
import type { Group } from './resolve.js';

export function mergeAcronyms(groups: readonly Group[], merge: (from: Group, to: Group) => void, minor: ReadonlySet<string>): void {
  const acronyms = new Map<string, Group>();
  for (const g of groups) if (g.type === 'organization' && !g.key.includes(' ') && g.cands.length) acronyms.set(bare(g.key), g);
  if (!acronyms.size) return;
  for (const g of groups) {
    if (g.type !== 'organization' || !g.cands.length || !g.key.includes(' ')) continue;
    const words = bare(g.key).split(' ');
    let initials = '';
    for (const w of words) if (!minor.has(w)) initials += w[0];
    // its acronym, else an acronym among its words (only names of one word are acronyms: never g)
    let acr = acronyms.get(initials);
    for (let k = 0; !acr && k < words.length; k++) acr = acronyms.get(words[k]);
    if (acr) merge(acr, g);
  }
}

/** A group's key without the mark of a canonical id (=). */
const bare = (key: string) => (key.startsWith('=') ? key.slice(1) : key);
