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
  id?: string;
}

export function resolve(text: string, cands: readonly Cand[], minor: ReadonlySet<string> = new Set()): Entity[] {
  const groups = new Map<string, Group>();
  const titles: Cand[] = [];
  const keyOfText = new Map<string, string>();
  for (const c of cands) {
    if (c.titleKey) { titles.push(c); continue; }
    const s = c.id ? `=${c.id}` : c.text;
    let key = keyOfText.get(s);
    if (key === undefined) { key = c.id ? `=${nameKey(c.id)}` : nameKey(s); keyOfText.set(s, key); }
    const g = groups.get(key) ?? { key, type: null, cands: [] };
    g.cands.push(c);
    if (c.id) g.id = c.id;
    groups.set(key, g);
  }
  for (const g of groups.values()) g.type = vote(g);
  const merge = (from: Group, to: Group) => { if (from === to) return; for (const c of from.cands) to.cands.push(c); from.cands = []; if (from.id && !to.id) to.id = from.id; };
  personOf([...groups.values()], merge);
  mergeAcronyms([...groups.values()], merge, minor);
  const kept = [...groups.values()].filter((g) => g.cands.length && (g.type ?? fallback(g)));
  for (const g of kept) g.type ??= fallback(g);
  const entities = kept.filter((g) => g.cands.some((c) => !c.weak && (!c.initial || g.id || c.type))).map((g) => toEntity(text, g));
  attachTitles(text, entities, titles);
  return entities.sort((a, b) => b.count - a.count || a.mentions[0].start - b.mentions[0].start);
}

/** Gazetteer first, then the most frequent decided type. */
function vote(g: Group): NamedType | null {
  const n: Record<string, number> = {};
  for (const c of g.cands) if (c.type) n[c.type] = (n[c.type] ?? 0) + (c.id ? 100 : 1);
  const best = Object.entries(n).sort((a, b) => b[1] - a[1])[0];
  return (best?.[0] as NamedType) ?? null;
}

/** An undecided name: a single word that speaks is an institution or a company. */
function fallback(g: Group): NamedType | null {
  const live = g.cands.filter((c) => !c.initial);
  if (!live.length) return null;
  if (live.some((c) => c.speaks)) return 'organization';
  return null;
}

function toEntity(text: string, g: Group): Entity {
  const cands = inOrder(g.cands) ? g.cands : [...g.cands].sort((a, b) => a.start - b.start);
  const forms = new Map<string, { n: number; words: number; first: number }>();
  for (const c of cands) {
    if (c.byTitle) continue;
    const s = c.text;
    const f = forms.get(s) ?? { n: 0, words: c.words, first: c.start };
    f.n++;
    forms.set(s, f);
  }
  const ranked = [...forms.entries()].sort((a, b) => b[1].words - a[1].words || b[1].n - a[1].n || a[1].first - b[1].first);
  const name = ranked[0]?.[0] ?? g.id ?? text.slice(cands[0].start, cands[0].end);
  const aliases = new Set<string>();
  for (const [s] of ranked) if (s !== name) aliases.add(s);
  const roles = new Set<string>();
  for (const c of cands) {
    // titles start after their article (the scanner never includes it)
    if (c.alias) aliases.add(c.alias);
    if (c.role) roles.add(c.role);
  }
  aliases.delete(name);
  const e: Entity = {
    name, type: g.type as NamedType, value: null, count: cands.length, aliases: [...aliases],
    mentions: cands.map((c) => ({ text: c.text, start: c.start, end: c.end, sentence: c.sentence })),
  };
  if (g.type === 'person') e.roles = [...roles];
  return e;
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

function inOrder(cands: readonly Cand[]): boolean {
  for (let i = 1; i < cands.length; i++) if (cands[i].start < cands[i - 1].start) return false;
  return true;
}
