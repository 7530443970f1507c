import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { check, none, type Case } from './run.js';

// Sentences written for these tests; {q:…} marks the expected quote, the speaker is given by name.
const direct: Case[] = [
  ['"{q:We will not give up on this town,}” said Mayor Linda Hart.', 'direct', 'Linda Hart'],
  ['“{q:The deal is done,}” Linda Hart said on Monday.', 'direct', 'Linda Hart'],
  ['"{q:Prices will keep rising this winter,}" the company said in a statement.', 'direct', 'company'],
  ['"{q:It was a mistake,}" Tom Baker, a spokesman for the airline, told reporters.', 'direct', 'Tom Baker'],
  ['Senator Ann Cole said: "{q:This bill protects every family in the state.}"', 'direct', 'Ann Cole'],
  ['According to the ministry, "{q:no decision has been taken on the new airport.}"', 'direct', 'ministry'],
  ['"{q:Our teams are working around the clock,}" a spokeswoman for Delta Air Lines said.', 'direct', 'Delta Air Lines'],
  ['"{q:We are ready,}" she told the BBC.', 'direct', null, 'BBC'],
  ['"{q:We will not raise taxes,}" the prime minister said, speaking on CNN.', 'direct', 'prime minister', 'CNN'],
  ['"{q:We will not raise taxes,}" Rishi Sunak said, appearing on Sky News on Sunday.', 'direct', 'Rishi Sunak', 'Sky News'],
  ['"{q:We expect most customers back by Monday,}" a spokesman for UK Power Networks told Reuters.', 'direct', 'UK Power Networks', 'Reuters'],
  ['"{q:We will not give up,}" Tom Ross told the head of the UN.', 'direct', 'Tom Ross', null],
  ['"{q:We will not give up,}" said to the BBC John Smith.', 'direct', 'John Smith', 'BBC'],
  // abbreviated titles; a medium whose name ends in an audience word
  ['"{q:We will not back down,}" said Sen. Elizabeth Warren, D-Mass.', 'direct', 'Elizabeth Warren'],
  ['"{q:We will not back down,}" Gov. Gavin Newsom told reporters.', 'direct', 'Gavin Newsom'],
  ['"{q:We will not back down,}" Mayor John Smith told the Associated Press on Tuesday.', 'direct', 'John Smith', 'Associated Press'],
  ['"{q:We will not back down,}" John Smith told the press.', 'direct', 'John Smith', null],
  // the addressee of `told`, then the reported clause, with or without that
  ['Officials told Reuters {q:the talks had stalled}.', 'indirect', 'Officials', 'Reuters'],
  ['The mayor told reporters {q:the plan was dead}.', 'indirect', 'mayor', null],
  ['Mary Jones told her {q:the plan was dead for good}.', 'indirect', 'Mary Jones', null],
  ['The chief executive told analysts {q:the company expected a record profit}.', 'indirect', 'chief executive', null],
  ['Robert Hogg told reporters in Columbus that {q:the team was testing the arm}.', 'indirect', 'Robert Hogg', null],
  // when it was said, between the verb and a clause without that, is no part of the clause
  ['The ministry said on Tuesday {q:it had summoned the Russian ambassador}.', 'indirect', 'ministry'],
  ['Officials said last week {q:they had found no evidence of fraud}.', 'indirect', 'Officials'],
  ['The mayor told reporters Monday {q:the city would not raise taxes}.', 'indirect', 'mayor', null],
  ['The company said Tuesday {q:prices would rise in the spring}.', 'indirect', 'company'],
  ['The ministry said late Tuesday {q:it had summoned the ambassador}.', 'indirect', 'ministry'],
  ['The company said over the weekend that {q:it would cut 500 jobs}.', 'indirect', 'company'],
  // …unless the adverb goes with the noun after it
  ['Linda Hart said {q:first responders were at the scene within minutes}.', 'indirect', 'Linda Hart'],
  // whoever was told, in a few words before `that`, is no part of the clause
  ['Tim Cook told investors that {q:iPhone sales had beaten expectations}.', 'indirect', 'Tim Cook', null],
  ['The minister told the court that {q:he had never met the man}.', 'indirect', 'minister', null],
  // an incise's subject is no clause, and a clause after the verb is no subject; a person heads an apposition
  ['{q:The plan is dead}, said the mayor in a statement.', 'indirect', 'mayor'],
  // a relative clause's verb is not the cue; an audience word is the whole audience
  ['"{q:We had no warning,}" one resident, who asked not to be named, told AFP.', 'direct', 'one resident', 'AFP'],
  ['"{q:I think we will get a deal,}" Biden told reporters aboard Air Force One.', 'direct', 'Biden', null],
  // a politician's party tag in apposition
  ['Senate Majority Leader Chuck Schumer, D-N.Y., told reporters {q:the bill would pass by March 15}.', 'indirect', 'Chuck Schumer'],
  ['Treasury Secretary Janet Yellen spoke on Monday. Yellen, speaking at the Brookings Institution, said {q:inflation was easing quite fast}.', 'indirect', 'Janet Yellen'],
  ['Prime Minister Boris Johnson said: "{q:We will do whatever it takes.}"', 'direct', 'Boris Johnson'],
  ['Omani Minister of State for Foreign Affairs Karim al-Nasser told reporters: "{q:We will not give in to pressure.}"', 'direct', 'Karim al-Nasser'],
  ['The Met Office\'s chief meteorologist, Frank Saunders, said: "{q:Another storm is coming.}"', 'direct', 'Frank Saunders'],
  ['Tom Lane, the president of Chrysler announced: "{q:The plant will stay open.}"', 'direct', 'Tom Lane'],
  ['‘{q:We’re not going anywhere,}’ the workers’ leader said.', 'direct', 'workers’ leader'],
  ['The chairman, Paul Grant, said: ‘{q:It’s our town.}’', 'direct', 'Paul Grant'],
  // an unnamed spokesperson stands for the body, after the verb too; a lawyer speaks for no body
  ['"{q:We will appeal,}" said a spokesman for the ministry.', 'direct', 'ministry'],
  ['"{q:We will appeal,}" a lawyer for Donald Trump said.', 'direct', 'lawyer for Donald Trump'],
  ['"{q:We are working around the clock,}" said Karen Miles, a spokeswoman for Northern Power.', 'direct', 'Karen Miles'],
  // an institution's noun before a source noun names the source; an adjective does not
  ['"{q:We will not back down,}" a ministry statement said.', 'direct', 'ministry'],
  ['"{q:We will not back down,}" a company spokesman told Reuters.', 'direct', 'company', 'Reuters'],
  ['"{q:We will not back down,}" a senior official said.', 'direct', 'senior official'],
  // a name in the complement of a source noun, whose first word is also a reporting verb (state)
  ['"{q:No deal has been announced yet,}" a spokeswoman for the State Department said.', 'direct', 'State Department'],
];

