// bin/extract.js runs the CLI from dist/cli/extract.js, compiled with the V8 code cache the build
// took (src/cli/load.ts). A rejected cache would only cost start-up time, silently: checked here,
// with the output of the built script against that of the source.
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { compileCli } from '../../src/cli/load.js';
import { run } from '../../src/cli/main.js';

const dist = new URL('../../dist/cli/', import.meta.url);

async function output(runner: typeof run, args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  const exit = await runner(args, { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: {} });
  expect(exit).toBe(0);
  return out;
}

test('the built CLI compiles from its cache and prints what the source prints', async () => {
  const { script, cli } = compileCli(new URL('extract.js', dist), readFileSync(new URL('extract.cache', dist)));
  expect(script.cachedDataRejected).toBe(false);
  const files = ['fr/diplomatie.txt', 'en/election.txt'].map((name) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
  for (const command of ['quotes', 'entities']) {
    const args = [command, ...files, '--format', 'json', '--jobs', '1'];
    expect(await output(cli.run, args)).toBe(await output(run, args));
  }
});
