/**
 * The ordered conveyor: items are pulled from the input one at a time, up to `window` are in
 * flight, and results are handed to `emit` strictly in input order. Pulling stops while the
 * window is full and `emit` waits on stdout, so memory stays flat whatever the corpus size.
 */
import type { Runner } from './pool.js';
import type { Result, Task } from './tasks.js';

/** Something that is not work but must keep its place in the output order: a message. */
export interface Notice {
  kind: 'error';
  file: string;
  line?: number;
  message: string;
}

export type Item = Task | Notice;
export type Outcome = Result | Notice;

export interface DispatchOptions {
  /** the runner to use, given whether there is more than one item (a single input runs inline) */
  runner(many: boolean): Runner;
  window: number;
  emit(item: Item, outcome: Outcome): Promise<void>;
  /** checked between items: true stops the run (Ctrl-C, closed pipe, write failure) */
  stopped(): boolean;
  /** resolves when the run must stop even while waiting for input */
  interrupt: Promise<void>;
}

interface Flight {
  item: Item;
  outcome: Promise<Outcome>;
  done: boolean;
}

export async function dispatch(items: AsyncIterable<Item>, o: DispatchOptions): Promise<void> {
  const it = items[Symbol.asyncIterator]();
  // Racing against the interrupt, without leaving one reaction per race on a promise that may
  // never settle (that would keep every item and result alive to the end of the run).
  let interrupted = false;
  const waiters = new Set<(v: null) => void>();
  void o.interrupt.then(() => { interrupted = true; for (const w of waiters) w(null); waiters.clear(); });
  const orStop = <T>(p: Promise<T>): Promise<T | null> => {
    if (interrupted) return Promise.resolve(null);
    return new Promise<T | null>((resolve) => {
      waiters.add(resolve);
      void p.then((v) => { waiters.delete(resolve); resolve(v); });
    });
  };
  const next = async (): Promise<Item | null> => {
    const r = await orStop(it.next());
    return r === null || r.done ? null : r.value;
  };
  let runner: Runner | null = null;
  const flights: Flight[] = [];
  const launch = (item: Item) => {
    const outcome: Promise<Outcome> = item.kind === 'error' ? Promise.resolve(item) : runner!.run(item);
    const flight: Flight = { item, outcome, done: false };
    void outcome.then(() => { flight.done = true; });
    flights.push(flight);
  };
  const land = async () => {
    const f = flights.shift()!;
    const outcome = await orStop(f.outcome);
    if (outcome && !o.stopped()) await o.emit(f.item, outcome);
  };
  let finished = false;
  try {
    const first = await next();
    if (!first) { finished = true; return; }
    const second = o.stopped() ? null : await next();
    runner = o.runner(second !== null);
    launch(first);
    if (second) launch(second);
    while (!o.stopped()) {
      while (flights.length && flights[0].done && !o.stopped()) await land();
      if (flights.length >= o.window) { await land(); continue; }
      const item = await next();
      if (!item) break;
      launch(item);
    }
    while (flights.length && !o.stopped()) await land();
    finished = !o.stopped();
  } finally {
    await runner?.close();
    // an interrupted input may be waiting on a read that never comes: do not wait for it
    if (finished) await it.return?.();
    else void it.return?.();
  }
}
