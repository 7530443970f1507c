/**
 * The analysis core (src/index.ts) as the CLI loads it, once per thread.
 *
 * Node 20 has no compile cache for modules, and compiling the 450 KB core (code and vocabulary)
 * took a tenth of a start-up. So the build also writes the core as one plain script, dist/core.js,
 * and a V8 code cache of it taken after a warm-up run, dist/core.cache (scripts/build.mjs): from
 * that cache, V8 neither parses nor compiles the functions the warm-up ran. A cache that V8
 * rejects (another Node version, other V8 flags) is ignored, and the script compiles from its
 * source. Without the script (running from the TypeScript source, in tests), the core is
 * imported as a module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export type Core = typeof import('../index.js');

/** dist/core.js and its cache, seen from this module built in dist/cli/ */
export const coreFiles = () => ({ script: new URL('../core.js', import.meta.url), cache: new URL('../core.cache', import.meta.url) });

/**
 * The script evaluates to a function of `require` and of its own URL (for `import.meta.url`),
 * which returns the exports of src/index.ts.
 */
export function compileCore(file: URL, cachedData?: Buffer): { script: Script; core: Core } {
  const script = new Script(readFileSync(file, 'utf8'), { filename: fileURLToPath(file), cachedData });
  const init = script.runInThisContext() as (require: NodeRequire, url: string) => Core;
  return { script, core: init(createRequire(file), file.href) };
}

export async function loadCore(): Promise<Core> {
  const files = coreFiles();
  if (!existsSync(files.script)) return import('../index.js');
  return compileCore(files.script, existsSync(files.cache) ? readFileSync(files.cache) : undefined).core;
}
