import { describe, expect, test } from 'vitest';
import { datesOf, valuesOf } from '../../helpers/dates.js';

// [sentence, reference date, expected values]. 2012-07-04 is a Wednesday.
const found: [string, string, string[]][] = [
  // full and partial dates; a day without a year follows the tense
  ['Le préfet a été tué le 6 février 1998 à Ajaccio.', '2012-07-04', ['1998-02-06']],
  ['Le maire a pris la parole le 1er novembre 2012 devant la presse.', '2012-07-04', ['2012-11-01']],
  ["L'accord a été signé le 9 novembre entre les deux pays.", '2021-01', ['2020-11-09']],
  ['La réunion du 11 janvier sera consacrée au budget.', '2021-01', ['2021-01-11']],
  ['Le vote aura lieu le 9 novembre au Parlement.', '2021-01-05', ['2021-11-09']],
  ['Prévue le 3 décembre, la conférence a été annulée.', '2012-10-16', ['2012-12-03']],
  ['Il est mort le 3 décembre dans un hôpital parisien.', '2012-10-16', ['2011-12-03']],
  ['Il est attendu le 3 décembre à Bruxelles.', '2012-10-16', ['2012-12-03']],
  ['Les touristes ont traversé le Sahara le 3 décembre.', '2012-10-16', ['2011-12-03']],
  ['Il a démissionné le 14 juillet dernier.', '2012-07-04', ['2011-07-14']],
  ['Les destructions ont repris depuis le 30 juin dernier.', '2012-07-04', ['2012-06-30']],
  ['Le film sortira le 3 mars prochain en salles.', '2012-07-04', ['2013-03-03']],
  ['Le texte a été publié le 10/01/2021 au Journal officiel.', '2012-07-04', ['2021-01-10']],
  ['Le rapport daté 2021-01-10 a fuité.', '2012-07-04', ['2021-01-10']],
  ['Le projet est né le lundi 3 mai.', '2010-06-01', ['2010-05-03']],
  ['Les négociations se tiendront les 3 et 4 mai à Genève.', '2012-04-02', ['2012-05-03', '2012-05-04']],
  ['Le festival a eu lieu du 3 au 5 juillet.', '2012-08-02', ['2012-07-03', '2012-07-05']],
  ['Il sera absent entre le 3 et le 5 mai.', '2012-04-02', ['2012-05-03', '2012-05-05']],
  ['Les ventes ont chuté entre mars et mai 2009.', '2012-04-02', ['2009-03', '2009-05']],
  ['Le salon s’est tenu du 30 septembre au 2 octobre 2011.', '2012-04-02', ['2011-09-30', '2011-10-02']],
  ['Le décret a été signé le 12.03.2019 par le ministre.', '2019-05-01', ['2019-03-12']],
  // months and years
  ['Il a été élu en janvier 2021 à la tête du parti.', '2022-03-01', ['2021-01']],
  ['Les premières traces datent de février 2009.', '2012-10-31', ['2009-02']],
  ['Les actes ont augmenté de 46 % entre janvier et avril.', '2012-07-05', ['2012-01', '2012-04']],
  ["L'Ohio pourrait faire basculer le scrutin en novembre.", '2012-09-04', ['2012-11']],
  ['La loi a été votée en 2020 par le Sénat.', '2021-06-01', ['2020']],
  ['Il est indépendant depuis 2007, et le restera.', '2012-11-01', ['2007']],
  ["L'Assemblée devait voter le budget 2013 pour l'agriculture.", '2012-11-06', ['2013']],
  ['Il a été ministre de 2007 à 2012.', '2015-01-01', ['2007', '2012']],
  ['La Révolution a duré de 1789 à 1799.', '2015-01-01', ['1789', '1799']],
  ['En 2017-2018, les ventes ont progressé.', '2019-01-01', ['2017', '2018']],
  ['Le bac 2019 commence lundi prochain.', '2019-06-05', ['2019', '2019-06-10']],
  ['Le budget 2013 Sécurité sociale a été voté.', '2012-11-06', ['2013']],
  ["Le groupe visait l'équilibre en fin d'année.", '2012-07-05', ['2012']],
  // what chrono-node lacks: modifiers, relative months and years
  ['Les ventes ont chuté début mars.', '2012-07-04', ['2012-03']],
  ['La croissance reprendra mi-2020, selon la banque.', '2019-05-01', ['2020']],
  ['Le chantier sera terminé fin 2019.', '2019-05-01', ['2019']],
  ['Les discussions reprendront mi-juin.', '2012-05-04', ['2012-06']],
  ["Les actes ont augmenté par rapport à l'an dernier.", '2012-07-05', ['2011']],
  ["L'année dernière, le groupe a perdu de l'argent.", '2012-07-05', ['2011']],
  ['Déjà au début du mois dernier, trois jeunes ont été agressés.', '2012-07-05', ['2012-06']],
  ["Le groupe vise l'équilibre au début de l'année prochaine.", '2012-07-05', ['2013']],
  ['Cette année, la récolte sera bonne.', '2012-07-05', ['2012']],
  // days relative to the reference date
  ['Le ministre est venu hier à Lyon.', '2012-07-04', ['2012-07-03']],
  ['Il est parti avant-hier de Paris.', '2012-07-04', ['2012-07-02']],
  ['Il reviendra après-demain à Paris.', '2012-07-04', ['2012-07-06']],
  ["Le CERN a annoncé aujourd'hui la découverte.", '2012-07-04', ['2012-07-04']],
  ["Un lycéen a été victime d'une agression hier soir.", '2012-07-05', ['2012-07-04']],
  ['La convention démocrate s’ouvre ce soir.', '2012-09-04', ['2012-09-04']],
  ['Il appelle cet après-midi à voter.', '2012-11-01', ['2012-11-01']],
  ['Il y a trois jours, la police a arrêté un suspect.', '2012-07-04', ['2012-07-01']],
  ['Il y a un an, il avait démissionné.', '2012-07-04', ['2011']],
  ['En août, les ventes avaient chuté.', '2012-07-28', ['2011-08']],
  // weekdays
  ['Le reportage a été diffusé jeudi dernier.', '2012-11-10', ['2012-11-08']],
  ['Il est attendu mercredi à Charlotte.', '2012-09-04', ['2012-09-05']],
  ["L'élection présidentielle de mardi prochain s'annonce serrée.", '2012-11-01', ['2012-11-06']],
  ['Il a été abattu ce mardi devant chez lui.', '2012-10-16', ['2012-10-16']],
  ['La présentatrice a été remerciée vendredi.', '2012-08-07', ['2012-08-03']],
  // la veille, le lendemain: from the day just named
  ['Il a été remercié vendredi dernier. Le lendemain, la chaîne a publié un communiqué.', '2012-08-07', ['2012-08-03', '2012-08-04']],
  ['Le sommet s’est ouvert le 10 mars. La veille, les ministres avaient dîné ensemble.', '2012-07-04', ['2012-03-09', '2012-03-10']],
  ["Il a appelé le 10 janvier, à la veille d'une réunion tripartite.", '2021-01', ['2021-01-10']],
  ['La veille, il avait refusé de parler.', '2012-07-04', ['2012-07-03']],
  ['Il a appelé le 10 janvier. Le Kremlin a indiqué plus tôt dans la journée que la réunion aurait lieu.', '2021-01', ['2021-01-10']],
  ["Il est né en 1964. La même année, son père a fondé l'entreprise.", '2012-07-04', ['1964']],
  // a day still to come anchors "la veille" only in the next sentence ("la grève aura lieu le 19
  // mars. La veille, …"); further on, the story is back at its own day (2019-03-12)
  ['Les syndicats ont annoncé une grève pour le 19 mars. La veille, ils défileront à Lyon.', '2019-03-12', ['2019-03-18', '2019-03-19']],
  [
    "La grève aura lieu le 19 mars. Le texte sera examiné en mai. Le ministre a précisé les options. Une manifestante, venue défiler la veille, résume sa colère.",
    '2019-03-12',
    ['2019-03-11', '2019-03-19', '2019-05'],
  ],
  // the conditional of reported speech is a future seen from the past (2023-06-07 is a Wednesday)
  ["La direction a annoncé qu'un train sur deux circulerait jeudi.", '2023-06-07', ['2023-06-08']],
  ["Le ministère a fait savoir qu'une conférence se tiendrait le 27 juin à Genève.", '2018-06-12', ['2018-06-27']],
  ['Il a promis que le chantier reprendrait en septembre.', '2023-06-07', ['2023-09']],
  ['Le ministre croyait alors que le projet ouvrait en septembre.', '2023-06-07', ['2022-09']],
  ['Le club recevra son rival le 14 mai au stade.', '2022-05-05', ['2022-05-14']],
  // the verb may stand far before the date when nothing else marks the tense
  [
    "L'État va recruter deux mille enseignants supplémentaires dans les écoles primaires des campagnes à la rentrée de septembre, a-t-on appris.",
    '2023-01-03',
    ['2023-09'],
  ],
];

