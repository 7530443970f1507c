/** `--format csv`: RFC 4180, one header line, then one row per quote or entity. */
import type { FileResult } from './json.js';
import type { Command } from './ndjson.js';

const QUOTE_COLS = ['file', 'lang', 'sentence', 'start', 'end', 'kind', 'speaker', 'speakerType', 'cue', 'via', 'text'] as const;
const ENTITY_COLS = ['file', 'lang', 'type', 'name', 'value', 'count', 'aliases'] as const;

/** One CSV cell: lists joined by |, objects (a JSONL id may be one) as JSON, quoted when needed. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join('|') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(command: Command): string {
  return (command === 'quotes' ? QUOTE_COLS : ENTITY_COLS).join(',') + '\r\n';
}

export function csvRows(doc: FileResult, command: Command): string {
  const cols: readonly string[] = command === 'quotes' ? QUOTE_COLS : ENTITY_COLS;
  const records: object[] = command === 'quotes' ? doc.quotes : doc.entities;
  let out = '';
  for (const r of records) {
    const row = { file: doc.file, lang: doc.lang, ...r } as Record<string, unknown>;
    out += cols.map((c) => cell(row[c])).join(',') + '\r\n';
  }
  return out;
}
