#!/usr/bin/env node
import { run } from '../dist/cli/main.js';
import { interruptSignal } from '../dist/cli/signals.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interruptSignal(process),
});
