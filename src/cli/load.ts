/**
 * The built CLI as bin/extract.js and the worker threads load it, once per thread.
 *
 * Node 20 has no compile cache for modules, and its ES module loader alone costs milliseconds of
 * every start. So the build writes the whole CLI (src/cli/script.ts with the analysis core,
 * commander, cli-table3 and chalk) as one plain script, dist/cli/extract.js, and a V8 code cache
 * of it taken after a warm-up run, dist/cli/extract.cache (scripts/build.mjs): from that cache,
 * V8 neither parses nor compiles the functions the warm-up ran. bin/extract.js is CommonJS, so
 * no ES module is loaded at all. A cache that V8 rejects (another Node version, other V8 flags)
 * is ignored, and the script compiles from its source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export type Cli = typeof import('./script.js');

/** dist/cli/extract.js and its cache, seen from this module built in dist/cli/ */
export const cliFiles = () => ({ script: new URL('./extract.js', import.meta.url), cache: new URL('./extract.cache', import.meta.url) });

/**
 * The script evaluates to a function of `require` and of its own URL (for `import.meta.url`),
 * which returns the exports of src/cli/script.ts.
 */
export function compileCli(file: URL, cachedData?: Buffer): { script: Script; cli: Cli } {
  // the build writes the script in ASCII: read as Latin-1, it is copied once, where UTF-8 decoding
  // took two more copies of it (fresh memory costs most of the time of reading a file)
  const script = new Script(readFileSync(file, 'latin1'), { filename: fileURLToPath(file), cachedData });
  const init = script.runInThisContext() as (require: NodeRequire, url: string) => Cli;
  return { script, cli: init(createRequire(file), file.href) };
}

export function loadCli(): Cli {
  const files = cliFiles();
  return compileCli(files.script, existsSync(files.cache) ? readFileSync(files.cache) : undefined).cli;
}
