/**
 * One JSONL line → one article `{ text, id, date }`, or the reason it cannot be read.
 * Blank lines are skipped without a word (a trailing newline, a hand-edited file).
 */
export interface Article {
  text: string;
  id: unknown;
  date: string | undefined;
}

export interface Fields {
  text: string;
  id: string;
  date: string;
}

const ISO = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])/;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})T/;

/** "2021-01-10", "2021-01", "2021" or a timestamp "2021-01-10T08:00:00Z" (the day is kept). */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DAY.exec(value) ?? ISO.exec(value);
  return m && !Number.isNaN(Date.parse(m[1])) ? m[1] : undefined;
}

function oneLine(message: string): string {
  const s = message.replace(/\s+/g, ' ').trim();
  return s.length > 160 ? s.slice(0, 157) + '...' : s;
}

export function parseArticle(raw: string, fields: Fields): Article | { error: string } | null {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not valid JSON: ${oneLine((err as Error).message)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const text = record[fields.text];
  if (typeof text !== 'string') return { error: `no "${fields.text}" field holding a string` };
  return { text, id: record[fields.id] ?? null, date: isoDay(record[fields.date]) };
}
