/** Worker thread entry (dist/cli/worker.cjs): the same script as the main thread, from the same code cache. */
import { loadCli } from './load.js';

void loadCli().serve();
