/**
 * Running one task: the same code in a worker thread and inline (--jobs 1), which is what makes
 * the output of `--jobs N` byte-identical to `--jobs 1`.
 */
import { analyze } from '../index.js';
import type { AnalyzeOptions } from '../types.js';
import { parseArticle } from './article.js';
import { render } from './render.js';
import type { JobConfig, LineError, Result, Task } from './tasks.js';

/** Encodes into a new ArrayBuffer of its own, as a transfer to the main thread needs. */
const utf8 = new TextEncoder();

function options(config: JobConfig, date: string | undefined): AnalyzeOptions {
  return { lang: config.lang, date, quotes: config.command === 'quotes', entities: config.command === 'entities' };
}

function runLines(task: Extract<Task, { kind: 'jsonl' }>, config: JobConfig): Result {
  // Buffer's UTF-8 decoder is several times faster than TextDecoder's on Node 20
  const lines = Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength).toString('utf8').split('\n');
  if (task.line === 1 && lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  if (lines[lines.length - 1] === '') lines.pop();
  let out = '';
  let docs = 0;
  const errors: LineError[] = [];
  lines.forEach((raw, i) => {
    const line = task.line + i;
    const article = parseArticle(raw, config.fields);
    if (article === null) return;
    if ('error' in article) {
      errors.push({ line, message: article.error });
      return;
    }
    const result = analyze(article.text, options(config, article.date ?? config.date));
    out += render(task.file, result, { line, id: article.id }, config);
    docs++;
  });
  return { kind: 'jsonl', out: utf8.encode(out), docs, errors };
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
