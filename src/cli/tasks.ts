/**
 * The units of work that the main thread hands to the workers (or runs inline with --jobs 1),
 * and what comes back. Everything here is plain data that survives structured cloning.
 */
import type { Command } from '../format/ndjson.js';
import type { DocumentResult, Lang } from '../types.js';
import type { Format } from './options.js';

/** Everything a worker needs to know about the run, fixed at start. */
export interface JobConfig {
  command: Command;
  format: Format;
  lang?: Lang;
  date?: string;
  fields: { text: string; id: string; date: string };
  /** for tables only */
  colorLevel: 0 | 1 | 2 | 3;
  columns: number;
}

export type Task =
  /** one whole plain-text document */
  | { kind: 'text'; file: string; text: string; bytes: number }
  /** a batch of JSONL lines (UTF-8 bytes, whole lines), the first being line number `line` */
  | { kind: 'jsonl'; file: string; line: number; data: Uint8Array }
  /** one piece of a huge plain-text document, cut at a paragraph boundary */
  | { kind: 'chunk'; file: string; text: string; bytes: number; lang: Lang; date: string | null; offset: number; index: number; last: boolean };

export interface LineError {
  line: number;
  message: string;
}

export type Result =
  | { kind: 'text'; out: string }
  | { kind: 'jsonl'; out: string; docs: number; errors: LineError[] }
  | { kind: 'chunk'; result: DocumentResult }
  /** the task could not be run (worker died, internal error) */
  | { kind: 'failed'; message: string; stack?: string };

/** Input bytes a task stands for, for the progress bar. */
export function taskBytes(task: Task): number {
  return task.kind === 'jsonl' ? task.data.byteLength : task.bytes;
}
