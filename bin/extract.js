#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts it without its ES module loader (see src/cli/load.ts).
const { loadCli } = require('../dist/cli/load.cjs');

const { run, interruptSignal } = loadCli();
run(process.argv.slice(2), {
  get stdin() { return process.stdin; },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interruptSignal(process),
}).then((status) => {
  process.exitCode = status;
});
