// The CLI loads the analysis core from dist/core.js, compiled with the V8 code cache the build
// took (src/cli/core.ts). A rejected cache would only cost start-up time, silently: checked here,
// with the results of the built script against those of the source.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { compileCore } from '../../src/cli/core.js';
import { analyze } from '../../src/index.js';

const dist = new URL('../../dist/', import.meta.url);

test('the built core compiles from its cache and analyzes as the source does', () => {
  const { script, core } = compileCore(new URL('core.js', dist), readFileSync(new URL('core.cache', dist)));
  expect(script.cachedDataRejected).toBe(false);
  for (const name of ['fr/diplomatie.txt', 'en/election.txt']) {
    const text = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
    expect(core.analyze(text)).toEqual(analyze(text));
  }
});