const partial: Case[] = [
  ['The minister said that the plan was "{q:a serious mistake for the country}".', 'partial', 'minister'],
  ['Analyst Peter Long described the merger as a "{q:bold bet on the future}", adding that risks remained.', 'partial', 'Peter Long'],
  ['The mayor had already left the meeting, adding that "{q:nothing has been decided}".', 'partial', 'mayor'],
  ['The union said it was "{q:extremely disappointed}" by the vote.', 'partial', 'union'],
  ['Jobs called the new phone "{q:the biggest leap since the original}".', 'partial', 'Jobs'],
  ['His main rival, J.R. Hollis, said the survey showed "{q:real momentum on our side}".', 'partial', 'J.R. Hollis'],
];

describe('en: direct quotes', () => test.each(direct)('%s', (...c) => check('en', c)));
describe('en: partial quotes', () => test.each(partial)('%s', (...c) => check('en', c)));

// verbs that introduce quoted words in press copy, after the quote and before it
const verbs = ['demanded', 'thundered', 'fumed', 'sighed', 'laughed', 'shot back', 'summed up', 'slammed', 'yelled', 'screamed', 'chanted', 'roared'];
describe('en: reporting verbs', () => test.each(verbs)('"…," %s Mary Jones / Mary Jones %s', (v) => {
  check('en', [`"{q:The project is dead and buried,}" ${v} Mary Jones.`, 'direct', 'Mary Jones']);
  check('en', [`"{q:The project is dead and buried,}" Mary Jones ${v}.`, 'direct', 'Mary Jones']);
}));

describe('en: indirect speech', () => {
  const cases: Array<[string, string, string]> = [
    ['The company said that it would close two plants next year.', 'it would close two plants next year', 'company'],
    // unnamed officials of a body speak for it
    ['Police officials said the suspect had been arrested near the border.', 'the suspect had been arrested near the border', 'Police'],
    ['The talks will resume in March, the ministry said.', 'The talks will resume in March', 'ministry'],
    ['General Ann Price, head of the command, said it is hoped the first aircraft can fly in 2010.', 'it is hoped the first aircraft can fly in 2010', 'Ann Price'],
    ['The plant will close at the end of the year, the company told reporters.', 'The plant will close at the end of the year', 'company'],
  ];
  test.each(cases)('%s', (text, clause, speaker) => {
    expect(analyze(text, { lang: 'en', entities: false }).quotes).toMatchObject([{ text: clause, kind: 'indirect', speaker }]);
  });
});

