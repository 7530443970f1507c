/**
 * Compiled parts of a language pack are built on first use, then kept: a French run never
 * compiles the English lexicons, and a short run pays only for what it reads.
 */
export function withLazy<T extends object, L extends Record<string, () => unknown>>(
  base: T,
  parts: L,
): T & { readonly [K in keyof L]: ReturnType<L[K]> } {
  for (const [key, build] of Object.entries(parts)) {
    Object.defineProperty(base, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = build();
        Object.defineProperty(base, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return base as T & { readonly [K in keyof L]: ReturnType<L[K]> };
}
