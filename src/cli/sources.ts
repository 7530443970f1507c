/**
 * The inputs named on the command line → the items of work, in a stable order: files as given
 * or found by walk.ts, JSONL streamed in batches of whole lines, huge texts cut into pieces.
 */
import { createReadStream } from 'node:fs';
import { decode } from '../text/decode.js';
import { LARGE, pieces } from './chunks.js';
import type { Item } from './dispatch.js';
import { readFile, stat } from './fs.js';
import { errorMessage, readStream } from './io.js';
import { expand } from './walk.js';
import type { JobConfig } from './tasks.js';

/** JSONL lines are sent to the workers in batches of about this many bytes. */
export const BATCH = 256 * 1024;

export interface SourceOptions {
  input: 'text' | 'jsonl';
  recursive: boolean;
  /** standard input, created on demand */
  stdin: () => NodeJS.ReadableStream;
  config: JobConfig;
}

/** A JSONL file or stdin → batches of whole lines, each with the number of its first line. */
async function* jsonlItems(file: string, stdin: () => NodeJS.ReadableStream): AsyncGenerator<Item> {
  const stream = file === '-' ? stdin() : createReadStream(file, { highWaterMark: 1024 * 1024 });
  let line = 1;
  let rest: Buffer[] = [];
  let restLength = 0;
  const batch = (data: Uint8Array): Item => {
    const item: Item = { kind: 'jsonl', file, line, data, bytes: data.byteLength };
    const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) line++;
    return item;
  };
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      let from = 0;
      while (from < buf.length) {
        if (restLength + buf.length - from < BATCH) {
          rest.push(buf.subarray(from));
          restLength += buf.length - from;
          break;
        }
        // the last line end before the batch is full, else the first one after
        const full = from + Math.max(0, BATCH - restLength);
        let nl = buf.lastIndexOf(0x0a, Math.min(full, buf.length - 1));
        if (nl < from) nl = buf.indexOf(0x0a, full);
        if (nl === -1) {
          rest.push(buf.subarray(from));
          restLength += buf.length - from;
          break;
        }
        const data = new Uint8Array(restLength + nl + 1 - from);
        let at = 0;
        for (const r of rest) { data.set(r, at); at += r.length; }
        data.set(buf.subarray(from, nl + 1), at);
        rest = [];
        restLength = 0;
        from = nl + 1;
        yield batch(data);
      }
    }
    if (restLength) yield batch(new Uint8Array(Buffer.concat(rest)));
  } catch (err) {
    yield { kind: 'error', file, message: errorMessage(err) };
  } finally {
    if (file !== '-') (stream as ReturnType<typeof createReadStream>).destroy();
  }
}

/** A plain-text file or stdin → one document, or the pieces of a huge one. */
async function* textItems(file: string, stdin: () => NodeJS.ReadableStream, config: JobConfig): AsyncGenerator<Item> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStream(stdin()) : await readFile(file);
  } catch (err) {
    yield { kind: 'error', file, message: errorMessage(err) };
    return;
  }
  try {
    if (bytes.length <= LARGE) {
      yield { kind: 'text', file, text: decode(bytes), bytes: bytes.length };
      return;
    }
    let context: { lang: JobConfig['lang'] & string; date: string | null } | null = null;
    let offset = 0;
    let index = 0;
    let held: Item | null = null;
    for (const piece of pieces(bytes)) {
      if (!context) {
        // the language and the dateline are read once, at the top of the text
        const { analyze } = await import('../index.js');
        const head = analyze(piece.text.slice(0, 64 * 1024), { lang: config.lang, date: config.date, quotes: false, entities: false });
        context = { lang: head.lang, date: head.date };
      }
      if (held) yield held;
      held = { kind: 'chunk', file, text: piece.text, bytes: piece.bytes, lang: context.lang, date: context.date, offset, index: index++, last: false };
      offset += piece.text.length;
    }
    if (held && held.kind === 'chunk') yield { ...held, last: true };
  } catch (err) {
    yield { kind: 'error', file, message: errorMessage(err) };
  }
}

export async function* items(args: string[], o: SourceOptions): AsyncGenerator<Item> {
  for (const arg of args) {
    for await (const entry of expand(arg, o.recursive)) {
      if (typeof entry !== 'string') yield entry;
      else if (o.input === 'jsonl') yield* jsonlItems(entry, o.stdin);
      else yield* textItems(entry, o.stdin, o.config);
    }
  }
}

/** Sizes of the named regular files, for the time left; null when unknown (stdin, directories). */
export async function totalBytes(args: string[]): Promise<number | null> {
  let total = 0;
  for (const arg of args) {
    if (arg === '-') return null;
    try {
      const s = await stat(arg);
      if (!s.isFile()) return null;
      total += s.size;
    } catch {
      /* reported when read */
    }
  }
  return total;
}
