/**
 * Bytes → string. UTF-8 (BOM dropped), UTF-16 LE/BE with a BOM, and legacy Windows-1252 when the
 * bytes are not valid UTF-8. Binary input (NUL bytes outside UTF-16) is refused.
 *
 * Node 20's TextDecoder('windows-1252') maps 0x80–0x9F to C1 control characters instead of
 * ’ € … œ, so those 32 bytes are decoded here from the WHATWG table.
 */
export class DecodeError extends Error {}

const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  if (bytes.indexOf(0) !== -1) throw new DecodeError('binary file, not text');
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