// [sentence, reference date]: nothing here is a date with a value
const none: [string, string][] = [
  ['Six semaines de conflit ont débouché sur une défaite.', '2021-01'],
  ['Cette zone est disputée depuis des décennies.', '2021-01'],
  ['Un lycéen de 17 ans a été agressé dans le train.', '2012-07-04'],
  ["L'article 12 de la loi prévoit une amende.", '2012-07-04'],
  ['Environ 2 000 citoyens ont manifesté à Bamako.', '2012-07-04'],
  ['Plus de 2000 manifestants ont défilé dans la capitale.', '2012-07-04'],
  ['Il a payé 1500 euros pour sa place.', '2012-07-04'],
  ['Il a été tué à 9 heures devant son domicile.', '2012-07-04'],
  ["Il était jusqu'au printemps dernier l'avocat de l'accusé.", '2012-07-04'],
  ['La semaine dernière, les négociations ont échoué.', '2012-07-04'],
  ['Les prix ont doublé dans les années 1990.', '2012-07-04'],
  ['Mars est la quatrième planète du système solaire.', '2012-07-04'],
  ['Le vol AF447 reliait Rio à Paris.', '2012-07-04'],
  ['Les codes 2021-13-45 et 31/02/2020 ne sont pas des dates, le 32 mai non plus.', '2012-07-04'],
  ['Ce week-end, les trains circuleront normalement.', '2012-07-04'],
  ['Le conflit dure depuis huit mois.', '2012-07-04'],
  ['Il a été agressé dans la nuit de samedi à dimanche.', '2012-07-04'],
  ['Le maire de la commune, 1500 habitants, a démissionné.', '2012-07-04'],
  ['Le communiqué a été publié à 2030 GMT.', '2012-07-04'],
  ["La France d'aujourd'hui n'est plus celle de ses parents.", '2012-07-04'],
  ['Il a fait fortune du jour au lendemain.', '2012-07-04'],
  ['Les magasins ouvriront tôt pour le Black Friday.', '2012-11-20'],
  ["À la veille d'une réunion tripartite, les deux présidents se sont parlé.", '2021-01'],
  // habits are no days; "il y a dix ans" is a distance, not a year
  ['Le dimanche, on respire enfin dans le quartier.', '2023-09-14'],
  ['Le marché se tient chaque samedi sur la place.', '2023-09-14'],
  ['Les rues sont fermées aux voitures les samedis et dimanches.', '2023-09-14'],
  ['Le projet, lancé il y a dix ans, a coûté cher.', '2020-10-07'],
];

