/**
 * Ctrl-C: the first SIGINT asks the run to stop (workers terminated, complete lines only,
 * exit 130); a second one falls back to Node's default and ends the process at once.
 */
export function interruptSignal(proc: NodeJS.Process): AbortSignal {
  const controller = new AbortController();
  proc.once('SIGINT', () => controller.abort());
  return controller.signal;
}
