import { describe, expect, test } from 'vitest';
import { isoDay, parseArticle } from '../../src/cli/article.js';

const fields = { text: 'text', id: 'id', date: 'date' };

describe('parseArticle: one JSONL line → an article or a reason', () => {
  test.each([
    ['{"id":"a1","text":"Bonjour.","date":"2021-01-10"}', fields, { text: 'Bonjour.', id: 'a1', date: '2021-01-10' }],
    ['{"id":7,"text":"Hello."}', fields, { text: 'Hello.', id: 7, date: undefined }],
    ['{"text":"Sans id."}', fields, { text: 'Sans id.', id: null, date: undefined }],
    ['{"text":"CRLF line."}\r', fields, { text: 'CRLF line.', id: null, date: undefined }],
    ['{"body":"Autre nom.","guid":"x","published":"2020-05-01T08:00:00Z"}', { text: 'body', id: 'guid', date: 'published' },
      { text: 'Autre nom.', id: 'x', date: '2020-05-01' }],
    ['{"text":"Date illisible.","date":"hier"}', fields, { text: 'Date illisible.', id: null, date: undefined }],
  ])('%s', (line, f, expected) => {
    expect(parseArticle(line, f)).toEqual(expected);
  });

  test.each([
    ['not json', /^not valid JSON: /],
    ['{"id":1,"text":', /^not valid JSON: /],
    ['[1,2]', /^not a JSON object$/],
    ['"text"', /^not a JSON object$/],
    ['{"id":1}', /^no "text" field holding a string$/],
    ['{"text":42}', /^no "text" field holding a string$/],
  ])('refuses %s', (line, message) => {
    const r = parseArticle(line, fields);
    expect(r).toHaveProperty('error');
    expect((r as { error: string }).error).toMatch(message);
    expect((r as { error: string }).error).not.toMatch(/\n/);
  });

  test.each(['', '   ', '\r'])('skips the blank line %j', (line) => {
    expect(parseArticle(line, fields)).toBeNull();
  });
});

describe('isoDay', () => {
  test.each([
    ['2021', '2021'], ['2021-01', '2021-01'], ['2021-01-10', '2021-01-10'], ['2021-01-10T23:59:59+02:00', '2021-01-10'],
    ['2021-13-01', undefined], ['10/01/2021', undefined], [20210110, undefined], [null, undefined], ['20210', undefined],
  ])('%j → %j', (value, expected) => {
    expect(isoDay(value)).toBe(expected);
  });
});
