/**
 * Beyond one machine: the JSONL-in, NDJSON-out contract under GNU parallel. The input is cut
 * into blocks of whole lines, each block runs in its own `extract`, and the sorted output must
 * equal a single-process run. `line` counts from each block's start, so records are compared
 * without it (`id` is the key that survives any split).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bin, jsonl, root } from './scale-helpers.js';

const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasParallel) console.warn('SKIPPED: GNU parallel is not installed (apt-get install parallel); the parallel pipeline test did not run');

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-parallel-'));
  corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, jsonl(2000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withoutLine = (record: Record<string, unknown>) => JSON.stringify({ ...record, line: undefined });

function sh(cmd: string): string {
  return execFileSync('bash', ['-c', cmd], { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8', env: { ...process.env, PARALLEL_HOME: dir } });
}

describe.skipIf(!hasParallel)('GNU parallel --pipe', () => {
  test.each(['quotes', 'entities'])('%s: ndjson, sorted output equals a single run', (command) => {
    const node = JSON.stringify(process.execPath);
    const single = sh(`${node} ${bin} ${command} --input jsonl --format ndjson < ${corpus}`);
    const split = sh(`parallel --will-cite --pipe --block 100k -j 2 ${node} ${bin} ${command} --input jsonl --format ndjson --jobs 1 < ${corpus}`);
    const records = (s: string) => s.split('\n').filter(Boolean).map((l) => withoutLine(JSON.parse(l))).sort();
    expect(records(split)).toEqual(records(single));
  }, 240_000);

  test('json documents: the same articles, whatever the blocks', () => {
    const node = JSON.stringify(process.execPath);
    const single = JSON.parse(sh(`${node} ${bin} quotes --input jsonl --json < ${corpus}`)).documents;
    const out = sh(`parallel --will-cite --pipe --block 100k -j 2 ${node} ${bin} quotes --input jsonl --json --jobs 1 < ${corpus}`);
    const parts = out.split(/(?=^\{\n {2}"documents")/m).map((p) => JSON.parse(p));
    expect(parts.length).toBeGreaterThan(2);
    const split = parts.flatMap((p) => p.documents);
    const key = (docs: Record<string, unknown>[]) => docs.map(withoutLine).sort();
    expect(split).toHaveLength(2000);
    expect(key(split)).toEqual(key(single));
  }, 240_000);
});
