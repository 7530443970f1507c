/** The sample texts every invariant runs over: fixtures/ and seeds/ (read-only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
  });
}

export const samples: Array<{ name: string; text: string }> = ['fixtures', 'seeds']
  .flatMap((d) => walk(join(ROOT, d)))
  .map((p) => ({ name: p.slice(ROOT.length), text: readFileSync(p, 'utf8') }));

export const root = ROOT;
