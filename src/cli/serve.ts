/** A worker thread's work: receives tasks, runs them, posts the results back in the order received. */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './job.js';
import { prepare } from './render.js';
import type { JobConfig, Task } from './tasks.js';

export async function serve(): Promise<void> {
  const config = workerData as JobConfig;
  await prepare(config);
  parentPort!.on('message', (message: { id: number; task: Task }) => {
    const result = runTask(message.task, config);
    parentPort!.postMessage({ id: message.id, result }, 'out' in result ? [result.out.buffer as ArrayBuffer] : []);
  });
}
