import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { line, progress } from '../../src/cli/progress.js';

describe('progress line', () => {
  test.each([
    [[10, 5e6, 1000, null, 80], 'extract: 10 docs  5.0 MB  5.0 MB/s'],
    [[1234, 50e6, 10_000, 100e6, 100], 'extract: [##########..........]  50% 1,234 docs  50.0 MB  5.0 MB/s  0:10 left'],
    [[1, 1e6, 1000, 7201e6, 100], 'extract: [....................]   0% 1 docs  1.0 MB  1.0 MB/s  2:00:00 left'],
  ] as const)('%j', (args, expected) => {
    expect(line(...(args as unknown as Parameters<typeof line>))).toBe(expected);
  });

  test('fits the terminal width', () => {
    expect(line(1, 1e6, 1000, 2e6, 30)).toHaveLength(29);
  });
});

describe('progress bar', () => {
  const stream = () => {
    const s = Object.assign(new Writable({ write(c, _e, done) { s.text += c; done(); } }), { text: '', isTTY: true, columns: 80 });
    return s;
  };

  test('drawn after a second on a terminal, cleared at the end and before messages', () => {
    let t = 0;
    const err = stream();
    const bar = progress({ stderr: err, enabled: true, total: null, now: () => t });
    bar.add(1e6, 1);
    expect(err.text).toBe('');
    t = 2000;
    bar.add(1e6, 1);
    expect(err.text).toBe('\rextract: 2 docs  2.0 MB  1.0 MB/s\x1b[K');
    bar.say('extract: x: oops\n');
    expect(err.text.endsWith('\r\x1b[Kextract: x: oops\n')).toBe(true);
    t = 4000;
    bar.add(0, 0);
    bar.done();
    expect(err.text.endsWith('\r\x1b[K')).toBe(true);
  });

  test('silent when disabled', () => {
    let t = 0;
    const err = stream();
    const bar = progress({ stderr: err, enabled: false, total: 10, now: () => t });
    t = 5000;
    bar.add(5, 1);
    bar.done();
    expect(err.text).toBe('');
  });
});
