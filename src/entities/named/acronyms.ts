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
    const initials = words.filter((w) => !minor.has(w)).map((w) => w[0]).join('');
    const acr = acronyms.get(initials) ?? words.map((w) => acronyms.get(w)).find((a) => a && a !== g);
    if (acr && acr !== g) merge(acr, g);
  }
}

/** A group's key without the mark of a canonical id (=). */
const bare = (key: string) => (key.startsWith('=') ? key.slice(1) : key);