describe('en: reported speech coordinated after a quote', () => {
  test.each([
    ['Senator Ann Cole called the plan "a bad joke" and said her party would vote against it next week.', 'her party would vote against it next week', 'said'],
    ['Analyst Ben Ford said the cuts were "long overdue" and that he expected more layoffs next year.', 'he expected more layoffs next year', 'said'],
  ])('%s', (text, clause, cue) => {
    const q = analyze(text, { lang: 'en' }).quotes;
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', q[0].speaker], ['indirect', q[0].speaker]]);
    expect(q[0].speaker).not.toBeNull();
    expect([q[1].text, q[1].cue]).toEqual([clause, cue]);
  });
  test('a verb that reports nothing adds nothing', () => {
    const q = analyze('The mayor called it "a good day" and smiled at the crowd for a long time.', { lang: 'en' }).quotes;
    expect(q.map((x) => x.kind)).toEqual(['partial']);
  });
});

describe('en: continued speakers', () => {
  test('a definite description by age names again the person just named; an indefinite one somebody new', () => {
    const text = 'The club kept its coach, Mark Hill, on Thursday. "I am happy to stay here," said the 55-year-old.\n\n"We can breathe again," said a 72-year-old resident.';
    expect(analyze(text, { lang: 'en' }).quotes.map((x) => x.speaker)).toEqual(['Mark Hill', '72-year-old resident']);
  });
  test('"…," he said. "…" keeps the speaker; he points back to the name', () => {
    const text = 'John Reed, the chief executive of the bank, spoke after the vote. "We lost," he said. "But we will be back next year with a better plan."';
    const q = analyze(text, { lang: 'en', entities: false }).quotes;
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['John Reed', 'said'], ['John Reed', null]]);
  });
  test('a pronoun after according to names the speaker before', () => {
    const text = 'Mark Hill was furious. According to him, "the government lied".';
    expect(analyze(text, { lang: 'en', entities: false }).quotes.map((x) => x.speaker)).toEqual(['Mark Hill']);
  });
  test('a gerund continues the speaker of the sentence', () => {
    const text = 'Mary Stone released a statement saying "The board made the right choice for the company and its workers."';
    const q = analyze(text, { lang: 'en', entities: false }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Mary Stone']);
  });
  test('he does not point back to an organisation', () => {
    const text = '"The plant stays open," the company said. Later, Frank Miles took the floor. "I am proud of our workers," he said.';
    const q = analyze(text, { lang: 'en', entities: false }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['company', 'Frank Miles']);
  });
});

describe('en: spans', () => {
  test('a quote whose closing mark was lost ends with its sentence', () => {
    const text = 'General Ray Stone said "This will be a long mission for all of us. The board met again on Friday and approved the budget.';
    const q = analyze(text, { lang: 'en', entities: false }).quotes;
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['This will be a long mission for all of us.', 'Ray Stone']]);
  });
});

describe('en: not quotes', () => {
  test.each([
    'She has read "War and Peace" twice this year.',
    'The so-called "bumpers" were removed from the track.',
    'The film "The Long Road Home" opens on Friday in New York.',
    'We expect that the weather will improve.',
    'The "Blue Ribbon" label is given to the best farms.',
    'Over five billion applications, commonly called "apps", were sold.',
    'The group, dubbed "the Gang of Four," met on Monday.',
    'Yellen, speaking at the Brookings Institution, said inflation was easing.',
    'Its Ohio plant, which was previously announced by Ford that it would close, is still open today.',
    'According to the club, the two coaches have also mentioned the injury of the captain.',
  ])('%s', (text) => none('en', text));
  test('a long quote with no source has a null speaker', () => {
    const q = analyze('The sign at the entrance read "all visitors must report to the front desk before entering".', { lang: 'en', entities: false }).quotes;
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
});

describe('en: a bare title names the person who carried it', () => {
  test('the senator → Senator Ann Cole', () => {
    const text = 'Senator Ann Cole visited the plant on Monday. Later, the senator said: "We will fight for these jobs."';
    expect(analyze(text, { lang: 'en' }).quotes.map((q) => q.speaker)).toEqual(['Ann Cole']);
  });
});

describe('en: he and she point back to a person of their sex', () => {
  test.each([
    ['Mary Jones met Tom Baker on Monday. Later, Baker spoke first. "We had a good talk," she said.', 'Mary Jones'],
    ['Tom Baker met Mary Jones on Monday. Jones spoke to the press. "It went well," he said.', 'Tom Baker'],
  ])('%s', (text, speaker) => {
    expect(analyze(text, { lang: 'en' }).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('en: speaker types', () => {
  test.each([
    // a capital that opens the sentence is no sign of a name
    ['Analysts said the recall could cost the company dearly.', 'Analysts', 'person'],
    ['Gazprom said it would cut deliveries to Europe by half.', 'Gazprom', 'organization'],
  ])('%s', (text, speaker, type) => {
    expect(analyze(text, { lang: 'en', entities: false }).quotes.map((q) => [q.speaker, q.speakerType])).toEqual([[speaker, type]]);
  });
});
