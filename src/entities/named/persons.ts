/**
 * Surnames and short forms merge into the fullest name of one person: "Poutine" and "M. Poutine"
 * into "Vladimir Poutine", "B. Obama" into "Barack Obama", "Ana Pastor" into "Ana Pastor García".
 * A short form shared by two people goes to the most mentioned.
 */
import type { Group } from './resolve.js';

export function personOf(groups: readonly Group[], merge: (from: Group, to: Group) => void): void {
  // hosts: people, and undecided names of several words, which become people when their surname recurs
  const persons = groups.filter((g) => g.type === 'person' || (g.type === null && words(g) > 1 && g.cands.some((c) => !c.initial)))
    .sort((a, b) => words(b) - words(a));
  for (const g of groups) {
    if (g.id) continue;
    const w = g.key.split(' ');
    const hosts = persons.filter((p) => p !== g && p.cands.length && (words(p) > w.length || (words(p) === w.length && w.some((x) => x.length === 1))) && covers(p.key.split(' '), w));
    if (!hosts.length) continue;
    hosts.sort((a, b) => Number(b.type === 'person') - Number(a.type === 'person') || b.cands.length - a.cands.length);
    merge(g, hosts[0]);
    hosts[0].type = 'person';
  }
}

const words = (g: Group) => g.key.split(' ').length;

/** Whether the short form w names the full name f: its tail, its head, or initials plus surname. */
function covers(f: readonly string[], w: readonly string[]): boolean {
  const tail = f.slice(f.length - w.length);
  if (tail.every((x, i) => x === w[i])) return true;
  if (f.slice(0, w.length).every((x, i) => x === w[i]) && w.length > 1) return true;
  if (w.length === 1) return f.slice(1).includes(w[0]);
  // B. Obama, J.-Y. Le Drian
  return w.every((x, i) => x === tail[i] || (x.length === 1 && f[i]?.[0] === x)) && w[w.length - 1] === f[f.length - 1];
}
