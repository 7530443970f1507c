/**
 * Corpus scale, end to end on the built binary (npm test builds first): --jobs N gives the bytes
 * of --jobs 1, -r walks directories in a stable order, huge texts go in pieces, and the process
 * behaves under a closed pipe, a full disk and Ctrl-C.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { LARGE } from '../../src/cli/chunks.js';
import { bin, jsonl, root, spawnBin } from './scale-helpers.js';

let dir: string;
let corpus: string;
let huge: string;
let hugeText: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-scale-'));
  corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, jsonl(6000) + 'broken line\n' + jsonl(10));
  const paragraphs: string[] = [];
  for (let i = 0, n = 0; n < LARGE + 1.5 * 1024 * 1024; i++) {
    const p = `« Nous restons vigilants ${i} », a précisé le préfet. La séance a duré ${i % 7} heures.\n\n`;
    paragraphs.push(p);
    n += Buffer.byteLength(p);
  }
  hugeText = 'date 2021-03-04\n\n' + paragraphs.join('');
  huge = join(dir, 'huge.txt');
  writeFileSync(huge, hugeText);
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'a', 'deep'), { recursive: true });
  mkdirSync(join(tree, '.git'));
  writeFileSync(join(tree, 'b.txt'), 'Deuxième fichier.');
  writeFileSync(join(tree, 'a', 'z.txt'), 'Premier fichier.');
  writeFileSync(join(tree, 'a', 'deep', 'y.md'), 'Dans un sous-dossier.');
  writeFileSync(join(tree, 'a', '.hidden.txt'), 'Caché.');
  writeFileSync(join(tree, '.git', 'HEAD'), 'ref: refs/heads/main');
  writeFileSync(join(tree, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  symlinkSync('.', join(tree, 'a', 'loop'));
  symlinkSync('../b.txt', join(tree, 'a', 'link.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--jobs N is byte-identical to --jobs 1', () => {
  test.each(['json', 'ndjson', 'csv'])('jsonl corpus, %s', async (format) => {
    const args = ['quotes', '--input', 'jsonl', corpus, '--format', format];
    const one = await spawnBin([...args, '--jobs', '1']);
    const two = await spawnBin([...args, '--jobs', '2']);
    const three = await spawnBin([...args, '--jobs', '3']);
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/^extract: .*corpus\.jsonl:6001: not valid JSON/);
    for (const r of [two, three]) {
      expect(r.stdout).toBe(one.stdout);
      expect(r.stderr).toBe(one.stderr);
      expect(r.status).toBe(one.status);
    }
    if (format === 'json') expect(JSON.parse(one.stdout).documents).toHaveLength(6010);
  }, 240_000);

  test('huge plain text, in pieces', async () => {
    const one = await spawnBin(['entities', huge, '--json', '--jobs', '1']);
    const two = await spawnBin(['entities', huge, '--json', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    const [doc] = JSON.parse(one.stdout).documents;
    const whole = analyze(hugeText, { quotes: false, entities: true });
    expect([doc.lang, doc.date, doc.sentences]).toEqual([whole.lang, whole.date, whole.sentences]);
  }, 240_000);
});

describe('directories', () => {
  test('without -r: "is a directory", exit 1, the other inputs still read', async () => {
    const r = await spawnBin(['quotes', join(dir, 'tree'), join(dir, 'tree', 'b.txt'), '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`extract: ${join(dir, 'tree')}: is a directory\n`);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  test('-r: text files in name order, depth first; hidden and binary files and directory links skipped', async () => {
    const r = await spawnBin(['quotes', '-r', 'tree/', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).documents.map((d: { file: string }) => d.file)).toEqual(['tree/a/deep/y.md', 'tree/a/link.txt', 'tree/a/z.txt', 'tree/b.txt']);
  });

  test('-r with --input jsonl reads every file found as JSONL', async () => {
    const sub = join(dir, 'jl');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '2.jsonl'), '{"id":"two","text":"Deux."}\n');
    writeFileSync(join(sub, '1.jsonl'), '{"id":"one","text":"Un."}\n');
    const r = await spawnBin(['quotes', '-r', '--input', 'jsonl', 'jl', '--json'], { cwd: dir });
    expect(JSON.parse(r.stdout).documents.map((d: { file: string; id: string }) => `${d.file} ${d.id}`)).toEqual(['jl/1.jsonl one', 'jl/2.jsonl two']);
  });
});

describe('pipes, full disks and Ctrl-C', () => {
  test('a reader that goes away (| head -n 1): exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [bin, 'quotes', '--input', 'jsonl', corpus, '--json', '--jobs', '2'], { cwd: root });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(stderr).toBe('');
  }, 120_000);

  test.runIf(existsSync('/dev/full'))('/dev/full as stdout: one line on stderr, exit 1', async () => {
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(`"${process.execPath}" "${bin}" quotes --input jsonl "${corpus}" --json > /dev/full`, { shell: true, cwd: root });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('close', (status) => resolve({ status, stderr }));
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('extract: cannot write output: no space left on device\n');
  }, 120_000);

  test('a slow reader gets everything (backpressure, nothing dropped)', async () => {
    const fast = await spawnBin(['quotes', '--input', 'jsonl', corpus, '--json']);
    const child = spawn(process.execPath, [bin, 'quotes', '--input', 'jsonl', corpus, '--json'], { cwd: root });
    const parts: Buffer[] = [];
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 300));
    child.stdout.on('data', (d) => parts.push(d));
    child.stdout.resume();
    await new Promise((resolve) => child.on('close', resolve));
    expect(Buffer.concat(parts).toString()).toBe(fast.stdout);
  }, 120_000);

  test.each(['1', '2'])('Ctrl-C (--jobs %s): exit 130, no stack trace, what was written is whole', async (jobs) => {
    const child = spawn(process.execPath, [bin, 'quotes', '--input', 'jsonl', '--json', '--jobs', jobs], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    // an endless input: the run is interrupted while it still reads
    const batch = jsonl(500);
    const feed = () => { if (!child.stdin.destroyed) child.stdin.write(batch, () => setTimeout(feed, 5)); };
    child.stdin.on('error', () => {});
    feed();
    await new Promise<void>((resolve) => {
      const check = () => (stdout.length > 2000 ? resolve() : setTimeout(check, 20));
      check();
    });
    child.kill('SIGINT');
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(130);
    expect(stderr).toBe('');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(JSON.parse(stdout).documents.length).toBeGreaterThan(0);
  }, 120_000);
});
