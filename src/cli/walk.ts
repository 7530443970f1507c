/**
 * What a command-line argument stands for: "-", a file as given, or with -r the regular text files
 * under a directory, depth first, names in code-point order (the same on every machine and locale),
 * hidden entries and binary files (a NUL in the first 8 KB) skipped, directory links not followed.
 */
import type { Item } from './dispatch.js';
import { head as readHead, lstat, readdir, stat } from './fs.js';
import { errorMessage } from './io.js';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const join = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/** True when the first bytes of the file hold a NUL (and no UTF-16 byte order mark). */
async function looksBinary(path: string): Promise<boolean> {
  const head = await readHead(path, 8192);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  return head.indexOf(0) !== -1;
}

/** Regular text files under `dir`, depth first, names sorted; hidden entries and binaries skipped. */
async function* walk(dir: string): AsyncGenerator<string | Item> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort(byName);
  } catch (err) {
    yield { kind: 'error', file: dir, message: errorMessage(err) };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    try {
      const link = (await lstat(path)).isSymbolicLink();
      const s = await stat(path);
      if (s.isDirectory()) { if (!link) yield* walk(path); }
      else if (s.isFile() && !(await looksBinary(path))) yield path;
    } catch (err) {
      yield { kind: 'error', file: path, message: errorMessage(err) };
    }
  }
}

/** The files an argument stands for. */
export async function* expand(arg: string, recursive: boolean): AsyncGenerator<string | Item> {
  if (arg === '-') { yield arg; return; }
  try {
    if ((await stat(arg)).isDirectory()) {
      if (recursive) yield* walk(arg);
      else yield { kind: 'error', file: arg, message: 'is a directory' };
      return;
    }
  } catch (err) {
    yield { kind: 'error', file: arg, message: errorMessage(err) };
    return;
  }
  yield arg;
}
