import { describe, expect, test } from 'vitest';
import { bucketOf, bucketText, sortedKeys } from '../../../src/entities/named/buckets.js';
import { firstNameKeys } from '../../../src/lang/fr/data/first-names.js';

describe('buckets', () => {
  const text = ['a', 'a b', 'ab', 'abc', 'abd', 'b', 'ba', 'bz', 'c\u00e9', 'z'].join('|');

  test.each([
    ['a', 'a|a b'],
    ['a b', 'a|a b'],
    ['ab', 'ab|abc|abd'],
    ['abz', 'ab|abc|abd'],
    ['b', 'b'],
    ['bz', 'bz'],
    ['c\u00e9', 'c\u00e9'],
    ['ca', ''],
    ['0', ''],
    ['zz', ''],
    ['z', 'z'],
  ])('the bucket of %j holds %j', (key, records) => {
    expect(bucketText(text, '|', bucketOf(key))).toBe(records);
  });

  test('a record whose key is followed by a tab belongs to the bucket of its key alone', () => {
    expect(bucketText('a\tx\nab\ty\nb\tz', '\n', bucketOf('a'))).toBe('a\tx');
  });

  test('the first-name keys are sorted by code unit, Latin-1 apart, and each is found in its bucket', () => {
    const [narrow, wide] = firstNameKeys.map((text) => text.split('|'));
    for (const part of [narrow, wide]) expect(part).toStrictEqual([...part].sort());
    expect(narrow.every((k) => /^[\0-\xff]+$/.test(k)) && wide.every((k) => /[^\0-\xff]/.test(k))).toBe(true);
    const keys = [...narrow, ...wide];
    const set = sortedKeys(firstNameKeys, '|');
    for (const k of keys) expect(set.has(k)).toBe(true);
    for (const k of ['', 'x', 'zzzz', 'aadi ', 'aad', 'ak\u0131', 'akın']) expect(set.has(k)).toBe(keys.includes(k));
  });
});
