/**
 * English date vocabulary (read by entities/dates). Phrases are regex sources matched on the fold
 * (’ → ', dashes → -), case-insensitively; a space stands for any run of white space.
 * Sources: the usage of English wire copy (AP, Wikinews) and chrono-node's English locale.
 * Dropped: "last week", "this weekend" (weeks are not dates), seasons, "recent years".
 */
import type { DateVocab } from '../types.js';

export const dates: DateVocab = {
  months: [
    ['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'],
    ['September'], ['October'], ['November'], ['December'],
  ],
  monthAbbrevs: [
    ['Jan'], ['Feb'], ['Mar'], ['Apr'], [], ['Jun'], ['Jul'], ['Aug'], ['Sept', 'Sep'], ['Oct'], ['Nov'], ['Dec'],
  ],
  monthCapitalised: true,
  monthAloneAfter: [
    'in', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'of', 'during', 'between', 'and',
    'or', 'to', 'through', 'early', 'mid', 'late', 'end of', 'beginning of', 'start of', 'middle of',
    'last', 'next', 'this', 'past', 'coming', 'as early as', 'as late as', 'as of',
  ],
  weekdays: [['Sunday'], ['Monday'], ['Tuesday'], ['Wednesday'], ['Thursday'], ['Friday'], ['Saturday']],
  ordinal: '(?:st|nd|rd|th)',
  monthYearLink: '(?:of )?',
  monthFirst: true,
  numericMonthFirst: true,
  after: [],
  before: [['last', -1], ['next', 1], ['this', 0], ['this past', -1], ['this coming', 1], ['coming', 1]],
  relativeKeywords: [
    'yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'month', 'year',
    "year's", 'day', 'ago',
  ],
  relativeDays: [
    ['the day before yesterday', -2], ['yesterday', -1], ['today', 0], ['tonight', 0],
    ['this morning', 0], ['this afternoon', 0], ['this evening', 0], ['tomorrow', 1],
    ['the day after tomorrow', 2],
  ],
  relativeMonths: [
    ['last month', -1], ['next month', 1], ['this month', 0], ['earlier this month', 0], ['later this month', 0],
  ],
  relativeYears: [
    ['last year', -1], ["last year's", -1], ['next year', 1], ["next year's", 1], ['this year', 0],
    ["this year's", 0], ['earlier this year', 0], ['later this year', 0],
  ],
  anchoredDays: [
    ['the day before', -1], ['the previous day', -1], ['the next day', 1], ['the following day', 1],
    ['the day after', 1], ['the same day', 0], ['that day', 0], ['later that day', 0], ['earlier that day', 0],
    ['earlier in the day', 0], ['later in the day', 0],
  ],
  anchoredYears: [
    ['a year later', 1], ['a year earlier', -1], ['the year after', 1],
    ['the following year', 1], ['the next year', 1], ['the previous year', -1], ['the year before', -1],
    ['that year', 0], ['the same year', 0],
  ],
  notDates: ['black friday', 'good friday', 'cyber monday', 'super tuesday', 'ash wednesday', 'easter sunday', 'to this day', 'to date', 'up to date', 'day to day', 'day-to-day', 'year-on-year', 'year-over-year',
    // habits, not days: "every Monday" ("on Mondays" is never read as a weekday)
    '(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'],
  ofEvent: ' (?:of|the)(?!\\s*\\d)',
  modifiers: ['early', 'mid', 'late', 'the end of', 'end of', 'the beginning of', 'beginning of', 'the start of', 'start of', 'the middle of'],
  modifierLink: '(?: ?- ?| )',
  modifiedYear: ['the year'],
  modifiedMonth: ['the month'],
  yearBefore: ['in', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'of', 'during', 'year', 'fiscal', 'early', 'late'],
  yearLinks: ['of', 'and', 'to', 'between', 'or', 'the'],
  spanning: ['night (?:of|from)', 'night (?:of|from) \\p{L}+ (?:to|into)'],
  yearNotBeforeNoun: false,
  yearFollowers: [],
  countBefore: ['about', 'some', 'over', 'nearly', 'almost', 'around', 'than', 'approximately', 'roughly', 'only', 'just'],
  unitAfter: [
    '%', '\\$', 'dollars?', 'euros?', 'pounds?', 'km', 'm', 'kg', 'miles?', 'feet', 'tons?', 'people',
    'jobs', 'workers', 'employees', 'votes', 'points?', 'hours?', 'years', 'units', 'cars', 'vehicles',
    'GMT', 'UTC', 'EST', 'EDT', 'ET', 'BST',
  ],
  chronoTriggers: [
    '(?:[\\p{L}\\d-]+ ){1,2}(?:days?|months?|years?) ago',
  ],
  chronoKeywords: ['ago'],
  // "ten years ago": a distance counted back, not a calendar year; "a year ago" stays last year
  vague: ['(?:[\\p{L}\\d-]+ ){1,2}years ago', 'weeks?', 'weekends?', 'decades?', 'centur(?:y|ies)', 'hours?', 'minutes?', 'night'],
  past: [
    'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'yesterday', 'since',
    '\\p{Ll}{2,}ed', 'went', 'came', 'took', 'made', 'gave', 'met', 'won', 'lost', 'began', 'left',
    'held', 'saw', 'fell', 'rose', 'spoke', 'sold', 'bought', 'paid', 'got', 'became', 'ran', 'wrote',
  ],
  future: [
    'will', "'ll", 'shall', 'going to', 'is to', 'are to', 'set to', 'due', 'expected', 'scheduled',
    'plans? to', 'planned', 'next', 'tomorrow', 'upcoming', 'would', 'until',
    // a passive to come takes its participle along ("will be held", "could be collected"), so
    // that the participle is not read as a past
    '(?:will|would|could|shall|to) be \\p{Ll}+',
  ],
  datelinePrefixes: ['published', 'updated', 'posted', 'last updated', 'published on', 'updated on'],
  dayListLink: '(?:,|and|to|-|or|through)',
};
