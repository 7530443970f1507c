/** Writing the rendered documents to stdout in the chosen format, and naming write failures. */
import { csvHeader } from '../format/csv.js';
import { jsonClose, jsonOpen, type FileError } from '../format/json.js';
import type { Sink } from './output.js';
import { csvJsonlHeader } from './render.js';
import type { JobConfig } from './tasks.js';

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EIO: 'input/output error',
  EBADF: 'bad file descriptor',
  EACCES: 'permission denied',
};

export function describeWriteError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  return (code && WRITE_ERRORS[code]) ?? code ?? err.message;
}

export interface Writer {
  /** write the rendered text of `docs` documents (json: each with its leading comma), as a string or UTF-8 */
  document(text: string | Uint8Array, docs: number): Promise<void>;
  close(errors: FileError[]): Promise<void>;
}

export async function writer(config: JobConfig, jsonl: boolean, out: Sink): Promise<Writer> {
  switch (config.format) {
    case 'json': {
      let any = false;
      await out.write(jsonOpen);
      return {
        document: async (text) => {
          if (text.length === 0) return;
          // the comma is one byte in UTF-8 too
          await out.write(any ? text : typeof text === 'string' ? text.slice(1) : text.subarray(1));
          any = true;
        },
        close: async (errors) => { await out.write(jsonClose(errors, any)); },
      };
    }
    case 'csv':
      await out.write(jsonl ? csvJsonlHeader(config) : csvHeader(config.command));
      return { document: (text) => out.write(text), close: async () => {} };
    default:
      return { document: (text) => out.write(text), close: async () => {} };
  }
}
