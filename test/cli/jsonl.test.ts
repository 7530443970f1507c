import { describe, expect, test } from 'vitest';
import { jsonl, runWith } from './scale-helpers.js';

describe('--input jsonl through run()', () => {
  test('json: one document per article, with file, line and id; the record date is the reference', async () => {
    const input = '{"id":"a","text":"Bonjour à tous.","date":"2021-01-10"}\n{"id":"b","text":"Hello there."}\n';
    const r = await runWith(['quotes', '--input', 'jsonl', '--jobs', '1', '--format', 'json'], { stdin: input });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const docs = JSON.parse(r.stdout).documents;
    expect(docs.map((d: Record<string, unknown>) => [d.file, d.line, d.id, d.date])).toEqual([
      ['-', 1, 'a', '2021-01-10'],
      ['-', 2, 'b', null],
    ]);
    expect(Object.keys(docs[0]).slice(0, 4)).toEqual(['file', 'line', 'id', 'lang']);
  });

  test('a dateline in the text wins over the record date, which wins over --date', async () => {
    const input = [
      { id: 1, text: 'date 2019-05-02\n\nTexte daté.', date: '2021-01-10' },
      { id: 2, text: 'Texte sans date.', date: '2021-01-10' },
      { id: 3, text: 'Texte sans date ni champ.' },
    ].map((x) => JSON.stringify(x)).join('\n');
    const r = await runWith(['entities', '--input', 'jsonl', '--date', '2000-01-01', '--jobs', '1', '--json'], { stdin: input });
    expect(JSON.parse(r.stdout).documents.map((d: { date: string }) => d.date)).toEqual(['2019-05-02', '2021-01-10', '2000-01-01']);
  });

  test('--text-field, --id-field and --date-field map other names', async () => {
    const input = '{"guid":"x1","body":"Un texte.","published":"2022-02-02T10:00:00Z"}\n';
    const r = await runWith(['quotes', '--input', 'jsonl', '--text-field', 'body', '--id-field', 'guid', '--date-field', 'published', '--jobs', '1', '--json'], { stdin: input });
    const [doc] = JSON.parse(r.stdout).documents;
    expect([doc.id, doc.date, doc.sentences]).toEqual(['x1', '2022-02-02', 1]);
  });

  test('malformed lines: one stderr line each with the line number, skipped, exit 1 at the end', async () => {
    const input = '{"id":1,"text":"Un."}\nnot json\n\n{"id":3}\n{"id":4,"text":"Quatre."}\n';
    const r = await runWith(['quotes', '--input', 'jsonl', '--jobs', '1', '--json'], { stdin: input });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^extract: -:2: not valid JSON: /),
      'extract: -:4: no "text" field holding a string',
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.documents.map((d: { id: number }) => d.id)).toEqual([1, 4]);
    expect(out.errors).toEqual([
      { file: '-', line: 2, message: expect.stringMatching(/^not valid JSON/) },
      { file: '-', line: 4, message: 'no "text" field holding a string' },
    ]);
  });

  test('csv gets line and id columns after file', async () => {
    const r = await runWith(['quotes', '--input', 'jsonl', '--jobs', '1', '--format', 'csv'], { stdin: '{"id":1,"text":"Un."}\n' });
    expect(r.stdout.split('\r\n')[0]).toBe('file,line,id,lang,sentence,start,end,kind,speaker,speakerType,cue,via,text');
  });

  test('line numbers stay right across batches', async () => {
    const many = jsonl(6000) + 'oops\n';
    expect(many.length).toBeGreaterThan(3 * 256 * 1024);
    const r = await runWith(['quotes', '--input', 'jsonl', '--jobs', '1', '--json'], { stdin: many });
    expect(r.stderr).toMatch(/^extract: -:6001: not valid JSON/);
    const docs = JSON.parse(r.stdout).documents;
    expect(docs).toHaveLength(6000);
    expect(docs.every((d: { id: string; line: number }) => d.id === `a${d.line - 1}`)).toBe(true);
   }, 120_000);
});

describe('worker threads from run() in-process', () => {
  test('--jobs 2 gives the same bytes as --jobs 1', async () => {
    const many = jsonl(8000);
    const one = await runWith(['quotes', '--input', 'jsonl', '--jobs', '1', '--json'], { stdin: many });
    const two = await runWith(['quotes', '--input', 'jsonl', '--jobs', '2', '--json'], { stdin: many });
    expect(two).toEqual(one);
  }, 120_000);
});

describe('progress bar', () => {
  test('never when stderr is not a terminal', async () => {
    const r = await runWith(['quotes', '--input', 'jsonl', '--jobs', '1', '--json'], { stdin: jsonl(50) });
    expect(r.stderr).toBe('');
  });
});

describe('--jobs', () => {
  test.each(['0', '-1', 'two', '1.5'])('--jobs %s is a usage error (exit 2)', async (n) => {
    const r = await runWith(['quotes', '--jobs', n], { stdin: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^extract: --jobs must be a whole number of at least 1/);
  });
});

describe('Ctrl-C (abort signal)', () => {
  test('an aborted run returns 130 with whole records only', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await runWith(['quotes', '--input', 'jsonl', '--jobs', '1', '--format', 'ndjson'], { stdin: jsonl(10), signal: controller.signal });
    expect(r.status).toBe(130);
    expect(r.stderr).toBe('');
  });
});
