/**
 * Long generated lists read by parts. A list (16,600 first names, 2,400 gazetteer entries) stays
 * the string it is generated as, its records sorted by key in code-unit order; the records
 * whose key starts with the same two characters, a bucket, are split out the first time a key of
 * theirs is looked up. Reading whole lists made a third of `extract quotes` on one article (and
 * most of its garbage collection), where an article asks about a few dozen buckets.
 */

/** A key's bucket: its first two UTF-16 units; a space, a tab or the end of the key counts as 0. */
export function bucketOf(key: string): number {
  if (key.length === 0) return 0;
  const second = key.charCodeAt(1);
  return key.charCodeAt(0) * 65536 + (second > 32 ? second : 0);
}

/** The bucket of the record at `at`, whose key ends at the separator, a space or a tab. */
function bucketAt(text: string, sep: number, at: number): number {
  const second = text.charCodeAt(at + 1);
  return text.charCodeAt(at) * 65536 + (second > 32 && second !== sep ? second : 0);
}

/** Where the first record at or after `at` starts. */
function recordAt(text: string, sep: string, at: number): number {
  if (at === 0) return 0;
  const i = text.indexOf(sep, at - 1);
  return i === -1 ? text.length : i + 1;
}

/** Where the first record of a bucket at least `bucket` starts: a binary search over the text. */
function lowerBound(text: string, sep: string, bucket: number): number {
  const sepCode = sep.charCodeAt(0);
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = recordAt(text, sep, mid);
    if (at < text.length && bucketAt(text, sepCode, at) < bucket) lo = at + 1;
    else hi = mid;
  }
  return recordAt(text, sep, lo);
}

/** The records of one bucket, as they are written in `text` (records split by `sep`, one character). */
export function bucketText(text: string, sep: string, bucket: number): string {
  const start = lowerBound(text, sep, bucket);
  const end = lowerBound(text, sep, bucket + 1);
  if (end === start) return '';
  // a record before the end of the text ends with its separator
  return text.slice(start, end < text.length ? end - 1 : end);
}

/**
 * Keys given as strings split by `sep`, each sorted, read bucket by bucket. A list comes in more
 * than one string when some keys have a character above U+00FF: V8 keeps a string holding one in
 * two bytes a character, so those keys are kept apart from the others.
 */
export function sortedKeys(texts: readonly string[], sep: string): { has(key: string): boolean } {
  const buckets = new Map<number, ReadonlySet<string>>();
  return {
    has(key) {
      const b = bucketOf(key);
      let keys = buckets.get(b);
      if (!keys) {
        keys = new Set(texts.flatMap((text) => {
          const records = bucketText(text, sep, b);
          return records ? records.split(sep) : [];
        }));
        buckets.set(b, keys);
      }
      return keys.has(key);
    },
  };
}
