/**
 * Running one task: the same code in a worker thread and inline (--jobs 1), which is what makes
 * the output of `--jobs N` byte-identical to `--jobs 1`.
 */
import { analyze } from '../index.js';
import type { AnalyzeOptions } from '../types.js';
import { parseArticle } from './article.js';
import { render } from './render.js';
import type { JobConfig, LineError, Result, Task } from './tasks.js';

/** Output goes to the main thread as UTF-8 bytes over an ArrayBuffer of their own, moved, not copied. */
const utf8 = new TextEncoder();

function options(config: JobConfig, date: string | undefined): AnalyzeOptions {
  return { lang: config.lang, date, quotes: config.command === 'quotes', entities: config.command === 'entities' };
}

/**
 * The output of a batch, gathered as UTF-8 bytes document by document. Kept as one string until
 * the batch was done, it outlived several young-generation collections, each copying it again,
 * and was then promoted to the old generation: now each document's text dies young.
 */
function bytesOut() {
  let buf = new Uint8Array(64 * 1024);
  let at = 0;
  return {
    add(s: string) {
      const most = s.length * 3; // bytes in UTF-8 for each UTF-16 unit, at most
      if (buf.length - at < most) {
        const bigger = new Uint8Array(Math.max(2 * buf.length, at + most));
        bigger.set(buf.subarray(0, at));
        buf = bigger;
      }
      at += utf8.encodeInto(s, buf.subarray(at)).written;
    },
    /** a view of the bytes written, over an ArrayBuffer of its own */
    bytes: () => buf.subarray(0, at),
  };
}

function runLines(task: Extract<Task, { kind: 'jsonl' }>, config: JobConfig): Result {
  const data = Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength);
  const out = bytesOut();
  let docs = 0;
  const errors: LineError[] = [];
  // one line decoded at a time, so that it too dies with its document
  for (let from = 0, line = task.line; from < data.length; line++) {
    let to = data.indexOf(0x0a, from);
    if (to === -1) to = data.length;
    // Buffer's UTF-8 decoder is several times faster than TextDecoder's on Node 20
    let raw = data.toString('utf8', from, to);
    from = to + 1;
    if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    const article = parseArticle(raw, config.fields);
    if (article === null) continue;
    if ('error' in article) {
      errors.push({ line, message: article.error });
      continue;
    }
    const result = analyze(article.text, options(config, article.date ?? config.date));
    out.add(render(task.file, result, { line, id: article.id }, config));
    docs++;
  }
  return { kind: 'jsonl', out: out.bytes(), docs, errors };
}

export function runTask(task: Task, config: JobConfig): Result {
  try {
    switch (task.kind) {
      case 'text':
        return { kind: 'text', out: utf8.encode(render(task.file, analyze(task.text, options(config, config.date)), null, config)) };
      case 'jsonl':
        return runLines(task, config);
      case 'chunk': {
        const result = analyze(task.text, { ...options(config, task.date ?? config.date), lang: task.lang });
        return { kind: 'chunk', result };
      }
    }
  } catch (err) {
    return { kind: 'failed', message: (err as Error).message, stack: (err as Error).stack };
  }
}
