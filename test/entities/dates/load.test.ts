import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// chrono-node costs tens of milliseconds to load: only `extract entities` may pay for it, and only
// when a text holds a phrase it is used for. Checked in a fresh process, on the built code.
const dist = fileURLToPath(new URL('../../../dist/index.js', import.meta.url));

function chronoLoaded(text: string, entities: boolean): boolean {
  const script = `
    import { createRequire } from 'node:module';
    const { analyze } = await import(${JSON.stringify(dist)});
    analyze(${JSON.stringify(text)}, { lang: 'fr', date: '2012-07-04', entities: ${entities} });
    const cache = createRequire(import.meta.url).cache;
    console.log(Object.keys(cache).some((k) => k.includes('chrono-node')));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim() === 'true';
}

test('quotes only: chrono-node is never loaded', () => {
  expect(chronoLoaded('Il y a trois jours, la police a arrêté un suspect.', false)).toBe(false);
});

test('entities: chrono-node is loaded for "il y a trois jours", not for plain dates', () => {
  expect(chronoLoaded('Le sommet a eu lieu le 9 novembre 2012.', true)).toBe(false);
  expect(chronoLoaded('Il y a trois jours, la police a arrêté un suspect.', true)).toBe(true);
});
