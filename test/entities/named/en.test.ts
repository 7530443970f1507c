import { describe, expect, test } from 'vitest';
import { found, named } from './helpers.js';

const cases: [string, string[], string[]][] = [
  // a party tag after the name is no name
  ['Rep. Jim Jordan, R-Ohio, disagreed with the plan.', ['person:Jim Jordan'], ['person:R-Ohio']],
  ['President Barack Obama met Canadian Prime Minister Stephen Harper in Ottawa.', ['person:Barack Obama', 'person:Stephen Harper', 'place:Ottawa'], []],
  ['UBS analyst David Strauss said the deal was fair.', ['person:David Strauss', 'organization:UBS'], ['person:UBS analyst David Strauss']],
  ['Alabama Governor Bob Riley welcomed the news.', ['person:Bob Riley', 'place:Alabama'], ['person:Alabama Governor Bob Riley']],
  ['General Motors and the United Auto Workers reached a deal in Detroit.', ['organization:General Motors', 'organization:United Auto Workers', 'place:Detroit'], ['person:Motors']],
  ['Sen. Patty Murray of Washington criticized the Pentagon.', ['person:Patty Murray', 'organization:Pentagon'], []],
  ['Acme Widgets Inc. said profits rose in the U.S. last year.', ['organization:Acme Widgets Inc', 'place:U.S.'], []],
  ['The White House declined to comment, Reuters reported.', ['organization:White House', 'organization:Reuters'], []],
  ['The Securities and Exchange Commission opened an inquiry.', ['organization:Securities and Exchange Commission'], []],
  ['Tesla Inc said sales rose. Tesla shares fell.', ['organization:Tesla Inc'], ['organization:Tesla']],
  ['The plant in Greenvale, Michigan will close.', ['place:Greenvale', 'place:Michigan'], []],
  ['The deal was worth CA$ 4 billion for the KC-45 tanker.', [], ['organization:CA', 'organization:KC']],
  ['Obama and Romney met in Ohio.', ['place:Ohio'], ['organization:Obama and Romney']],
  // a known place or word opening an organization's name; capitals datelines; time zones
  ['A spokeswoman for Delta Air Lines said so.', ['organization:Delta Air Lines'], ['organization:Air Lines']],
  ['A spokesman for UK Power Networks told reporters.', ['organization:UK Power Networks'], ['organization:Power Networks']],
  ['The Ohio Department of Transportation closed the road.', ['organization:Ohio Department of Transportation'], ['organization:Department of Transportation']],
  ['FRESNO, Calif. (AP) — The city council met.', ['place:FRESNO'], ['organization:FRESNO']],
  ['Published 9:15 AM EST, May 2, 2021\n\nTOLEDO, Ohio — The mayor spoke.', ['place:TOLEDO', 'place:Ohio'], ['organization:AM EST']],
  ['The probe will reach Mars before it leaves Earth orbit.', ['place:Mars'], []],
  ['Prime Minister of Canada Justin Moreau spoke.', [], ['person:Prime Minister']],
  ['Dockworkers at the Port of Tacoma walked out.', ['organization:Port of Tacoma'], []],
  ['Senator K.T. Morrow said it. Later K.T. Morrow spoke again.', ['person:K.T. Morrow'], ['organization:K.T.']],
  ['Dana Kimble, director of Harmon College Polling, said the race is close.', ['person:Dana Kimble', 'organization:Harmon College Polling'], ['person:College Polling']],
  // a first name is no title's complement: not "spokesman for Ann" and a person "Cole"
  ['"The talks are over," a spokesman for Ann Cole said.', ['person:Ann Cole'], ['person:Cole']],
  // two capitalised words after `for` are one name, not a complement and a surname; after `of`, they may be
  ['"We are working," said Karen Miles, a spokeswoman for Northern Power.', ['person:Karen Miles'], ['person:Power']],
  ['Secretary of State Blinken said it.', ['person:Blinken'], []],
  // a name then a country is a company's branch, even when the name is also a first name
  ['Ford Australia said it would close its plant in Geelong.', ['organization:Ford Australia', 'place:Geelong'], ['person:Ford Australia']],
];

const negatives: [string, string[]][] = [
  ['Workers Fear The Worst As Talks Drag On', []],
  ['The company said on Monday that it would close a plant.', []],
  ['However, In the end, nobody came.', []],
  ['The new model has an LED screen and GPS.', []],
  ['The CEO said the plant would stay open.', []],
];

describe('English entities', () => {
  test.each(cases)('%s', (text, yes, no) => {
    const got = found(text, 'en');
    expect(got).toEqual(expect.arrayContaining(yes));
    for (const n of no) expect(got).not.toContain(n);
  });
});

describe('English negatives', () => {
  test.each(negatives)('%s', (text, expected) => {
    expect(found(text, 'en')).toEqual(expected);
  });
});

describe('English resolution', () => {
  test('surname and initials merge into the full name', () => {
    const es = named('Fritz Henderson runs the company. Henderson said F. Henderson would stay.', 'en');
    const p = es.find((e) => e.name === 'Fritz Henderson');
    expect(p?.count).toBe(3);
  });
});
