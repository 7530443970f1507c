/**
 * Resolved mentions to entities: one per value (one per wording when there is no value), named
 * by the fullest wording, the other wordings as aliases, mentions in text order.
 */
import type { Entity, Mention } from '../../types.js';

export interface Found {
  mention: Mention;
  value: string | null;
}

/** A wording with digits ("10 janvier") names a date better than one without ("la veille"). */
function fuller(a: string, b: string): boolean {
  const da = /\d/.test(a), db = /\d/.test(b);
  return da !== db ? da : a.length > b.length;
}

export function group(found: readonly Found[]): Entity[] {
  const byKey = new Map<string, Found[]>();
  for (const f of found) {
    const key = f.value ?? '?' + f.mention.text.toLowerCase().replace(/\s+/g, ' ');
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  return [...byKey.values()].map((list) => {
    const texts = [...new Set(list.map((f) => f.mention.text.replace(/\s+/g, ' ')))];
    const name = texts.reduce((a, b) => (fuller(b, a) ? b : a));
    return {
      name,
      type: 'date' as const,
      value: list[0].value,
      count: list.length,
      aliases: texts.filter((t) => t !== name),
      mentions: list.map((f) => f.mention),
    };
  });
}
