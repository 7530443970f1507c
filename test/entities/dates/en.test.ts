import { describe, expect, test } from 'vitest';
import { datesOf, valuesOf } from '../../helpers/dates.js';

// [sentence, reference date, expected values]. 2009-04-03 is a Friday, 2010-06-08 a Tuesday.
const found: [string, string, string[]][] = [
  ['The contract was signed on March 1, 2008 in Washington.', '2009-04-03', ['2008-03-01']],
  ['The deal was announced on 8 June 2010 in London.', '2011-01-01', ['2010-06-08']],
  ['The press conference took place June 1st in New York.', '2009-06-04', ['2009-06-01']],
  ['The service goes live on July 1.', '2010-06-08', ['2010-07-01']],
  // a past day a few days after the article's date is still this year's (dates are often a bit off)
  ['The report, released on March 22, found no collusion.', '2019-03-20', ['2019-03-22']],
  ['The report, released on March 22, found no collusion.', '2019-03-01', ['2018-03-22']],
  ['The update is stamped 2019-03-14T10:35:00Z.', '2019-03-20', ['2019-03-14']],
  ['The phone was shown on Sept. 11 to reporters.', '2010-10-01', ['2010-09-11']],
  ['Sales dropped 23% compared to March of 2008.', '2009-04-03', ['2008-03']],
  ['GM has until the end of May to restructure.', '2009-04-03', ['2009-05']],
  ['Since December the carmakers have received loans.', '2009-04-03', ['2008-12']],
  ['In April, the blog revealed a prototype of the phone.', '2010-06-08', ['2010-04']],
  ['Prices rose sharply in mid-May.', '2010-06-08', ['2010-05']],
  ['The first sample could be collected as early as July.', '2021-03-05', ['2021-07']],
  ['As of March, the plant had shed 300 jobs.', '2021-06-05', ['2021-03']],
  ['The plant was closed last May.', '2010-06-08', ['2010-05']],
  ['The plant was closed last August.', '2010-06-08', ['2009-08']],
  ['The plant was built in 2006 over the objections of the union.', '2009-04-03', ['2006']],
  ['The company plans to end its losses by 2008.', '2006-01-23', ['2008']],
  ['Production moved to Alabama by 2010-11.', '2008-03-01', ['2010']],
  ['Apple unveiled the phone at WWDC 2005 in San Francisco.', '2010-06-08', ['2005']],
  ['The 2012 election will be close.', '2011-05-01', ['2012']],
  ['He joined the firm in 1964. The following year, he became a partner.', '2010-06-08', ['1964', '1965']],
  ['The company filed for bankruptcy in 2009 and emerged a year later.', '2011-04-20', ['2009', '2010']],
  ['The trial began last Wednesday and is expected to last until May 15.', '2011-04-20', ['2011-04-13', '2011-05-15']],
  // relative to the reference date
  ['Yesterday, Apple unveiled the new phone.', '2010-06-08', ['2010-06-07']],
  ['There is a lot of anger here today.', '2006-01-23', ['2006-01-23']],
  ['Ford lost $1.6 billion last year in North America.', '2006-01-23', ['2005']],
  ['Two more plants will be closed later this year.', '2006-01-23', ['2006']],
  ["At this year's conference, Apple showed a new phone.", '2010-06-08', ['2010']],
  ['The rebels seized the town three days ago.', '2010-06-08', ['2010-06-05']],
  ['Sales fell sharply last month.', '2010-06-08', ['2010-05']],
  // weekdays follow the tense
  ['The chief executive was replaced Sunday.', '2009-04-03', ['2009-03-29']],
  ['Henderson spoke out on Tuesday about the plan.', '2009-04-03', ['2009-03-31']],
  ['The board will meet on Tuesday.', '2009-04-03', ['2009-04-07']],
  ['The vote will be held on Tuesday.', '2009-04-03', ['2009-04-07']],
  ['He will be there next Monday.', '2010-06-08', ['2010-06-14']],
  ['The team lost last Thursday.', '2010-06-08', ['2010-06-03']],
  ['The rover landed on Mars on Friday. The next day, it sent pictures.', '2010-06-08', ['2010-06-04', '2010-06-05']],
  // "would" in reported speech is a future seen from the past (2023-06-07 is a Wednesday)
  ['Officials said the port would reopen on Monday.', '2023-06-07', ['2023-06-12']],
  ['A final amendment was added two days ago.', '2023-04-21', ['2023-04-19']],
];

