/**
 * `run(argv, io)`: the only place that touches streams, files and the environment. It never
 * exits the process: it returns the exit status (0 all read, 1 some input unreadable, 2 usage).
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FileError } from '../format/json.js';
import type { Command } from '../format/ndjson.js';
import { assembler } from './assemble.js';
import { colorLevel } from './color.js';
import { dispatch, type Item, type Outcome } from './dispatch.js';
import { CommanderError, program, type Format, type Options, type Parsed } from './options.js';
import { sink } from './output.js';
import { adaptive, inline } from './pool.js';
import { progress } from './progress.js';
import { items, totalBytes } from './sources.js';
import type { JobConfig, Result } from './tasks.js';
import { describeWriteError, writer } from './writer.js';

export interface Io {
  /** read only when an input is "-" (or none is given): bin/ passes a getter, as creating process.stdin costs milliseconds */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  /** aborted on Ctrl-C: the run stops, keeps its output to complete lines, and returns 130 */
  signal?: AbortSignal;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed: Parsed | null = null;
  const say = (s: string) => { io.stderr.write(s); };
  try {
    await program(version(), availableParallelism(), (s) => { io.stdout.write(s); }, say, (p) => { parsed = p; }).parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'extract.badDate' || err.code === 'extract.badJobs') say(err.message + '\n');
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    throw err;
  }
  if (!parsed) return 0;
  const { command, files, options } = parsed as Parsed;
  if (files.length === 0 && io.stdin.isTTY) {
    say(`extract: no input: give files, or pipe text into standard input (see extract ${command} --help)\n`);
    return 2;
  }
  try {
    return await process(command, files.length ? files : ['-'], options, io);
  } catch (err) {
    say(`extract: internal error: ${(err as Error).message}\n`);
    if (options.debug) say(`${(err as Error).stack}\n`);
    return 70;
  }
}

function chooseFormat(options: Options, io: Io): Format {
  if (options.format) return options.format;
  if (options.json) return 'json';
  return io.stdout.isTTY ? 'table' : 'json';
}

async function process(command: Command, files: string[], options: Options, io: Io): Promise<number> {
  const format = chooseFormat(options, io);
  const out = sink(io.stdout);
  const errors: FileError[] = [];
  const config: JobConfig = {
    command,
    format,
    lang: options.lang === 'auto' ? undefined : options.lang,
    date: options.date,
    fields: { text: options.textField, id: options.idField, date: options.dateField },
    colorLevel: colorLevel({ flag: options.color, env: io.env, isTTY: !!io.stdout.isTTY }),
    columns: io.stdout.columns || 80,
  };
  const bar = progress({
    stderr: io.stderr,
    enabled: !!io.stderr.isTTY && !options.quiet && !io.env.CI,
    total: await totalBytes(files),
  });
  const signal = io.signal;
  let failure: Result & { kind: 'failed' } | null = null;
  const stopped = () => !!signal?.aborted || out.closed || !!out.failure || !!failure;
  const interrupt = new Promise<void>((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
    out.onStop(resolve);
  });
  const write = await writer(config, options.input === 'jsonl', out);
  const assemble = assembler(config);
  const emit = async (item: Item, outcome: Outcome) => {
    if (outcome.kind === 'error' || outcome.kind === 'jsonl') {
      const notices = outcome.kind === 'error' ? [outcome] : outcome.errors.map((e) => ({ file: item.file, ...e }));
      for (const n of notices) {
        const where = n.line === undefined ? n.file : `${n.file}:${n.line}`;
        errors.push(n.line === undefined ? { file: n.file, message: n.message } : { file: n.file, line: n.line, message: n.message } as FileError);
        bar.say(`extract: ${where}: ${n.message}\n`);
      }
    }
    switch (outcome.kind) {
      case 'failed': failure = outcome; return;
      case 'text': await write.document(outcome.out, 1); break;
      case 'jsonl': await write.document(outcome.out, outcome.docs); break;
      case 'chunk':
        if (item.kind !== 'chunk') break;
        await write.document(assemble({ ...item, result: outcome.result }), item.last ? 1 : 0);
        break;
    }
    if (item.kind === 'error') return;
    const docs = outcome.kind === 'jsonl' ? outcome.docs : item.kind === 'chunk' && !item.last ? 0 : 1;
    bar.add(item.bytes, docs);
  };
  try {
    await dispatch(items(files, { input: options.input, recursive: !!options.recursive, stdin: () => io.stdin, config }), {
      runner: (many) => {
        const script = many && options.jobs > 1 ? workerScript() : null;
        return script ? adaptive(options.jobs, config, script) : inline(config);
      },
      window: Math.max(4, options.jobs * 4),
      emit,
      stopped,
      interrupt,
    });
  } finally {
    bar.done();
  }
  if (stopped() && files.includes('-')) (io.stdin as { destroy?: () => void }).destroy?.();
  if (failure) {
    const f = failure as Result & { kind: 'failed' };
    io.stderr.write(`extract: internal error: ${f.message}\n`);
    if (options.debug && f.stack) io.stderr.write(`${f.stack}\n`);
    return 70;
  }
  await write.close(errors);
  await out.end();
  if (signal?.aborted) return 130;
  if (out.closed) return 0;
  if (out.failure) {
    io.stderr.write(`extract: cannot write output: ${describeWriteError(out.failure)}\n`);
    return 1;
  }
  return errors.length ? 1 : 0;
}

/**
 * The worker threads' entry sits beside the built CLI script (dist/cli/worker.cjs). When this
 * module runs from its TypeScript source (tests calling run() in-process), the built one is used
 * if present; otherwise null, and everything runs inline.
 */
function workerScript(): URL | null {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./worker.cjs', here);
  const built = new URL('../../dist/cli/worker.cjs', here);
  return existsSync(built) ? built : null;
}
