/** Helpers for the corpus-scale CLI tests: fake streams for run(), and the built binary. */
import { spawn, type SpawnOptions } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/extract.js', import.meta.url));

class Collect extends Writable {
  text = '';
  isTTY = false;
  _write(chunk: Buffer | string, _enc: string, done: () => void) { this.text += chunk.toString(); done(); }
}

export interface RunResult { status: number; stdout: string; stderr: string }

/** run() in-process with fake streams. */
export async function runWith(args: string[], opts: { stdin?: string; stderrTTY?: boolean; signal?: AbortSignal } = {}): Promise<RunResult> {
  const stdin = Object.assign(Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]), { isTTY: opts.stdin === undefined });
  const stdout = new Collect();
  const stderr = new Collect();
  stderr.isTTY = !!opts.stderrTTY;
  const status = await run(args, { stdin, stdout, stderr, env: {}, signal: opts.signal });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** The built binary in a real process. */
export function spawnBin(args: string[], opts: SpawnOptions & { input?: string | Buffer } = {}): Promise<RunResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, ...opts, env: { ...process.env, CI: '', ...opts.env } });
    let stdout = '';
    let stderr = '';
    // decoded as a stream: a character may straddle two chunks
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (d) => { stdout += d; });
    child.stderr?.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status: status ?? -1, signal, stdout, stderr }));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** A JSONL corpus of `n` small articles, French and English, with ids and dates. */
export function jsonl(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % 2
      ? `« Nous restons vigilants », a précisé le préfet, Marc Delorme${i}, jeudi.\n\nLa séance a duré ${i} heures.`
      : `"This is the biggest investment in a generation," Mayor Kate Snyder${i} said on Monday.\n\nThe vote was ${i} to 2.`;
    lines.push(JSON.stringify({ id: `a${i}`, text, date: `2021-01-${String(1 + (i % 28)).padStart(2, '0')}` }));
  }
  return lines.join('\n') + '\n';
}
