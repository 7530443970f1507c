/**
 * The promise forms of the few node:fs calls the CLI makes, over the callback forms. Loading
 * node:fs/promises costs milliseconds of every start (it brings readline, watchers and streams
 * with it); node:fs and node:util are loaded with Node itself.
 */
import { close, lstat as lstatCb, open as openCb, read as readCb, readdir as readdirCb, readFile as readFileCb, stat as statCb } from 'node:fs';
import { promisify } from 'node:util';

export const lstat = promisify(lstatCb);
export const readdir = promisify(readdirCb);
export const readFile = promisify(readFileCb);
export const stat = promisify(statCb);

const open = promisify(openCb);
const read = promisify(readCb);
const closeFd = promisify(close);

/** The first bytes of a file, up to `size`. */
export async function head(path: string, size: number): Promise<Buffer> {
  const fd = await open(path, 'r');
  try {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await read(fd, buf, 0, size, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await closeFd(fd);
  }
}
