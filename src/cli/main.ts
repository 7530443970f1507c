/**
 * `run(argv, io)`: the only place that touches streams, files and the environment. It never
 * exits the process: it returns the exit status (0 all read, 1 some input unreadable, 2 usage).
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { analyze } from '../index.js';
import { csvHeader, csvRows } from '../format/csv.js';
import { jsonClose, jsonDocument, jsonOpen, type FileError, type FileResult } from '../format/json.js';
import { ndjsonLines, type Command } from '../format/ndjson.js';
import { colorLevel } from './color.js';
import { readInput } from './io.js';
import { program, type Format, type Options, type Parsed } from './options.js';
import { sink, type Sink } from './output.js';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed: Parsed | null = null;
  const say = (s: string) => { io.stderr.write(s); };
  try {
    await program(version(), (s) => { io.stdout.write(s); }, say, (p) => { parsed = p; }).parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'extract.badDate') say(err.message + '\n');
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
  const lang = options.lang === 'auto' ? undefined : options.lang;
  const write = await writer(format, command, options, io, out);
  for (const file of files) {
    if (out.closed || out.failure) break;
    const input = await readInput(file, io.stdin);
    if ('error' in input) {
      errors.push({ file, message: input.error });
      io.stderr.write(`extract: ${file}: ${input.error}\n`);
      continue;
    }
    const result = analyze(input.text, { lang, date: options.date, quotes: command === 'quotes', entities: command === 'entities' });
    await write.document({ file, ...result });
  }
  await write.close(errors);
  await out.end();
  if (out.closed) return 0;
  if (out.failure) {
    io.stderr.write(`extract: cannot write output: ${(out.failure as NodeJS.ErrnoException).code ?? out.failure.message}\n`);
    return 1;
  }
  return errors.length ? 1 : 0;
}

interface Writer {
  document(doc: FileResult): Promise<void>;
  close(errors: FileError[]): Promise<void>;
}

async function writer(format: Format, command: Command, options: Options, io: Io, out: Sink): Promise<Writer> {
  switch (format) {
    case 'json': {
      let first = true;
      await out.write(jsonOpen);
      return {
        document: async (doc) => { await out.write(jsonDocument(doc, first)); first = false; },
        close: async (errors) => { await out.write(jsonClose(errors, !first)); },
      };
    }
    case 'ndjson':
      return { document: (doc) => out.write(ndjsonLines(doc, command)), close: async () => {} };
    case 'csv':
      await out.write(csvHeader(command));
      return { document: (doc) => out.write(csvRows(doc, command)), close: async () => {} };
    case 'table': {
      const { table } = await import('../format/table.js');
      const level = colorLevel({ flag: options.color, env: io.env, isTTY: !!io.stdout.isTTY });
      const columns = io.stdout.columns || 80;
      return { document: (doc) => out.write(table(doc, command, level, columns)), close: async () => {} };
    }
  }
}
