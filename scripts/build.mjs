// Build dist/: type-check with tsc, then bundle with esbuild.
//
// The CLI is one plain script, dist/cli/extract.js (src/cli/script.ts with the analysis core and
// the npm packages it uses), which evaluates to a function of `require` and of its own URL; it is
// loaded with a V8 code cache of it, dist/cli/extract.cache, taken here after a warm-up run (see
// src/cli/load.ts). Its loader and the worker threads' entry are CommonJS files beside it.
// dist/index.js is the library, src/index.ts as an ES module, npm packages external.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough, Readable } from 'node:stream';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.json', '--noEmit'], { cwd: root, stdio: 'inherit' });
rmSync(new URL('dist', root), { recursive: true, force: true });
const common = { absWorkingDir: root.pathname, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', format: 'esm', packages: 'external' });
// commander requires node:child_process at load, for the executable subcommands this CLI does not
// have; loading it (with net, dgram and streams) took milliseconds of every start: its one call is
// deferred until used
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[/\\]commander[/\\]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: 'exports.spawn = (...args) => require("node:child_process").spawn(...args);', loader: 'js' }));
  },
};
await build({
  ...common,
  entryPoints: ['src/cli/script.ts'],
  plugins: [lazyChildProcess],
  // without the comments and indentation of the packages (commander's JSDoc alone was 60 KB), the
  // script is a quarter smaller to read at every start; names are kept, for stack traces
  minifyWhitespace: true,
  minifySyntax: true,
  outfile: 'dist/cli/extract.js',
  format: 'cjs',
  define: { 'import.meta.url': 'moduleUrl' },
  banner: { js: '(function (require, moduleUrl) {\n"use strict";\nconst module = { exports: {} };' },
  footer: { js: 'return module.exports;\n})' },
});
// CommonJS files know their URL by their __filename
for (const name of ['load', 'worker']) {
  await build({
    ...common,
    entryPoints: [`src/cli/${name}.ts`],
    outfile: `dist/cli/${name}.cjs`,
    format: 'cjs',
    packages: 'external',
    define: { 'import.meta.url': 'fileUrl' },
    banner: { js: 'const fileUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
}

const { compileCli, cliFiles } = createRequire(import.meta.url)('../dist/cli/load.cjs');
const files = cliFiles();
// esbuild's ASCII output leaves regular expressions as written: escaped too, the script is ASCII,
// which src/cli/load.ts reads as Latin-1 into a one-byte string
writeFileSync(files.script, readFileSync(files.script, 'utf8').replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

// The warm-up: both commands over the fixtures, inline, as JSON. What it runs is in the cache.
const { script, cli } = compileCli(files.script);
const fixtures = ['fixtures/fr/', 'fixtures/en/'].flatMap((dir) => readdirSync(new URL(dir, root)).filter((n) => n.endsWith('.txt')).map((n) => new URL(dir + n, root).pathname));
for (const command of ['quotes', 'entities']) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.resume();
  stderr.resume();
  const status = await cli.run([command, ...fixtures, '--format', 'json', '--jobs', '1'], { stdin: Readable.from([]), stdout, stderr, env: {} });
  if (status !== 0) throw new Error(`build: the warm-up run of ${command} exited ${status}`);
}
writeFileSync(files.cache, script.createCachedData());