describe('French dates', () => {
  test.each(found)('%s (ref %s)', (text, ref, expected) => {
    expect(valuesOf(text, 'fr', ref)).toEqual(expected);
  });
  test.each(none)('no date: %s', (text, ref) => {
    expect(valuesOf(text, 'fr', ref)).toEqual([]);
  });
});

describe('French reference date', () => {
  test('a dateline in words is the reference date and a date entity', () => {
    const text = 'Un titre\n\n29 mai 2012. - Un postier a été retrouvé mort hier à son domicile.';
    expect(valuesOf(text, 'fr')).toEqual(['2012-05-28', '2012-05-29']);
  });
  test('a dateline after a place in capitals', () => {
    expect(valuesOf('PARIS, 12 mars 2019 (AFP) - Le ministre a démissionné hier.', 'fr')).toEqual(['2019-03-11', '2019-03-12']);
  });
  test('a dateline after a place in lowercase letters and "le"', () => {
    const text = 'Un titre\n\nLyon, le 14 septembre 2023 – La maire a annoncé jeudi que la rue serait fermée dimanche.';
    expect(valuesOf(text, 'fr')).toEqual(['2023-09-14', '2023-09-17']);
  });
  test('a headline with a comma before a date is no place', () => {
    const text = "Le budget adopté, le 3 mars 2021 : un an après\n\nLe texte a été voté hier.";
    expect(valuesOf(text, 'fr')).toEqual(['2021-03-03']);
  });
  test('a dateline after "Publié le" on the first lines, before "Mis à jour le"', () => {
    const text = 'Un titre\nLe Monde avec AFP Publié le 03/03/2020 à 10h28 - Mis à jour le 04/03/2020\n\nLe texte a été voté hier.';
    const doc = datesOf(text, 'fr');
    expect(doc.map((d) => d.value).sort()).toEqual(['2020-03-02', '2020-03-03', '2020-03-04']);
  });
  test('a headline that names a date is not the dateline', () => {
    const text = 'Attentats du 13 novembre 2015 : le procès s’ouvre\n\nPublié le 08/09/2021\n\nLe procès s’est ouvert hier.';
    expect(valuesOf(text, 'fr')).toEqual(['2015-11-13', '2021-09-07', '2021-09-08']);
  });
  test('the machine header wins and keeps its precision', () => {
    const text = 'date 2021-01 Le président a appelé le 10 janvier, à la veille de la réunion du 11 janvier.';
    expect(valuesOf(text, 'fr')).toEqual(['2021-01', '2021-01-10', '2021-01-11']);
  });
  test('without a reference date, "hier" is reported without a value', () => {
    const dates = datesOf('Le ministre est venu hier à Lyon.', 'fr');
    expect(dates.map((d) => [d.name, d.value])).toEqual([['hier', null]]);
  });
  test('without a reference date, a day takes its year from the latest full date of the text', () => {
    const text = "L'accord a été signé le 9 novembre. Le sommet du 6 décembre 2012 a suivi. Il est venu hier.";
    expect(datesOf(text, 'fr').map((d) => d.value)).toEqual(['2012-11-09', '2012-12-06', null]);
  });
  test('one entity per value: fullest wording as name, the others as aliases', () => {
    const [e] = datesOf('Il a appelé le 10 janvier, à la veille de la réunion. Le 10 janvier restera.', 'fr', '2021-01');
    expect(e).toMatchObject({ name: '10 janvier', value: '2021-01-10', count: 3, aliases: ['la veille'] });
  });
});
