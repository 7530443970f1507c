/**
 * stdout as a sink that respects backpressure, ends quietly when the reader goes away (EPIPE:
 * `extract … | head`), and remembers any other write error (a full disk) for the exit status.
 */
export interface Sink {
  write(s: string | Uint8Array): Promise<void>;
  /** the reader closed the pipe: stop working, exit 0, say nothing */
  readonly closed: boolean;
  /** a write failed for another reason */
  readonly failure: Error | null;
  /** wait until everything written has been handed to the OS */
  end(): Promise<void>;
  /** call `f` once the pipe is closed or a write failed */
  onStop(f: () => void): void;
}

export function sink(out: NodeJS.WritableStream): Sink {
  let closed = false;
  let failure: Error | null = null;
  const waiters = new Set<() => void>();
  const stops: (() => void)[] = [];
  const wake = () => { for (const w of waiters) w(); waiters.clear(); for (const f of stops.splice(0)) f(); };
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
    else failure ??= err;
    wake();
  });
  const wait = (event: 'drain' | 'finish') => new Promise<void>((resolve) => {
    const done = () => { out.off(event, done); waiters.delete(done); resolve(); };
    waiters.add(done);
    out.on(event, done);
  });
  return {
    get closed() { return closed; },
    get failure() { return failure; },
    onStop(f) { if (closed || failure) f(); else stops.push(f); },
    async write(s) {
      if (closed || failure || s.length === 0) return;
      if (!out.write(s)) await wait('drain');
    },
    async end() {
      if (closed || failure) return;
      // a final empty write whose callback fires once everything before it was flushed
      await new Promise<void>((resolve) => {
        waiters.add(resolve);
        out.write('', () => { waiters.delete(resolve); resolve(); });
      });
    },
  };
}
