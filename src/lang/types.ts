import type { QuotesPack } from '../quotes/types.js';
import type { NamedLexicon } from '../entities/named/types.js';
import type { Lang } from '../types.js';

/**
 * Everything that is specific to one language, as data. The engines in segment/, quotes/ and
 * entities/ only ever read a LangPack; they never mention a word of any language.
 */
export interface LangPack {
  code: Lang;
  /** frequent function words, for language detection */
  stopwords: readonly string[];
  /** abbreviations whose period does not end a sentence (without the period) */
  abbreviations: readonly string[];
  /** reporting verbs, attribution words and strategies for quotes (see src/quotes/types.ts) */
  quotes: QuotesPack;
  /** people, organizations and places: compiled gazetteers and cues (see entities/named/types.ts) */
  entities?: NamedLexicon;
  /** words and phrases of dates, read by entities/dates */
  dates: DateVocab;
}

/** A phrase (a regex source, matched case-insensitively on the fold) and a signed number. */
export type Offset = readonly [phrase: string, n: number];

/**
 * Date vocabulary. Phrases are regex sources matched with the `iu` flags on the fold (’ is ',
 * dashes are -), between letter boundaries. Days of the week start on Sunday (index 0).
 */
export interface DateVocab {
  /** 12 entries: full month names, which may stand alone ("en novembre") */
  months: readonly (readonly string[])[];
  /** 12 entries: short forms, only read next to a day number or a year ("déc. 2012", "Sept. 11") */
  monthAbbrevs: readonly (readonly string[])[];
  /** month names must be capitalised to count (English "May" vs "may") */
  monthCapitalised: boolean;
  /** a month name standing alone counts only after one of these (empty: always counts) */
  monthAloneAfter: readonly string[];
  /** 7 entries, Sunday first */
  weekdays: readonly (readonly string[])[];
  /** after a day number: "1er", "1st" */
  ordinal: string;
  /** between a month and a year: "March of 2008" */
  monthYearLink: string;
  /** "June 1" besides "1 June" */
  monthFirst: boolean;
  /** numeric d/m/y (false) or m/d/y (true) */
  numericMonthFirst: boolean;
  /** right after a date or weekday: "dernier" (-1), "prochain" (+1) */
  after: readonly Offset[];
  /** right before a date or weekday: "last" (-1), "next" (+1), "ce"/"this" (0) */
  before: readonly Offset[];
  /** one word of every relative or anchored phrase below: a sentence without any is not searched for them */
  relativeKeywords: readonly string[];
  /** days relative to the reference date: "hier" -1 */
  relativeDays: readonly Offset[];
  /** months relative to the reference date: "le mois dernier" -1 */
  relativeMonths: readonly Offset[];
  /** years relative to the reference date: "l'an dernier" -1 */
  relativeYears: readonly Offset[];
  /** days relative to the day the text last named: "la veille" -1, "le lendemain" +1 */
  anchoredDays: readonly Offset[];
  /** phrases that contain a date word but are no date ("d'aujourd'hui": nowadays); they hide what they cover */
  notDates: readonly string[];
  /** years relative to the year the text last named: "the following year" +1 */
  anchoredYears: readonly Offset[];
  /** right after an anchored day, "of <event>": "la veille de l'élection" is the day of the clause */
  ofEvent: string;
  /** before a month or a year, kept in the mention, precision unchanged: "début", "mi-", "end of" */
  modifiers: readonly string[];
  /** link between a modifier and what it modifies: "de", "of" */
  modifierLink: string;
  /** only after a modifier: "début de l'année" (year, 0), "fin du mois" (month, 0) */
  modifiedYear: readonly string[];
  modifiedMonth: readonly string[];
  /** before a bare year: "en 2020", "depuis 2007", "by 2012" */
  yearBefore: readonly string[];
  /** also accepted before a year older than 1900 ("de 1789 à 1799"); other old numbers are not years */
  yearLinks: readonly string[];
  /** right before a weekday, makes it part of a night or span, not a date: "nuit de samedi à" */
  spanning: readonly string[];
  /** a bare year followed by a lowercase word that is not a stopword is a count in this language ("2000 manifestants") */
  yearNotBeforeNoun: boolean;
  /** lowercase words that may follow a bare year besides the stopwords: "2012 a été" */
  yearFollowers: readonly string[];
  /** before a number that makes it a count or a decade, not a year: "environ", "about", "les années" */
  countBefore: readonly string[];
  /** after a number that makes it a count or a measure: "%", "euros", "km" */
  unitAfter: readonly string[];
  /** relative expressions left to chrono-node: "il y a trois jours", "two days ago" */
  chronoTriggers: readonly string[];
  /** words one of which every chrono trigger holds: a sentence without any is not searched for them */
  chronoKeywords: readonly string[];
  /** units that make an expression a duration, week, weekend or decade: skipped */
  vague: readonly string[];
  /** tense markers: the nearest one to a date decides past or future */
  past: readonly string[];
  future: readonly string[];
  /** before a date at the top of an article, anywhere on its line: "Publié le", "Mis à jour le" */
  datelinePrefixes: readonly string[];
  /** between the place opening a dateline and its date: "Paris, le 14 septembre 2023" */
  datelineAfterPlace?: readonly string[];
  /** between several days of one month: "les 3 et 4 mai", "du 3 au 5 mai" */
  dayListLink: string;
}
