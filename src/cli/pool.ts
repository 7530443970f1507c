/**
 * Where tasks run: inline on the main thread (--jobs 1, or a single input), or on a fixed pool of
 * worker threads. The pool is written by hand over node:worker_threads: the work is one task type,
 * the order of the output is kept by the caller (dispatch.ts), and on Ctrl-C or a closed pipe
 * every worker is terminated at once. A run never rejects: failures come back as results.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { prepare } from './render.js';
import type { JobConfig, Result, Task } from './tasks.js';

export interface Runner {
  run(task: Task): Promise<Result>;
  /** stop every worker; pending runs resolve as failed */
  close(): Promise<void>;
}

/**
 * On the main thread. The analysis modules (language data, lexicons) are loaded on first use only,
 * so that a run on workers does not hold a fourth copy of them in the main thread.
 */
export function inline(config: JobConfig): Runner {
  let ready: Promise<typeof import('./job.js')['runTask']> | null = null;
  return {
    async run(task) {
      ready ??= prepare(config).then(() => import('./job.js')).then((m) => m.runTask);
      const runTask = await ready;
      // let signals and stream events in between two tasks
      await new Promise((resolve) => setImmediate(resolve));
      return runTask(task, config);
    },
    async close() {},
  };
}

/**
 * A smaller young generation than V8's default keeps each worker's resident memory down (about
 * 60 MB less for two workers on a 1 GB corpus) at no measurable cost: its garbage is short-lived.
 */
const YOUNG_MB = 8;

/** Tasks handed to a worker before its previous one is back, so that it never waits for work. */
const AHEAD = 2;

interface Slot {
  worker: Worker;
  pending: { id: number; resolve: (r: Result) => void }[];
  dead: boolean;
}

/** node:worker_threads, loaded when a pool starts: a run that stays inline never needs it */
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

export function pool(size: number, config: JobConfig, script: URL): Runner {
  const { Worker } = workerThreads();
  const queue: { id: number; task: Task; resolve: (r: Result) => void }[] = [];
  let nextId = 0;
  let closed = false;
  const fail = (message: string): Result => ({ kind: 'failed', message });

  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = { worker: new Worker(script, { workerData: config, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }), pending: [], dead: false };
    slot.worker.on('message', (m: { id: number; result: Result }) => {
      const i = slot.pending.findIndex((p) => p.id === m.id);
      if (i >= 0) slot.pending.splice(i, 1)[0].resolve(m.result);
      pump();
    });
    const die = (message: string) => {
      if (slot.dead) return;
      slot.dead = true;
      for (const p of slot.pending.splice(0)) p.resolve(fail(message));
      if (slots.every((s) => s.dead)) for (const q of queue.splice(0)) q.resolve(fail(message));
      pump();
    };
    slot.worker.on('error', (err) => die(`worker failed: ${err.message}`));
    slot.worker.on('exit', (code) => die(`worker stopped (exit ${code})`));
    return slot;
  });

  function pump() {
    if (closed) return;
    for (let depth = 1; depth <= AHEAD && queue.length; depth++) {
      for (const slot of slots) {
        if (!queue.length) break;
        if (slot.dead || slot.pending.length >= depth) continue;
        const { id, task, resolve } = queue.shift()!;
        slot.pending.push({ id, resolve });
        slot.worker.postMessage({ id, task }, task.kind === 'jsonl' ? [task.data.buffer as ArrayBuffer] : []);
      }
    }
  }

  return {
    run(task) {
      if (closed) return Promise.resolve(fail('interrupted'));
      return new Promise<Result>((resolve) => {
        queue.push({ id: nextId++, task, resolve });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const q of queue.splice(0)) q.resolve(fail('interrupted'));
      for (const s of slots) {
        s.dead = true;
        for (const p of s.pending.splice(0)) p.resolve(fail('interrupted'));
      }
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Work below this (bytes, or items) runs inline: starting workers costs more than it saves. JSONL
 * batches and pieces of a huge text go to the workers at once: they are never a small run.
 */
const SMALL_BYTES = 1024 * 1024;
const SMALL_ITEMS = 16;

/** Inline for the first small items, then on `size` workers once the run proves large. */
export function adaptive(size: number, config: JobConfig, script: URL): Runner {
  const local = inline(config);
  let workers: Runner | null = null;
  let bytes = 0;
  let items = 0;
  return {
    run(task) {
      bytes += task.bytes;
      items++;
      if (!workers && (task.kind !== 'text' || bytes > SMALL_BYTES || items > SMALL_ITEMS)) workers = pool(size, config, script);
      return (workers ?? local).run(task);
    },
    async close() { await workers?.close(); },
  };
}
