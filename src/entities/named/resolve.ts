/**
 * From candidate mentions to entities: group by folded name (Elysée = Élysée, Maison-Blanche =
 * Maison Blanche), decide undecided groups from their other mentions, merge surnames into full
 * names (Poutine → Vladimir Poutine), tie standalone titles to the person who bore them in
 * apposition (le président russe), and pick the fullest name.
 */
import type { Entity } from '../../types.js';
import type { Cand } from './cand.js';
import { nameKey } from './key.js';
import { mergeAcronyms } from './acronyms.js';
import { personOf } from './persons.js';
import { titleKeyOf } from './titles.js';
import type { NamedType } from './types.js';

export interface Group {
  key: string;
  type: NamedType | null;
  cands: Cand[];
  id: string | undefined;
}

export function resolve(text: string, cands: readonly Cand[], minor: ReadonlySet<string> = new Set()): Entity[] {
  const groups = new Map<string, Group>();
  const titles: Cand[] = [];
  // the groups in the order they are made (the Map's own order)
  const all: Group[] = [];
  // most groups keep the one mention they are made with: an array of one, grown when a second comes
  const add = (key: string, c: Cand): Group => {
    let g = groups.get(key);
    if (g) g.cands.push(c);
    else { g = { key, type: null, cands: [c], id: undefined }; groups.set(key, g); all.push(g); }
    if (c.id) g.id = c.id;
    return g;
  };
  // the group of a canonical id met before: no key to make again
  const groupOfId = new Map<string, Group>();
  for (const c of cands) {
    if (c.titleKey) { titles.push(c); continue; }
    if (!c.id) { add(c.key!, c); continue; }
    const g = groupOfId.get(c.id);
    if (!g) groupOfId.set(c.id, add(idKey(c.id), c));
    else { g.cands.push(c); g.id = c.id; }
  }
  for (const g of all) g.type = vote(g);
  personOf(all, merge);
  mergeAcronyms(all, merge, minor);
  // the groups left after the merges that have a type, unless their only mentions are weak or undecided capitals opening a sentence
  const entities: Entity[] = [];
  for (const g of all) {
    if (!g.cands.length || !(g.type ??= fallback(g))) continue;
    if (g.cands.some((c) => !c.weak && (!c.initial || g.id || c.type))) entities.push(toEntity(text, g));
  }
  attachTitles(text, entities, titles);
  return entities.sort((a, b) => b.count - a.count || a.mentions[0].start - b.mentions[0].start);
}

/**
 * The group key of a canonical id: its name key, marked apart from the names as written. Ids come
 * from the language pack's gazetteers and seat tables, a bounded set, and the key depends on the id
 * alone: each is kept from text to text.
 */
const idKeys = new Map<string, string>();

function idKey(id: string): string {
  let key = idKeys.get(id);
  if (key === undefined) idKeys.set(id, (key = `=${nameKey(id)}`));
  return key;
}

/** The type of a group: the one its mentions agree on (most do), else their vote. */
function vote(g: Group): NamedType | null {
  let only: NamedType | null = null;
  for (const c of g.cands) {
    if (!c.type || c.type === only) continue;
    if (only) return tally(g);
    only = c.type;
  }
  return only;
}

/** Gazetteer first, then the most frequent decided type; on a tie, the type met first. */
function tally(g: Group): NamedType | null {
  const types: NamedType[] = [];
  const votes: number[] = [];
  for (const c of g.cands) {
    if (!c.type) continue;
    const k = types.indexOf(c.type);
    if (k < 0) { types.push(c.type); votes.push(c.id ? 100 : 1); } else votes[k] += c.id ? 100 : 1;
  }
  let best = 0;
  for (let k = 1; k < types.length; k++) if (votes[k] > votes[best]) best = k;
  return types.length ? types[best] : null;
}

