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
  /**
   * a batch of JSONL lines (UTF-8 bytes, whole lines), the first being line number `line`. `data`
   * owns its whole ArrayBuffer, which is moved to the worker rather than copied: it is unusable on
   * the main thread afterwards, hence `bytes`.
   */
  | { kind: 'jsonl'; file: string; line: number; data: Uint8Array; bytes: number }
  /** one piece of a huge plain-text document, cut at a paragraph boundary */
  | { kind: 'chunk'; file: string; text: string; bytes: number; lang: Lang; date: string | null; offset: number; index: number; last: boolean };

export interface LineError {
  line: number;
  message: string;
}

/**
 * `out` is the text to write, already encoded as UTF-8 in the worker: its ArrayBuffer is moved to
 * the main thread without a copy, and the main thread writes it without encoding it.
 */
export type Result =
  | { kind: 'text'; out: Uint8Array }
  | { kind: 'jsonl'; out: Uint8Array; docs: number; errors: LineError[] }
  | { kind: 'chunk'; result: DocumentResult }
  /** the task could not be run (worker died, internal error) */
  | { kind: 'failed'; message: string; stack?: string };
