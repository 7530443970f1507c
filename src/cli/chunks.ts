/**
 * A huge plain-text input is cut at paragraph boundaries (a blank line) into pieces of about
 * CHUNK bytes, decoded piece by piece, so that no structure of the analysis ever spans the whole
 * text. The encoding is decided once for the whole input, as decode() would.
 */
import { isUtf8 } from 'node:buffer';
import { decode, decodeWindows1252, DecodeError } from '../text/decode.js';

/** Inputs larger than this (bytes) are analyzed in pieces. */
export const LARGE = 4 * 1024 * 1024;
/** Target size of a piece (bytes). */
export const CHUNK = 256 * 1024;

export interface Piece {
  text: string;
  bytes: number;
}

const NL = 0x0a;
const blank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;

/** Where the piece that starts at `from` ends: after a blank line, else after a line end, else hard. */
export function cutAt(len: number, from: number, at: (i: number) => number, target = CHUNK): number {
  if (len - from <= target * 1.5) return len;
  const limit = Math.min(len, from + target * 2);
  let lineEnd = -1;
  for (let i = from + target; i < limit; i++) {
    if (at(i) !== NL) continue;
    if (lineEnd < 0) lineEnd = i + 1;
    let j = i + 1;
    while (j < limit && blank(at(j))) j++;
    if (j < limit && at(j) === NL) return j + 1;
  }
  if (lineEnd > 0) return lineEnd;
  let cut = limit;
  while (cut > from + 1 && (at(cut) & 0xc0) === 0x80) cut--; // not inside a UTF-8 sequence
  return cut;
}

/** Pieces of a decoded string (UTF-16 inputs, which are decoded whole). */
function* stringPieces(text: string): Generator<Piece> {
  for (let from = 0; from < text.length;) {
    const to = cutAt(text.length, from, (i) => text.charCodeAt(i));
    yield { text: text.slice(from, to), bytes: (to - from) * 2 };
    from = to;
  }
}

/** The pieces of `bytes`, decoded; throws DecodeError on binary input. */
export function* pieces(bytes: Uint8Array): Generator<Piece> {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) { yield* stringPieces(decode(bytes)); return; }
  if (bytes.indexOf(0) !== -1) throw new DecodeError('binary file, not text');
  const utf8 = isUtf8(bytes);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let from = 0; from < bytes.length;) {
    const to = cutAt(bytes.length, from, (i) => bytes[i]);
    const part = bytes.subarray(from, to);
    let text = utf8 ? decoder.decode(part) : decodeWindows1252(part);
    if (from === 0 && utf8 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    yield { text, bytes: to - from };
    from = to;
  }
}
