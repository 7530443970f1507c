import { describe, expect, test } from 'vitest';
import { dispatch, type Item, type Outcome } from '../../src/cli/dispatch.js';
import type { Runner } from '../../src/cli/pool.js';
import type { Result, Task } from '../../src/cli/tasks.js';

const text = (i: number): Task => ({ kind: 'text', file: `f${i}`, text: String(i), bytes: 1 });

async function* source(n: number, notices: number[] = []): AsyncGenerator<Item> {
  for (let i = 0; i < n; i++) {
    if (notices.includes(i)) yield { kind: 'error', file: `f${i}`, message: 'no such file or directory' };
    else yield text(i);
  }
}

/** A runner whose results come back in scrambled order. */
function scrambled(log: string[]): Runner {
  let k = 0;
  return {
    run: (task) => new Promise<Result>((resolve) => {
      const delay = [7, 1, 4, 0, 9, 2][k++ % 6];
      setTimeout(() => resolve({ kind: 'text', out: task.kind === 'text' ? task.file : '' }), delay);
    }),
    close: async () => { log.push('closed'); },
  };
}

describe('dispatch: results in input order, whatever order they finish in', () => {
  test.each([[1], [2], [5], [40]])('%i items', async (n) => {
    const got: string[] = [];
    const log: string[] = [];
    let many: boolean | null = null;
    await dispatch(source(n, [3]), {
      runner: (m) => { many = m; return scrambled(log); },
      window: 4,
      emit: async (_item: Item, o: Outcome) => { got.push(o.kind === 'text' ? o.out : `! ${o.kind === 'error' ? o.file : ''}`); },
      stopped: () => false,
      interrupt: new Promise(() => {}),
    });
    expect(got).toEqual(Array.from({ length: n }, (_, i) => (i === 3 ? '! f3' : `f${i}`)));
    expect(many).toBe(n > 1);
    expect(log).toEqual(['closed']);
  });

  test('stops pulling input when stopped, and closes the runner', async () => {
    const got: string[] = [];
    let stop = false;
    let pulled = 0;
    async function* endless(): AsyncGenerator<Item> { for (let i = 0; ; i++) { pulled++; yield text(i); } }
    const log: string[] = [];
    await dispatch(endless(), {
      runner: () => scrambled(log),
      window: 4,
      emit: async (_i, o) => { if (o.kind === 'text') got.push(o.out); if (got.length === 10) stop = true; },
      stopped: () => stop,
      interrupt: new Promise(() => {}),
    });
    expect(got).toHaveLength(10);
    expect(pulled).toBeLessThan(20);
    expect(log).toEqual(['closed']);
  });

  test('an interrupt ends a run that waits for input', async () => {
    let interrupt!: () => void;
    let stop = false;
    async function* stalled(): AsyncGenerator<Item> { yield text(0); yield text(1); await new Promise(() => {}); }
    const done = dispatch(stalled(), {
      runner: () => scrambled([]),
      window: 4,
      emit: async () => {},
      stopped: () => stop,
      interrupt: new Promise<void>((r) => { interrupt = r; }),
    });
    setTimeout(() => { stop = true; interrupt(); }, 20);
    await expect(done).resolves.toBeUndefined();
  });
});
