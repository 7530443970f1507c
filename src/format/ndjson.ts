/** `--format ndjson`: one record per line, each with `file` and `lang` added. */
import type { FileResult } from './json.js';

export type Command = 'quotes' | 'entities';

/**
 * Each record on a line of its own, opening with the fields of `head` (which no record has): the
 * bytes of JSON.stringify({ ...head, ...record }), without a merged object per record. The head
 * is written once for the document, and each record's fields follow its opening brace.
 */
export function ndjsonRecords(head: object, records: readonly object[]): string {
  const open = JSON.stringify(head);
  const fields = open.length > 2 ? open.slice(0, -1) + ',' : '{';
  let out = '';
  for (const r of records) {
    const body = JSON.stringify(r);
    out += (body.length > 2 ? fields + body.slice(1) : open) + '\n';
  }
  return out;
}

export function ndjsonLines(doc: FileResult, command: Command): string {
  return ndjsonRecords({ file: doc.file, lang: doc.lang }, command === 'quotes' ? doc.quotes : doc.entities);
}