/** An undecided name: a single word that speaks is an institution or a company. */
function fallback(g: Group): NamedType | null {
  return g.cands.some((c) => !c.initial && c.speaks) ? 'organization' : null;
}

/** A name as written in a group: the fullest is the entity's name, then the most frequent, then the first. */
interface Form {
  text: string;
  n: number;
  words: number;
  first: number;
}

/** The entity of a group. Its forms, aliases and roles are few: arrays, which cost less than Maps and Sets to build. */
function toEntity(text: string, g: Group): Entity {
  const cands = inOrder(g.cands) ? g.cands : [...g.cands].sort((a, b) => a.start - b.start);
  // the other forms in rank order, then the titles tied to the name, each once
  const aliases: string[] = [];
  const name = nameOf(cands, aliases) ?? g.id ?? text.slice(cands[0].start, cands[0].end);
  const roles: string[] = [];
  for (const c of cands) {
    // titles start after their article (the scanner never includes it)
    if (c.alias && c.alias !== name && !aliases.includes(c.alias)) aliases.push(c.alias);
    if (c.role && !roles.includes(c.role)) roles.push(c.role);
  }
  const e: Entity = {
    name, type: g.type as NamedType, value: null, count: cands.length, aliases,
    mentions: cands.map((c) => ({ text: c.text, start: c.start, end: c.end, sentence: c.sentence })),
  };
  if (g.type === 'person') e.roles = roles;
  return e;
}

/** Moves the mentions of one group into another. */
function merge(from: Group, to: Group): void {
  if (from === to) return;
  for (const c of from.cands) to.cands.push(c);
  from.cands = [];
  if (from.id && !to.id) to.id = from.id;
}

/**
 * The best of the names as written in a group's mentions (not its titles), or undefined when
 * there is none; the others go to `aliases`, in rank order.
 */
function nameOf(cands: readonly Cand[], aliases: string[]): string | undefined {
  // most groups are written one way: nothing to count or rank
  let one: string | undefined;
  let several = false;
  for (const c of cands) {
    if (c.byTitle) continue;
    if (one === undefined) one = c.text;
    else if (c.text !== one) { several = true; break; }
  }
  if (!several) return one;
  const forms: Form[] = [];
  for (const c of cands) {
    if (c.byTitle) continue;
    const f = forms.find((x) => x.text === c.text);
    if (f) f.n++;
    else forms.push({ text: c.text, n: 1, words: c.words, first: c.start });
  }
  // a dateline's capitals (PARIS) name the place less well than its ordinary spelling (Paris)
  forms.sort((a, b) => b.words - a.words || shouted(a.text) - shouted(b.text) || b.n - a.n || a.first - b.first);
  for (let k = 1; k < forms.length; k++) aliases.push(forms[k].text);
  return forms[0].text;
}

/** "le président russe" alone → a mention of the person introduced as "le président russe Vladimir Poutine". */
function attachTitles(text: string, entities: Entity[], titles: readonly Cand[]): void {
  if (!titles.length) return;
  const bearer = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'person') for (const a of e.aliases) if (!bearer.has(titleKeyOf(a))) bearer.set(titleKeyOf(a), e);
  const touched = new Set<Entity>();
  for (const c of titles) {
    const p = bearer.get(c.titleKey!);
    if (!p) continue;
    p.mentions.push({ text: c.text, start: c.start, end: c.end, sentence: c.sentence });
    touched.add(p);
  }
  for (const p of touched) {
    p.mentions.sort((a, b) => a.start - b.start);
    p.count = p.mentions.length;
  }
}

/** 1 for a name written all in capitals (PARIS, WASHINGTON), else 0. */
function shouted(text: string): number {
  return text === text.toUpperCase() && text !== text.toLowerCase() ? 1 : 0;
}

function inOrder(cands: readonly Cand[]): boolean {
  for (let i = 1; i < cands.length; i++) if (cands[i].start < cands[i - 1].start) return false;
  return true;
}
