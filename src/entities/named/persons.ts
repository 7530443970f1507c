/**
 * Surnames and short forms merge into the fullest name of one person: "Poutine" and "M. Poutine"
 * into "Vladimir Poutine", "B. Obama" into "Barack Obama", "Ana Pastor" into "Ana Pastor García".
 * A short form shared by two people goes to the most mentioned.
 */
import type { Group } from './resolve.js';

interface Host {
  g: Group;
  /** the words of its key */
  f: string[];
}

export function personOf(groups: readonly Group[], merge: (from: Group, to: Group) => void): void {
  // hosts: people, and undecided names of several words, which become people when their surname recurs
  const persons: Host[] = [];
  // the words of each host's key, by group (the other groups' keys are split only when a host may cover them)
  const words: (string[] | undefined)[] = new Array(groups.length);
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (g.type !== 'person' && (g.type !== null || !g.key.includes(' ') || !g.cands.some((c) => !c.initial))) continue;
    persons.push({ g, f: (words[k] = g.key.split(' ')) });
  }
  // every short form a host covers ends with one of the host's words: index the hosts by word, in group order
  const byWord = new Map<string, Host[]>();
  for (const p of persons) {
    for (const x of p.f) {
      const list = byWord.get(x);
      if (!list) byWord.set(x, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    }
  }
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (g.id) continue;
    const near = byWord.get(g.key.slice(g.key.lastIndexOf(' ') + 1));
    if (!near) continue;
    const w = words[k] ?? g.key.split(' ');
    const short = w.some((x) => x.length === 1);
    let best: Host | undefined;
    for (const p of near) {
      if (p.g === g || !p.g.cands.length || !(p.f.length > w.length || (p.f.length === w.length && short)) || !covers(p.f, w)) continue;
      // people first, then the most mentioned, then the longest name; the first on a tie
      if (!best || rank(p, best) < 0) best = p;
    }
    if (!best) continue;
    merge(g, best.g);
    best.g.type = 'person';
  }
}

const rank = (a: Host, b: Host) => Number(b.g.type === 'person') - Number(a.g.type === 'person') || b.g.cands.length - a.g.cands.length || b.f.length - a.f.length;

/** Whether the short form w names the full name f: its tail, its head, or initials plus surname. */
function covers(f: readonly string[], w: readonly string[]): boolean {
  const tail = f.slice(f.length - w.length);
  if (tail.every((x, i) => x === w[i])) return true;
  if (f.slice(0, w.length).every((x, i) => x === w[i]) && w.length > 1) return true;
  if (w.length === 1) return f.slice(1).includes(w[0]);
  // B. Obama, J.-Y. Le Drian
  return w.every((x, i) => x === tail[i] || (x.length === 1 && f[i]?.[0] === x)) && w[w.length - 1] === f[f.length - 1];
}
