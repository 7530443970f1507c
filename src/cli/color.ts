/**
 * Colour is decided once, here: --color / --no-color, then NO_COLOR (non-empty), then
 * FORCE_COLOR, then "stdout is a TTY and TERM is not dumb". chalk ignores NO_COLOR on its own,
 * so the table formatter gets an explicit Chalk instance with the level decided here.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorInput {
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

export function colorLevel({ flag, env, isTTY }: ColorInput): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return 1;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
