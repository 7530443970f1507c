/** The real binary, as users run it: pipes, exit statuses, bad inputs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

const SEED = 'seeds/000_c58905612c727a33.txt';
const tmp = mkdtempSync(join(tmpdir(), 'extract-e2e-'));
const write = (name: string, data: Uint8Array | string) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('bin/extract.js', () => {
  test('json output parses and every offset slices back to its text', () => {
    const r = spawnCli(['entities', SEED, '--format', 'json']);
    expect(r.exit).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.lang).toBe('fr');
  });

  test('| head -n 1 ends quietly with status 0', () => {
    const files = Array.from({ length: 200 }, () => SEED).join(' ');
    const r = spawnCli([], { shell: `set -o pipefail; node bin/extract.js entities ${files} --format json | head -n 1` });
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('');
    expect(r.exit).toBe(0);
  });

  test('a full disk is an error, not a silent success', () => {
    const r = spawnCli([], { shell: `node bin/extract.js quotes ${SEED} --format json > /dev/full` });
    expect(r.exit).not.toBe(0);
    expect(r.stderr).toMatch(/^extract: cannot write output: no space left on device\n$/);
  });

  test('a binary file is refused, the other inputs still processed', () => {
    const png = write('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = spawnCli(['quotes', png, SEED, '--format', 'json']);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe(`extract: ${png}: binary file, not text\n`);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  test('Windows-1252 text with CRLF line ends is decoded, offsets index the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from('Titre\r\n\r\nL', 'latin1'), Buffer.from([0x92]), Buffer.from('été sera chaud, a déclaré M. Dupont.\r\n', 'latin1')]);
    const r = spawnCli(['entities', write('cp1252.txt', bytes), '--format', 'json']);
    expect(r.exit).toBe(0);
    expect(r.stdout).not.toMatch(/Ã/);
    expect(JSON.parse(r.stdout).documents[0].sentences).toBe(2);
  });

  test('NO_COLOR prints no escape codes, even with --format table', () => {
    const r = spawnCli(['entities', SEED, '--format', 'table'], { env: { NO_COLOR: '1' } });
    expect(r.exit).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test('usage errors exit 2 without a stack trace', () => {
    const r = spawnCli(['quotes', '--nope']);
    expect(r.exit).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('stdin is read when piped', () => {
    const r = spawnCli(['quotes', '--format', 'ndjson'], { input: 'Le maire a parlé.' });
    expect(r.exit).toBe(0);
    expect(r.stderr).toBe('');
  });
});
