// bin/extract.js runs the CLI from dist/cli/extract.js, compiled with the V8 code cache the build
// took (src/cli/load.ts). A rejected cache would only cost start-up time, silently: checked here,
// with the output of the built script against that of the source.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// Node's modules that the start-up of a run on a file must not load: commander's child_process,
// fs/promises (with readline and watchers), the worker threads, and standard input (a pipe here,
// which would load net; output goes to /dev/null, a file).
test('bin/extract.js on a file loads no Node module it does not need', () => {
  const entry = fileURLToPath(new URL('../../bin/extract.js', import.meta.url));
  const seed = fileURLToPath(new URL('../../seeds/000_c58905612c727a33.txt', import.meta.url));
  const list = join(mkdtempSync(join(tmpdir(), 'extract-load-')), 'modules.json');
  // node -e leaves no script name in process.argv: the one bin/ skips is put back
  const script = `process.argv.splice(1, 0, ${JSON.stringify(entry)});
    process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));
    require(${JSON.stringify(entry)});`;
  const r = spawnSync(process.execPath, ['-e', script, 'quotes', seed, '--format', 'json'], { stdio: ['pipe', 'ignore', 'ignore'] });
  expect(r.status).toBe(0);
  const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
  expect(loaded).toContain('NativeModule vm');
  for (const name of ['child_process', 'net', 'fs/promises', 'worker_threads']) expect(loaded).not.toContain(`NativeModule ${name}`);
});