const none: [string, string][] = [
  ['You may leave the room now.', '2010-06-08'],
  ['The company will cut 30,000 jobs and close 14 plants.', '2006-01-23'],
  ['About 2000 people attended the rally.', '2010-06-08'],
  ['The victim was 17 years old.', '2010-06-08'],
  ['The strike lasted six weeks.', '2010-06-08'],
  ['The conference started at 16:15 UTC.', '2010-06-08'],
  ['Talks broke down last week.', '2010-06-08'],
  ['Prices doubled in the 1990s.', '2010-06-08'],
  ['The plan must be agreed within 30 days.', '2010-06-08'],
  ['Whitey MacDonald, chairperson of Local 1520, spoke to reporters.', '2006-01-23'],
  ['The march drew thousands of people.', '2010-06-08'],
  ['Sales grew for decades.', '2010-06-08'],
  ['Stores will open early for Black Friday.', '2010-11-20'],
  ['Earlier this week, the minister resigned.', '2010-06-08'],
  ['May was forced to delay the vote.', '2010-06-08'],
  ['The shop was robbed on the night of Friday to Saturday.', '2010-06-08'],
  ['The house at 1600 Pennsylvania Avenue is white.', '2010-06-08'],
  ['The market opens every Monday at dawn.', '2010-06-08'],
  ['The museum is closed on Mondays.', '2010-06-08'],
  ['The plant opened ten years ago.', '2010-06-08'],
];

describe('English dates', () => {
  test.each(found)('%s (ref %s)', (text, ref, expected) => {
    expect(valuesOf(text, 'en', ref)).toEqual(expected);
  });
  test.each(none)('no date: %s', (text, ref) => {
    expect(valuesOf(text, 'en', ref)).toEqual([]);
  });
});

// a date's mention is its words: no space after it, whatever follows (English has no words after a
// date that widen it, and an empty list of them once matched the space before a parenthesis)
describe('English date mentions', () => {
  test.each([
    ['LONDON, June 8 (Reuters) - A judge said.', 'June 8'],
    ['He came on June 8 (a Monday) and left.', 'June 8'],
    ['The vote is set for March 3 , officials said.', 'March 3'],
  ])('%s', (text, mention) => {
    expect(datesOf(text, 'en', '2021-03-03')[0].mentions.map((m) => m.text)).toEqual([mention]);
  });
});

describe('English reference date', () => {
  test('a dateline on the line after the headline is the reference date', () => {
    const text = 'GM and Chrysler receive loans\n\nApril 03, 2009\n\nThe chief executive was replaced Sunday.';
    expect(valuesOf(text, 'en')).toEqual(['2009-03-29', '2009-04-03']);
  });
  test('a dateline after a city and its state, closed by a dash', () => {
    const text = 'Council approves bike lanes\n\nSPRINGFIELD, Ill., April 21, 2023 — The council voted on Thursday. The debate began last year.';
    expect(valuesOf(text, 'en')).toEqual(['2022', '2023-04-20', '2023-04-21']);
  });
  test('a dateline after a city and a country in two words', () => {
    const text = 'Talks resume\n\nCAPE TOWN, South Africa, March 3, 2021 (Reuters) - The talks resumed yesterday.';
    expect(valuesOf(text, 'en')).toEqual(['2021-03-02', '2021-03-03']);
  });
  test('a date line with a weekday and a time', () => {
    const text = 'Brexit: May loses the vote\nThu 14 Mar 2019 10.35 GMT\n\nThe prime minister lost the vote yesterday.';
    expect(valuesOf(text, 'en')).toEqual(['2019-03-13', '2019-03-14']);
  });
  test('without a reference date, "yesterday" has no value', () => {
    expect(datesOf('Yesterday, Apple unveiled the new phone.', 'en').map((d) => d.value)).toEqual([null]);
  });
  test('every mention slices the text at its offsets', () => {
    const text = 'June 8, 2010\n\nYesterday, at this year’s conference, Apple said the phone ships June 24.';
    for (const e of datesOf(text, 'en')) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
