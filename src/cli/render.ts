/**
 * One analyzed document → the text to write for it, in the chosen format. Runs in the workers,
 * so that formatting is spread over the cores too. For `json`, each document comes with its
 * leading comma; the writer drops the comma of the very first one.
 */
import { cell, csvHeader, csvRows } from '../format/csv.js';
import { jsonDocument, type FileResult } from '../format/json.js';
import { ndjsonLines, ndjsonRecords } from '../format/ndjson.js';
import type { DocumentResult } from '../types.js';
import type { JobConfig } from './tasks.js';

/** Where a JSONL article came from: its line and its own id. */
export interface Origin {
  line: number;
  id: unknown;
}

type Table = typeof import('../format/table.js').table;
let tableFn: Table | null = null;

/** The table formatter is loaded on demand (cli-table3 is not needed for data formats). */
export async function prepare(config: JobConfig): Promise<void> {
  if (config.format === 'table' && !tableFn) tableFn = (await import('../format/table.js')).table;
}

/** CSV header for JSONL input: `line` and `id` after `file`. */
export function csvJsonlHeader(config: JobConfig): string {
  return csvHeader(config.command).replace(/^file,/, 'file,line,id,');
}

export function render(file: string, result: DocumentResult, origin: Origin | null, config: JobConfig): string {
  const { command } = config;
  const doc: FileResult = { file, ...result };
  if (!origin) {
    switch (config.format) {
      case 'json': return jsonDocument(doc, false);
      case 'ndjson': return ndjsonLines(doc, command);
      case 'csv': return csvRows(doc, command);
      case 'table': return tableFn!(doc, command, config.colorLevel, config.columns);
    }
  }
  const { line, id } = origin;
  const records: object[] = command === 'quotes' ? result.quotes : result.entities;
  switch (config.format) {
    case 'json': return jsonDocument({ file, line, id, ...result } as FileResult, false);
    case 'ndjson': return ndjsonRecords({ file, line, id, lang: result.lang }, records);
    case 'csv': {
      const cols = csvJsonlHeader(config).trimEnd().split(',');
      let out = '';
      for (const r of records) {
        const row = { file, line, id, lang: result.lang, ...r } as Record<string, unknown>;
        out += cols.map((c) => cell(row[c])).join(',') + '\r\n';
      }
      return out;
    }
    case 'table': {
      const label = `${file}:${line}${id === null || id === undefined ? '' : ` ${typeof id === 'string' ? id : JSON.stringify(id)}`}`;
      return tableFn!({ ...doc, file: label }, command, config.colorLevel, config.columns);
    }
  }
}
