/**
 * What the built CLI script (dist/cli/extract.js, see load.ts) gives its two users: bin/extract.js
 * and the worker threads. A thread's work and the analysis core are imported on demand: the
 * bundle evaluates them on first use only, so neither `--help` nor the main thread of a run on
 * workers builds the language data.
 */
export { run } from './main.js';
export { interruptSignal } from './signals.js';

export async function serve(): Promise<void> {
  await (await import('./serve.js')).serve();
}
