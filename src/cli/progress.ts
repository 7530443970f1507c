/**
 * The progress bar: documents done, MB/s and time left, redrawn in place on stderr. Only when
 * stderr is a terminal (never in pipes or CI logs), not with --quiet, and only once a run has
 * lasted a second. Messages written meanwhile clear the bar first.
 */
export interface Progress {
  add(bytes: number, docs: number): void;
  /** write a message line on stderr without garbling the bar */
  say(line: string): void;
  done(): void;
}

export interface ProgressOptions {
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  enabled: boolean;
  /** total input bytes when known, for the time left */
  total: number | null;
  now?: () => number;
}

const SHOW_AFTER = 1000;
const EVERY = 200;

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The bar's text, without the carriage return. Exported for tests. */
export function line(docs: number, bytes: number, elapsedMs: number, total: number | null, columns: number): string {
  const mb = bytes / 1e6;
  const rate = elapsedMs > 0 ? mb / (elapsedMs / 1000) : 0;
  const parts = [`${docs.toLocaleString('en-US')} docs`, `${mb.toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`];
  let bar = '';
  if (total && total > 0) {
    const frac = Math.min(1, bytes / total);
    const left = rate > 0 ? clock((total - bytes) / 1e6 / rate) : '?';
    parts.push(`${left} left`);
    const width = 20;
    const full = Math.round(frac * width);
    bar = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${String(Math.floor(frac * 100)).padStart(3)}% `;
  }
  const s = `extract: ${bar}${parts.join('  ')}`;
  return s.length > columns - 1 ? s.slice(0, columns - 1) : s;
}

export function progress(o: ProgressOptions): Progress {
  const now = o.now ?? Date.now;
  const start = now();
  let docs = 0;
  let bytes = 0;
  let shown = false;
  let last = 0;
  const draw = () => {
    const t = now();
    if (!o.enabled || t - start < SHOW_AFTER) return;
    last = t;
    shown = true;
    o.stderr.write(`\r${line(docs, bytes, t - start, o.total, o.stderr.columns || 80)}\x1b[K`);
  };
  const timer = o.enabled ? setInterval(draw, 500) : null;
  timer?.unref();
  const clear = () => { if (shown) o.stderr.write('\r\x1b[K'); shown = false; };
  return {
    add(b, d) {
      bytes += b;
      docs += d;
      if (o.enabled && now() - last >= EVERY) draw();
    },
    say(s) { clear(); o.stderr.write(s); },
    done() { if (timer) clearInterval(timer); clear(); },
  };
}
