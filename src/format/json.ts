/** `--format json`: one document, written piece by piece so that documents are not all kept. */
import type { DocumentResult } from '../types.js';

export interface FileError {
  file: string;
  message: string;
}

export type FileResult = DocumentResult & { file: string };

export const jsonOpen = '{\n  "documents": [';

export function jsonDocument(doc: FileResult, first: boolean): string {
  const body = JSON.stringify(doc, null, 2).replace(/\n/g, '\n    ');
  return `${first ? '' : ','}\n    ${body}`;
}

export function jsonClose(errors: FileError[], anyDocument: boolean): string {
  const errs = errors.length ? `[\n    ${errors.map((e) => JSON.stringify(e)).join(',\n    ')}\n  ]` : '[]';
  return `${anyDocument ? '\n  ' : ''}],\n  "errors": ${errs}\n}\n`;
}
