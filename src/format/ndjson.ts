/** `--format ndjson`: one record per line, each with `file` and `lang` added. */
import type { FileResult } from './json.js';

export type Command = 'quotes' | 'entities';

export function ndjsonLines(doc: FileResult, command: Command): string {
  const records = command === 'quotes' ? doc.quotes : doc.entities;
  let out = '';
  for (const r of records) out += JSON.stringify({ file: doc.file, lang: doc.lang, ...r }) + '\n';
  return out;
}
