/**
 * French date vocabulary (read by entities/dates). Phrases are regex sources matched on the fold
 * (’ → ', dashes → -), case-insensitively; a space stands for any run of white space.
 * Sources: the usage of French wire copy (AFP, Wikinews) and chrono-node's French locale,
 * which has the month and weekday names but none of the relative phrases below.
 * Dropped: "dernier" alone (too common), seasons ("printemps dernier": not a date by the
 * annotation rules), "la semaine dernière" (weeks are not dates).
 */
import type { DateVocab } from '../types.js';

export const dates: DateVocab = {
  months: [
    ['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'],
    ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre'],
  ],
  monthAbbrevs: [
    ['janv', 'jan'], ['févr', 'fév', 'fevr', 'fev'], [], ['avr'], [], [], ['juil'],
    [], ['sept', 'sep'], ['oct'], ['nov'], ['déc', 'dec'],
  ],
  monthCapitalised: false,
  monthAloneAfter: [],
  weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  ordinal: '(?:er|e|ème)',
  monthYearLink: '(?:de )?',
  monthFirst: false,
  numericMonthFirst: false,
  after: [['derni(?:er|ère)', -1], ['pass(?:é|ée)', -1], ['prochaine?', 1], ['suivant', 1]],
  before: [['ce', 0], ['cette', 0]],
  relativeKeywords: [
    'hier', 'demain', "aujourd'hui", 'matin', 'midi', 'soir', 'après-midi', 'nuit', 'mois', 'an', 'année',
    'veille', 'avant-veille', 'lendemain', 'surlendemain', 'jour', 'avant-hier', 'après-demain', 'y a',
    'journée', 'soirée', 'matinée',
  ],
  relativeDays: [
    ['avant-hier', -2], ['hier', -1], ["aujourd'hui", 0], ['ce matin', 0], ['ce midi', 0],
    ['ce soir', 0], ['cet après-midi', 0], ['cette nuit', 0], ['demain', 1], ['après-demain', 2],
  ],
  relativeMonths: [
    ['(?:le |du )?mois (?:dernier|passé|précédent)', -1], ['(?:le |du )?mois prochain', 1],
    ['ce mois-ci', 0], ['(?:de )?ce mois', 0],
  ],
  relativeYears: [
    ['il y a un an', -1], ['il y a une année', -1],
    ["(?:l'|de l')(?:an|année) (?:dernier|dernière|passé|passée)", -1],
    ["(?:l'|de l')(?:an|année) prochaine?", 1],
    ['(?:de )?cette année', 0], ["(?:de )?l'année en cours", 0],
  ],
  anchoredDays: [
    ["l'avant-veille", -2], ['la veille', -1], ['(?:le )?lendemain', 1], ['(?:le )?surlendemain', 2],
    ['le jour même', 0], ['le même jour', 0], ['ce jour-là', 0], ['plus tôt dans la journée', 0],
    ['plus tard dans la journée', 0], ['dans la soirée', 0], ['dans la matinée', 0],
  ],
  anchoredYears: [
    ["l'année (?:suivante|d'après)", 1], ['un an plus tard', 1], ['un an plus tôt', -1], ["un an auparavant", -1], ["l'année précédente", -1], ['la même année', 0], ['cette année-là', 0],
  ],
  notDates: [
    "d'aujourd'hui", "aujourd'hui encore", "encore aujourd'hui", "jusqu'à aujourd'hui", "jusqu'aujourd'hui",
    "à l'heure d'aujourd'hui", 'au jour le jour', 'du jour au lendemain', 'sans lendemain',
    'vendredi saint', 'mardi gras', 'lundi de pâques', 'lundi de pentecôte', 'black friday', 'mai 68',
    // habits, not days: "le dimanche, on respire", "chaque samedi" ("le dimanche 3 mai", "le
    // dimanche suivant" stay dates; plurals, "les samedis", are never read as weekdays)
    '(?:le|chaque|tous les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?! (?:\\d|derni|prochain|suivant|précédent|pass))',
  ],
  ofEvent: " (?:de|du|des|d')(?!\\s*(?:\\d|ce |cette ))",
  modifiers: [
    'au début', 'dès le début', 'début', 'à la fin', 'fin', 'à la mi', 'mi', 'au milieu', 'courant',
  ],
  modifierLink: "(?: ?- ?| (?:de |du |d')?|(?<=\\p{L})(?:d'))",
  modifiedYear: ["l'année", "l'an", 'année'],
  modifiedMonth: ['mois', 'le mois'],
  yearBefore: [
    'en', 'depuis', "jusqu'en", "d'ici", "d'ici à", 'avant', 'après', 'dès', 'vers', 'année', 'an',
    'saison', 'édition', 'printemps', 'été', 'automne', 'hiver',
  ],
  yearLinks: ['de', 'du', 'à', 'au', 'et', 'ou', 'entre'],
  spanning: ['nuit (?:de|du)', 'nuit (?:de|du) \\p{L}+ (?:à|au)'],
  yearNotBeforeNoun: true,
  yearFollowers: [
    'a', 'est', 'ont', 'sont', 'avait', 'était', 'sera', 'lors', 'puis', 'contre', 'alors', 'quand',
    'lorsque', 'déjà', 'encore', 'à', 'après', 'avant', 'jusqu\'', 'mais', 'et', 'ou', 'où', "l'", "d'",
  ],
  countBefore: ['années', 'décennie', 'environ', 'plus de', 'moins de', 'près de', 'quelque', 'quelques', 'sur', 'les', 'des', 'ces'],
  unitAfter: [
    '%', '€', '\\$', 'euros?', 'dollars?', 'francs?', 'livres?', 'km', 'm', 'kg', 'mètres?', 'tonnes?',
    'habitants?', 'personnes?', 'morts?', 'victimes?', 'blessés?', 'emplois?', 'postes?', 'salariés?',
    'voix', 'points?', 'ans', 'heures?', 'h', 'GMT', 'UTC', 'HEC',
  ],
  chronoTriggers: [
    'il y a (?:[\\p{L}\\d-]+ ){1,2}(?:jours?|mois|ans?|années?)',
  ],
  chronoKeywords: ['y a'],
  // "il y a dix ans": a distance counted back, not a calendar year (the annotation skips it);
  // "il y a un an" stays last year (relativeYears), "il y a trois jours" a day
  vague: ['il y a (?:[\\p{L}\\d-]+ ){1,2}(?:ans|années)', 'semaines?', 'week-ends?', 'weekends?', 'décennies?', 'siècles?', 'heures?', 'minutes?', 'nuit de'],
  past: [
    'a', 'ont', 'avait', 'avaient', 'avons', 'avez', 'ai', 'as', 'eut', 'eurent', 'fut', 'furent',
    "s'est", 'se sont', "s'était", "s'étaient", 'était', 'étaient', 'hier', 'depuis', 'dès',
    '\\p{Ll}{2,}(?:ait|aient|èrent)', 'derni(?:er|ère)', 'pass(?:é|ée)', 'il y a',
    // passé composé with être: "il est mort", "elles sont arrivées" (not "est prévu", "est attendu")
    '(?:est|sont) (?!prévue?s?|attendue?s?|programmée?s?|appelée?s?)\\p{Ll}+(?:ée?s?|ie?s?|ue?s?|orte?s?)',
  ],
  future: [
    'sera', 'seront', 'serait', 'seraient', 'va', 'vont', 'doit', 'doivent', 'devra', 'devront',
    'devrait', 'devraient', 'pourra', 'pourront', 'pourrait', 'pourraient', 'pourrais',
    'prévue?s?', 'attendue?s?', 'programmée?s?', 'prochaine?', 'demain', "d'ici",
    '\\p{Ll}{2,}(?:eront|iront|dront|ront|era|ira|dra|vra|rra|rai|ras|rez|rons)', 'aura', 'auront', 'saura', 'fera', 'feront',
    // the conditional, future in the past of reported speech ("a annoncé qu'un train circulerait
    // jeudi"): -erait, -drait, -rrait; not -irait, -vrait, -urait, which are also imperfects
    // (tirait, ouvrait, durait); "aurait" + participle is a past conditional and stays past
    '\\p{Ll}{2,}(?:erai(?:t|ent)|drai(?:t|ent)|rrai(?:t|ent))', 'saurait', 'sauraient',
  ],
  datelineAfterPlace: ['le'], // "Paris, le 14 septembre 2023 –"
  datelinePrefixes: ['publié le', 'mis à jour le', 'modifié le', 'actualisé le', 'mise à jour'],
  dayListLink: "(?:,|et|au|à|-|ou)(?: le)?",
};
