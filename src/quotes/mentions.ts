/**
 * The entity mentions of a document, sorted once by offset, so that finding the entities behind a
 * speaker phrase is a binary search, not a scan of every mention for every quote.
 */
import type { Entity, Mention } from '../types.js';
import { isLetter } from './chars.js';
import type { QuotesPack, Sex } from './types.js';

export interface MentionIndex {
  /** mentions overlapping [start, end), each with its entity */
  overlapping(start: number, end: number): Array<{ m: Mention; ent: Entity }>;
  /** whether the entity's name is written in the document (a seat named from a title is not) */
  written(ent: Entity): boolean;
  /** the person named last before `pos` (within `window`) who carried a role starting with `title` */
  titled(title: string, pos: number, window: number): Entity | undefined;
  /** the sex of the person of that name, when the text tells it (a first name, Mme, Mr), else null */
  sex(name: string): Sex | null;
}

const MARKS = /\p{M}/gu;
const NOT_ASCII = /[^\0-\x7f]/;
/** Case and accents dropped; an ASCII string (most names) has no accent to drop. */
const key = (s: string) => (NOT_ASCII.test(s) ? s.normalize('NFD').replace(MARKS, '') : s).toLowerCase();
const starts = (role: string, title: string) => role === title || role.startsWith(title + ' ');

/** The word of at most four letters right before `at` in the text, past spaces and a dot (`Mme `, `Mr. `), lowercase. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (e === at) return '';
  if (e > 0 && text.charCodeAt(e - 1) === 46) e--;
  let s = e;
  while (s > 0 && e - s <= 4 && isLetter(text.charCodeAt(s - 1))) s--;
  return s < e && e - s <= 4 ? text.slice(s, e).toLowerCase() : '';
}

/**
 * The sex of a person: told by a title of courtesy before one of its mentions, else by the first
 * word of a mention of two words or more, when that is a first name with a sex.
 */
function sexOf(ent: Entity, text: string, pack: QuotesPack): Sex | null {
  for (const m of ent.mentions) {
    const h = wordBefore(text, m.start);
    if (pack.sets.feminineHonorifics.has(h)) return 'f';
    if (pack.sets.masculineHonorifics.has(h)) return 'm';
  }
  for (const m of ent.mentions) {
    const space = m.text.indexOf(' ');
    if (space < 0) continue;
    const s = pack.firstNameSex(key(m.text.slice(0, space)));
    if (s) return s;
  }
  return null;
}

/** The index is built on first use: a document without quotes never pays for it. */
export function indexMentions(entities: readonly Entity[], text: string, pack: QuotesPack): MentionIndex {
  let all: Array<{ m: Mention; ent: Entity }> | null = null;
  let longest = 0;
  const build = () => {
    const out: Array<{ m: Mention; ent: Entity }> = [];
    for (const ent of entities) {
      if (ent.type === 'date') continue;
      for (const m of ent.mentions) {
        out.push({ m, ent });
        longest = Math.max(longest, m.end - m.start);
      }
    }
    return out.sort((x, y) => x.m.start - y.m.start);
  };
  const seen = new Map<Entity, boolean>();
  const sexes = new Map<string, Sex | null>();
  const roles = new Map<Entity, string[]>();
  const rolesOf = (ent: Entity) => {
    let r = roles.get(ent);
    if (!r) { r = [...(ent.roles ?? []), ...ent.aliases].map(key); roles.set(ent, r); }
    return r;
  };
  return {
    titled(title, pos, window) {
      const t = key(title);
      let best: Entity | undefined;
      for (const { m, ent } of this.overlapping(Math.max(0, pos - window), pos)) {
        if (ent.type === 'person' && m.end <= pos && rolesOf(ent).some((r) => starts(r, t))) best = ent;
      }
      return best;
    },
    written(ent) {
      let w = seen.get(ent);
      if (w === undefined) {
        // a mention spelt as the name needs no key
        const k = ent.mentions.some((m) => m.text === ent.name) ? null : key(ent.name);
        w = k === null || ent.mentions.some((m) => key(m.text) === k);
        seen.set(ent, w);
      }
      return w;
    },
    sex(name) {
      let s = sexes.get(name);
      if (s === undefined) {
        const ent = entities.find((e) => e.type === 'person' && e.name === name);
        sexes.set(name, (s = ent ? sexOf(ent, text, pack) : null));
      }
      return s;
    },
    overlapping(start, end) {
      all ??= build();
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid].m.start < start - longest) lo = mid + 1;
        else hi = mid;
      }
      const out: Array<{ m: Mention; ent: Entity }> = [];
      for (let i = lo; i < all.length && all[i].m.start < end; i++) if (all[i].m.end > start) out.push(all[i]);
      return out;
    },
  };
}
