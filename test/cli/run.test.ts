import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SEED = 'seeds/000_c58905612c727a33.txt';
const FR = 'fixtures/fr/greve.txt';

describe('run: exit status and streams', () => {
  test.each([
    { name: 'json by default when stdout is not a terminal', args: ['quotes', FR], exit: 0, stdout: /^\{\n  "documents": \[/, stderr: /^$/ },
    { name: 'table when stdout is a terminal', args: ['quotes', FR], isTTY: true, exit: 0, stdout: /fixtures\/fr\/greve\.txt/, stderr: /^$/ },
    { name: '--json shorthand', args: ['entities', FR, '--json'], isTTY: true, exit: 0, stdout: /"documents"/, stderr: /^$/ },
    { name: 'unknown command', args: ['speakers', FR], exit: 2, stdout: /^$/, stderr: /^extract: unknown command 'speakers'/ },
    { name: 'unknown option', args: ['quotes', '--colour', FR], exit: 2, stdout: /^$/, stderr: /^extract: unknown option '--colour'/ },
    { name: 'bad format', args: ['quotes', '--format', 'xml', FR], exit: 2, stdout: /^$/, stderr: /argument 'xml' is invalid/ },
    { name: 'bad --date', args: ['entities', '--date', '10/01/2021', FR], exit: 2, stdout: /^$/, stderr: /^extract: --date must be YYYY-MM-DD/ },
    { name: 'missing file', args: ['quotes', 'nope.txt', '--format', 'ndjson'], exit: 1, stdout: /^$/, stderr: /^extract: nope\.txt: no such file or directory\n$/ },
    { name: 'a directory', args: ['quotes', 'fixtures', '--format', 'ndjson'], exit: 1, stdout: /^$/, stderr: /^extract: fixtures: is a directory\n$/ },
    { name: 'no input on a terminal', args: ['quotes'], isTTY: true, exit: 2, stdout: /^$/, stderr: /^extract: no input/ },
    { name: '--help', args: ['--help'], exit: 0, stdout: /Examples:[\s\S]*jq/, stderr: /^$/ },
    { name: 'quotes --help', args: ['quotes', '--help'], exit: 0, stdout: /--format[\s\S]*Examples:/, stderr: /^$/ },
    { name: '--version', args: ['--version'], exit: 0, stdout: /^\d+\.\d+\.\d+\n$/, stderr: /^$/ },
  ])('$name', async ({ args, isTTY, exit, stdout, stderr }) => {
    const r = await runCli({ args, isTTY });
    expect(r.stderr).toMatch(stderr);
    expect(r.stdout).toMatch(stdout);
    expect(r.exit).toBe(exit);
  });

  test('a missing file does not stop the others; JSON lists the error', async () => {
    const r = await runCli({ args: ['quotes', 'nope.txt', SEED, '--format', 'json'] });
    expect(r.exit).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.documents.map((d: { file: string }) => d.file)).toEqual([SEED]);
    expect(json.errors).toEqual([{ file: 'nope.txt', message: 'no such file or directory' }]);
  });

  test.each([[[]], [['-']]])('stdin when the file list is %j', async (files) => {
    const r = await runCli({ args: ['entities', ...files, '--format', 'json'], stdin: 'date 2021-01\nLe maire a parlé.' });
    expect(r.exit).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.documents[0]).toMatchObject({ file: '-', lang: 'fr', date: '2021-01', sentences: 2 });
  });

  test('--lang forces the language', async () => {
    const r = await runCli({ args: ['quotes', '-', '--lang', 'en', '--json'], stdin: 'Le maire a parlé.' });
    expect(JSON.parse(r.stdout).documents[0].lang).toBe('en');
  });

  test('--date is the reference date when the text has no dateline', async () => {
    const r = await runCli({ args: ['entities', '-', '--date', '2021-01-11', '--json'], stdin: 'Le maire a parlé hier.' });
    expect(JSON.parse(r.stdout).documents[0].date).toBe('2021-01-11');
  });
});

describe('run: formats', () => {
  test('json is one document whatever the number of inputs', async () => {
    const r = await runCli({ args: ['quotes', SEED, FR, '--format', 'json'] });
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['documents', 'errors']);
    expect(json.documents).toHaveLength(2);
    for (const d of json.documents) expect(Object.keys(d)).toEqual(['file', 'lang', 'date', 'sentences', 'quotes', 'entities']);
  });

  test('ndjson is one JSON record per line with file and lang', async () => {
    const r = await runCli({ args: ['entities', SEED, FR, '--format', 'ndjson'] });
    const lines = r.stdout.split('\n').filter(Boolean);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ file: expect.any(String), lang: 'fr' });
    expect(r.stdout === '' || r.stdout.endsWith('\n')).toBe(true);
  });

  test('csv has a header and quotes its cells', async () => {
    const r = await runCli({ args: ['quotes', SEED, '--format', 'csv'] });
    const [header] = r.stdout.split('\r\n');
    expect(header).toBe('file,lang,sentence,start,end,kind,speaker,speakerType,cue,via,text');
  });

  test.each([
    ['NO_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, [], false],
    ['--no-color', { FORCE_COLOR: '1' }, ['--no-color'], false],
    ['FORCE_COLOR', { FORCE_COLOR: '1' }, [], true],
    ['--color', {}, ['--color'], true],
  ])('colours in tables: %s', async (_name, env, flags, coloured) => {
    const r = await runCli({ args: ['entities', SEED, '--format', 'table', ...flags], env });
    expect(r.stdout.includes('\u001b[')).toBe(coloured);
  });

  test('tables fit 80 columns', async () => {
    const r = await runCli({ args: ['quotes', SEED, FR], isTTY: true });
    for (const line of r.stdout.split('\n')) expect(line.replace(/\u001b\[[0-9;]*m/g, '').length).toBeLessThanOrEqual(80);
  });
});
