/**
 * Colour is decided once, here: --color / --no-color, then NO_COLOR (non-empty), then
 * FORCE_COLOR, then "stdout is a TTY and TERM is not dumb". chalk ignores NO_COLOR on its own,
 * so the table formatter builds its Chalk with the level decided here (and chalk is only loaded
 * when a table is printed: it costs startup time that JSON output does not need).
 */

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
