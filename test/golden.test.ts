/**
 * Golden outputs of the sample articles in fixtures/fr and fixtures/en (written for the tests,
 * never seen when the rules were tuned): who said what, and which entities. A change in the rules
 * shows here as a diff to review like code (`vitest -u` to accept it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

const dir = (lang: string) => new URL(`../fixtures/${lang}/`, import.meta.url);
const files = ['fr', 'en'].flatMap((lang) => readdirSync(dir(lang)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ lang, f })));

describe.each(files)('$lang/$f', ({ lang, f }) => {
  const { quotes, entities } = analyze(readFileSync(new URL(f, dir(lang)), 'utf8'));

  test('quotes', async () => {
    const lines = quotes.map((q) => [q.kind, q.speaker, q.cue, q.via, q.text].join(' | '));
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(`./__golden__/${lang}-${f.replace(/\.txt$/, '')}.quotes.txt`);
  });

  test('entities', async () => {
    const lines = entities.map((e) => [e.type, e.name, e.value, e.aliases.join(', ')].join(' | '));
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(`./__golden__/${lang}-${f.replace(/\.txt$/, '')}.entities.txt`);
  });
});
