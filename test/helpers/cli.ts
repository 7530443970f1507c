/** Run the CLI in-process with fake streams, or as a real process with the built binary. */
import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import { root } from './corpus.js';

export interface Case {
  args: string[];
  stdin?: string;
  isTTY?: boolean;
  env?: Record<string, string>;
}

export async function runCli({ args, stdin, isTTY = false, env = {} }: Case) {
  const input = Object.assign(Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]), { isTTY: stdin === undefined && isTTY });
  const stdout = Object.assign(new PassThrough(), { isTTY, columns: 80 });
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const exit = await run(args, { stdin: input, stdout, stderr, env });
  return { exit, stdout: out, stderr: err };
}

export function spawnCli(args: string[], options: { input?: string; env?: Record<string, string>; shell?: string } = {}) {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  if (options.shell) {
    const r = spawnSync('bash', ['-c', options.shell], { cwd: root, env, encoding: 'utf8' });
    return { exit: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const r = spawnSync(process.execPath, ['bin/extract.js', ...args], { cwd: root, env, input: options.input, encoding: 'utf8' });
  return { exit: r.status, stdout: r.stdout, stderr: r.stderr };
}
