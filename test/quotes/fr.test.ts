import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { check, none, type Case } from './run.js';
import { unmark } from '../helpers/unmark.js';

// Sentences written for these tests; {q:…} marks the expected quote, the speaker is given by name.
const direct: Case[] = [
  ['«\u00a0{q:Nous ne céderons pas sur ce point}\u00a0», a indiqué le ministère.', 'direct', 'ministère'],
  ['«{q:La réforme sera votée avant l\'été}», a affirmé jeudi Marie Dupuis.', 'direct', 'Marie Dupuis'],
  ['«{q:Le calendrier reste inchangé}», a précisé pour sa part la mairie de Lyon.', 'direct', 'mairie de Lyon'],
  ['«{q:Rien n\'est encore décidé}», explique Paul Martin, porte-parole du syndicat.', 'direct', 'Paul Martin'],
  ['Le maire a déclaré : «{q:Les travaux commenceront lundi prochain}».', 'direct', 'maire'],
  ['Selon le préfet, «{q:la situation est désormais sous contrôle dans tout le département}».', 'direct', 'préfet'],
  ['D\'après le communiqué de la fédération, «{q:aucun joueur n\'a été blessé pendant la rencontre}».', 'direct', 'fédération'],
  ['Pour Jeanne Morel, «{q:ce texte ne règle rien du tout pour les familles}».', 'direct', 'Jeanne Morel'],
  ['«{q:Le projet avance bien}», selon la direction de Renault.', 'direct', 'Renault'],
  ['«{q:Nous attendons des réponses claires}», a déclaré l\'Elysée cité par l\'AFP.', 'direct', 'Elysée', 'AFP'],
  ['Le président russe Vladimir Poutine a affirmé : «{q:Nous sommes prêts à discuter}».', 'direct', 'Vladimir Poutine'],
  ['Arnaud Leroy, président de l\'association, a lancé : «{q:Il faut agir maintenant}».', 'direct', 'Arnaud Leroy'],
  ['Le communiqué de la présidence indique : «{q:La rencontre a été constructive}».', 'direct', 'présidence'],
  ['"{q:Nous resterons mobilisés}", a prévenu la CGT.', 'direct', 'CGT'],
  ['“{q:Le pays a besoin de stabilité}”, estime Claire Vidal, économiste.', 'direct', 'Claire Vidal'],
  ['«{q:Il ne faut rien lâcher}», lance Sophie Marchand (PS), députée du Nord.', 'direct', 'Sophie Marchand'],
  ['Interrogé par Le Monde, Henri Blanc a répondu : «{q:Je ne démissionnerai pas}».', 'direct', 'Henri Blanc'],
  ['Bernard Lenoir, le maire de la ville, qui lui avait répondu : «{q:Nous verrons bien}».', 'direct', 'Bernard Lenoir'],
  ['«{q:Nous sommes inquiets}», confie à l\'AFP une habitante du quartier.', 'direct', 'habitante du quartier', 'AFP'],
  ['«{q:C\'est une honte}», s\'est indigné le député LR Eric Ciotti.', 'direct', 'Eric Ciotti'],
  ['Pour le ministre de l\'Economie, Bruno Le Maire, «{q:la croissance sera au rendez-vous}».', 'direct', 'Bruno Le Maire'],
  ['«{q:Nous n\'avons pas le choix}», a expliqué à l\'AFP Jean-Marc Dubois, directeur de l\'usine.', 'direct', 'Jean-Marc Dubois', 'AFP'],
  ['«{q:Tout le monde doit faire des efforts}», a souligné mardi soir le chef de l\'Etat.', 'direct', 'chef de l\'Etat'],
  ['Paul Girard a ensuite défendu sa décision : «{q:Le règlement le permet depuis longtemps}».', 'direct', 'Paul Girard'],
  ['Interrogé par l\'AFP, le maire Paul Henri a déclaré : «{q:Nous ne lâcherons rien}».', 'direct', 'Paul Henri', 'AFP'],
  ['À Lyon, le maire Paul Henri a déclaré : «{q:Nous ne lâcherons rien}».', 'direct', 'Paul Henri', null],
  ['Comme l\'a expliqué le préfet, «{q:personne ne sera oublié dans ce dossier}».', 'direct', 'préfet'],
  // two appositions between the name and the verb
  ['Jean Dupont, 54 ans, agriculteur à Mende, raconte : «{q:On a tout perdu en une nuit.}»', 'direct', 'Jean Dupont'],
  ['«{q:Nous ne lâcherons rien}», a déclaré Thomas Roussel, au micro de France Inter.', 'direct', 'Thomas Roussel', 'France Inter'],
  ['«{q:Nous ne lâcherons rien}», a indiqué Thomas Roussel, au nom de Greenpeace.', 'direct', 'Thomas Roussel', null],
  ['«{q:Nous ne lâcherons rien}», a déclaré Thomas Roussel, à la tête de Greenpeace depuis mars.', 'direct', 'Thomas Roussel', null],
  ['«{q:Nous ne lâcherons rien}», a déclaré Thomas Roussel, au nom de la CGT.', 'direct', 'Thomas Roussel', null],
  ['«{q:Nous ne lâcherons rien}», a déclaré Thomas Roussel à l\'agence de presse Reuters.', 'direct', 'Thomas Roussel', 'Reuters'],
  // a title that goes on through `aux` is no relay: the name after it is the speaker
  ['«{q:La situation est grave}», a déclaré le secrétaire d\'État omanais aux Affaires étrangères Karim al-Nasser.', 'direct', 'Karim al-Nasser', null],
  ['«{q:La situation est grave}», a affirmé le haut-commissaire aux réfugiés Filippo Grandi.', 'direct', 'Filippo Grandi', null],
  ['«{q:Nous ne céderons pas}», a dit la ministre déléguée aux Transports, Marie Dubois.', 'direct', 'Marie Dubois', null],
  ['«{q:Nous ne céderons pas}», a déclaré le maire au Parisien.', 'direct', 'maire', 'Parisien'],
  // a medium's name in quotes after a relay: a name, not a quote
  ['«{q:Nous ne lâcherons rien}», a confié Marie Dubois au « Parisien ».', 'direct', 'Marie Dubois', 'Parisien'],
  ['Interrogé par « Le Monde », le ministre a déclaré : «{q:Tout sera fait pour les salariés}».', 'direct', 'ministre', 'Le Monde'],
  // a participle of interview before the medium (interrogé sur, invitée de)
  ['«{q:Il n\'y aura pas de hausse d\'impôts}», a promis mardi le Premier ministre, interrogé sur TF1.', 'direct', 'Premier ministre', 'TF1'],
  ['«{q:Il n\'y aura pas de hausse d\'impôts}», a assuré Marie Dubois, invitée de France Inter.', 'direct', 'Marie Dubois', 'France Inter'],
  // a medium named by its kind, then its name with its article
  ['«{q:Les négociations sont au point mort}», a rapporté le journal Le Monde.', 'direct', 'Le Monde'],
  ['«{q:Les négociations sont au point mort}», a rapporté mardi le quotidien La Croix.', 'direct', 'La Croix'],
  // the complement of a source noun ends at a verb
  ['«{q:Nous ferons appel de cette décision}», indique un communiqué du ministère publié mardi.', 'direct', 'ministère'],
  // a medium then the speaker, in one run of capitals
  ['«{q:Nous ne céderons pas}», a expliqué à France Info Marie Dubois.', 'direct', 'Marie Dubois', 'France Info'],
  ['«{q:Nous ne céderons pas}», a expliqué à franceinfo Marie Dubois.', 'direct', 'Marie Dubois', 'franceinfo'],
  // a medium whose name is also a first name (Monde), its article contracted into `au`
  ['«{q:Nous ne céderons pas}», a confié au Monde Marie Dubois, militante.', 'direct', 'Marie Dubois', 'Monde'],
  ['«{q:Nous ne céderons pas}», a confié Marie Dubois à franceinfo.', 'direct', 'Marie Dubois', 'franceinfo'],
  ['«{q:Nous ne céderons pas}», a confié Marie Dubois au ministère.', 'direct', 'Marie Dubois', null],
  // a medium after `sur son compte`, not the account
  ['«{q:Nous ne céderons pas}», a écrit Marie Dubois sur son compte X.', 'direct', 'Marie Dubois', 'X'],
];

const partial: Case[] = [
  ['Le ministre a dénoncé un «{q:manque de respect}» de la part des syndicats.', 'partial', 'ministre'],
  ['La ministre a déclaré qu\'«{q:aucune décision ne serait prise avant septembre}».', 'partial', 'ministre'],
  ['Le Kremlin a indiqué que la réunion visait à «{q:résoudre les problèmes dans la région}».', 'partial', 'Kremlin'],
  ['Marc Roux «{q:a insisté sur les aspects humanitaires}», a déclaré la présidence.', 'partial', 'présidence'],
  ['Le comité a estimé que la mesure était «{q:prématurée}».', 'partial', 'comité'],
  ['Le président a de nouveau appelé à «{q:la retenue et au calme}».', 'partial', 'président'],
  // a participle continues the subject of the clause before it, which ends at its verb
  ['Le maire a quitté la séance, ajoutant que «{q:rien n\'est décidé pour le moment}».', 'partial', 'maire'],
  ['Les syndicats ont claqué la porte, estimant que «{q:l\'offre est une insulte}».', 'partial', 'syndicats'],
];

describe('fr: direct quotes', () => test.each(direct)('%s', (...c) => check('fr', c)));

// Reporting verbs of press copy, in the forms that change their stem (répète, martèle, lançait,
// exigeait, défend) and pronominal ones (s'agace), each after a quote, naming Marie Dubois.
const verbs = ['martèle', 'répète', 'révèle', 'concède', 'relève', 's\'inquiète', 'considère', 'lançait', 'exigeait', 'a exigé',
  'tranche', 'nuance', 's\'agace', 's\'est emportée', 'tempête', 's\'insurge', 'salue', 'défend', 's\'est défendue', 'conteste',
  'réfute', 's\'étonne', 'se désole', 'sourit', 'soupire', 'balaie', 'cingle', 'tacle', 'prétend', 'a argumenté',
  'fait valoir', 'tance', 'a hurlé', 'vocifère', 'scandait', 'ont scandé', 'chantaient'];
describe('fr: reporting verbs', () => test.each(verbs)('«…», %s Marie Dubois.', (v) => {
  check('fr', [`«{q:Le projet est mort et enterré}», ${v} Marie Dubois.`, 'direct', 'Marie Dubois']);
}));
// the que-clause of a verb of perception (`remarquer`: notice) reports nothing
describe('fr: verbs that report no speech', () => test('Les agresseurs auraient remarqué que…', () => {
  none('fr', 'Les agresseurs auraient remarqué que la victime portait un signe distinctif.');
}));
describe('fr: partial quotes', () => test.each(partial)('%s', (...c) => check('fr', c)));

// `on` stands for nobody in particular: the speaker is where the words were gathered, if named
const impersonal: Case[] = [
  ['«{q:Le texte sera prêt lundi}», indique-t-on à Matignon.', 'direct', 'Matignon', null],
  ['«{q:La réforme sera votée avant l\'été}», a-t-on appris auprès de la préfecture.', 'direct', 'préfecture', null],
  ['Jean Dupont est venu. «{q:Le texte sera prêt lundi}», assure-t-on.', 'direct', null, null],
  ['On indique à Matignon que {q:le texte sera prêt lundi}.', 'indirect', 'Matignon', null],
];
describe('fr: impersonal on', () => test.each(impersonal)('%s', (...c) => check('fr', c)));

// a medium after `sur`, and adverbs before it
const media: Case[] = [
  ['«{q:Cette mesure est injuste}», a réagi sur franceinfo Jean Dupont.', 'direct', 'Jean Dupont', 'franceinfo'],
  ['«{q:Cette mesure est injuste}», a dénoncé mardi sur BFMTV Jean Dupont.', 'direct', 'Jean Dupont', 'BFMTV'],
  // a place after the verb is where the words were said, no relay
  ['«{q:Nous ne lâcherons rien}», a déclaré à Berlin Paul Henri.', 'direct', 'Paul Henri', null],
  ['Le maire a déclaré à Lyon que {q:le chantier reprendrait lundi}.', 'indirect', 'maire', null],
];
describe('fr: media', () => test.each(media)('%s', (...c) => check('fr', c)));

describe('fr: indirect speech', () => {
  const cases: Array<[string, string, string]> = [
    ['Le gouvernement a annoncé que le budget serait présenté en octobre.', 'le budget serait présenté en octobre', 'gouvernement'],
    ['La police a indiqué mardi que deux suspects avaient été arrêtés à Lille.', 'deux suspects avaient été arrêtés à Lille', 'police'],
    ['Le Premier ministre a affirmé que la réforme serait menée à son terme, a indiqué Matignon.', 'la réforme serait menée à son terme', 'Premier ministre'],
    ['En plus du sommet, le président doit rencontrer son homologue, a précisé l\'exécutif russe.', 'le président doit rencontrer son homologue', 'exécutif russe'],
    ['Le sommet se tiendra à Genève au mois de mars, a précisé l\'exécutif russe dans son communiqué.', 'Le sommet se tiendra à Genève au mois de mars', 'exécutif russe'],
    ['Le maire a déclaré aux journalistes que le chantier reprendrait lundi prochain.', 'le chantier reprendrait lundi prochain', 'maire'],
    ['Le maire lui a répondu que le chantier reprendrait la semaine prochaine.', 'le chantier reprendrait la semaine prochaine', 'maire'],
    ['La préfecture de la Gironde a indiqué qu\'elle rouvrirait la route jeudi.', 'elle rouvrirait la route jeudi', 'préfecture de la Gironde'],
    ['La préfecture du Finistère a indiqué qu\'elle rouvrirait la route jeudi.', 'elle rouvrirait la route jeudi', 'préfecture du Finistère'],
    // before que: whom it was said before, a name ending in lowercase, when it was said
    ['La ministre a reconnu devant les sénateurs que le budget serait réduit de moitié.', 'le budget serait réduit de moitié', 'ministre'],
    ['La ministre a reconnu devant l\'Assemblée nationale que le budget serait réduit de moitié.', 'le budget serait réduit de moitié', 'ministre'],
    ['La ministre a reconnu au Parlement européen que le budget serait réduit de moitié.', 'le budget serait réduit de moitié', 'ministre'],
    ['Le ministre a annoncé le mois dernier que la France quitterait l\'accord.', 'la France quitterait l\'accord', 'ministre'],
    // a clause of four words, the shortest reported
    ['Trois blessés sont hospitalisés, a indiqué la préfecture du Cher.', 'Trois blessés sont hospitalisés', 'préfecture du Cher'],
  ];
  test.each(cases)('%s', (text, clause, speaker) => {
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q).toMatchObject([{ text: clause, kind: 'indirect', speaker }]);
  });
});

describe('fr: reported clause then a quote after a colon', () => {
  test('both are found, with the same speaker', () => {
    const text = 'Le député Marc Henry a précisé que les milices ne représentent pas la population : «Nous ne partageons pas leurs idées».';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q.map((x) => [x.kind, x.speaker, x.text])).toEqual([
      ['indirect', 'Marc Henry', 'les milices ne représentent pas la population'],
      ['direct', 'Marc Henry', 'Nous ne partageons pas leurs idées'],
    ]);
  });
});

describe('fr: reported speech coordinated after a quote', () => {
  test.each([
    ['Le syndicat a jugé la mesure « injuste » et a affirmé que ses avocats iraient en justice dès lundi.', 'ses avocats iraient en justice dès lundi', 'syndicat', 'a affirmé'],
    ['Le maire a déclaré que la mesure était « injuste » et que le gouvernement devait reculer vite.', 'le gouvernement devait reculer vite', 'maire', 'a déclaré'],
  ])('%s', (text, clause, speaker, cue) => {
    const q = analyze(text, { lang: 'fr' }).quotes;
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', speaker], ['indirect', speaker]]);
    expect([q[1].text, q[1].cue]).toEqual([clause, cue]);
  });
  test.each([
    'La ministre a qualifié le texte de « compromis » et a souri longuement devant les caméras.',
    // a view, not a report
    'Le maire estime que la mesure est « injuste » et que le gouvernement doit reculer vite.',
  ])('nothing more in: %s', (text) => {
    expect(analyze(text, { lang: 'fr' }).quotes.map((x) => x.kind)).toEqual(['partial']);
  });
});

describe('fr: continued speakers', () => {
  test('an age in apposition introduces a person; it does not point back to the last one', () => {
    const q = analyze('Jean Dupont, 54 ans, agriculteur à Mende, raconte : « On a tout perdu. » Le maire, 54 ans, ancien agriculteur, raconte : « Rien ne sera plus comme avant. »', { lang: 'fr' }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Jean Dupont', 'maire']);
  });
  test('a speaker carried over from the quote before gives a record with the schema\'s fields only', () => {
    const q = analyze('«Nous restons vigilants», a déclaré le ministre, ajoutant : «nous ne lâcherons rien».', { lang: 'fr' }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['ministre', 'ministre']);
    for (const x of q) expect(Object.keys(x)).toEqual(['text', 'speaker', 'speakerType', 'via', 'cue', 'kind', 'start', 'end', 'sentence']);
  });
  test('a quote whose incise has a verb not in the lexicon is not the previous speaker\'s', () => {
    const text = '«Nous ne partirons pas», a déclaré Jean Dupont.\n\n«Dehors, tout de suite !», a beuglé un élu de la majorité. «Et nous reviendrons.»';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Jean Dupont', null, null]);
  });
  // a pronoun points back to a person of its sex, told by a first name or a title of courtesy
  test.each([
    ['La maire, Anne Morel, a reçu le préfet, Laurent Garnier. «Le point est fait», a-t-elle indiqué.', 'Anne Morel'],
    ['Le ministre Jean Martin a rencontré la présidente de la région, Carole Vidal. «La discussion a été franche», a-t-il estimé.', 'Jean Martin'],
    ['Mme Morel a croisé M. Garnier. «Rien n\'est réglé», a-t-il dit.', 'Garnier'],
    // a first name of either sex (Sacha) rules out nobody
    ['Sacha Morel a parlé à la presse. «Rien n\'est réglé», a-t-elle dit.', 'Sacha Morel'],
  ])('il / elle: %s', (text, speaker) => {
    expect(analyze(text, { lang: 'fr' }).quotes.map((x) => x.speaker)).toEqual([speaker]);
  });
  test('a cue then «…» after "avant de préciser :"', () => {
    const text = '«Les discussions continuent», a indiqué le Kremlin avant de préciser : «Un accord reste possible».';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q.map((x) => [x.text, x.speaker, x.kind])).toEqual([
      ['Les discussions continuent', 'Kremlin', 'direct'],
      ['Un accord reste possible', 'Kremlin', 'direct'],
    ]);
  });
  test('ajoutant qu\'«…» keeps the speaker of the sentence', () => {
    const text = 'Le Kremlin a indiqué que la réunion devait «apaiser les tensions», ajoutant qu\'«une aide serait accordée aux habitants».';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Kremlin', 'a indiqué'], ['Kremlin', 'ajoutant']]);
  });
  // a short quote needs a speaker to be kept: the pronoun after `pour`, `selon` gives it
  test.each([
    ['«C\'est un scandale», s\'emporte Paul Durand. Pour lui, «le gouvernement a menti».', ['Paul Durand', 'Paul Durand']],
    ['Sophie Durand était furieuse. «Le gouvernement a menti», selon elle.', ['Sophie Durand']],
  ])('a pronoun after a source preposition names the speaker before: %s', (text, speakers) => {
    expect(analyze(text, { lang: 'fr', entities: false }).quotes.map((x) => x.speaker)).toEqual(speakers);
  });
  test('a-t-elle points back to the person named as subject before', () => {
    const text = 'La sénatrice Anne Morel était à Lyon jeudi. «Nous allons gagner», a-t-elle assuré lors d\'un meeting.';
    expect(analyze(text, { lang: 'fr', entities: false }).quotes.map((x) => x.speaker)).toEqual(['Anne Morel']);
  });
  test('«…», a-t-il ajouté, «…» and a pronoun', () => {
    const text = '«Nous avons fait notre travail», a déclaré Jean Valette. «Le reste ne dépend pas de nous», a-t-il ajouté, «et nous le savons tous très bien».';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Jean Valette', 'Jean Valette', 'Jean Valette']);
    expect(q[1].cue).toBe('a-t-il ajouté');
  });
  test('a quote with no cue just after the same speaker keeps it', () => {
    const text = '«Le dialogue est ouvert», a indiqué la présidence.\n\nPar ailleurs, «les deux chefs d\'Etat ont souligné l\'importance de l\'aide humanitaire».';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q.map((x) => [x.speaker, x.kind, x.cue])).toEqual([['présidence', 'direct', 'a indiqué'], ['présidence', 'direct', null]]);
  });
  test('a definite description by age names again the person just named', () => {
    const text = 'Le club a prolongé jeudi le contrat de son entraîneur Lucien Ferrandi. «Je suis heureux de rester», a expliqué le technicien de 55 ans.';
    expect(analyze(text, { lang: 'fr' }).quotes.map((x) => x.speaker)).toEqual(['Lucien Ferrandi']);
  });
  test('an indefinite one brings in somebody new', () => {
    const text = 'Le maire Paul Girard a rouvert le parc. «On respire enfin», a confié une habitante de 72 ans.';
    expect(analyze(text, { lang: 'fr' }).quotes.map((x) => x.speaker)).toEqual(['habitante de 72 ans']);
  });
  test('a quote with no source at all has a null speaker', () => {
    const text = 'La ville a changé.\n\nOn entend partout «qu\'il faudra bien un jour reconstruire toute la place du marché».';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
});

describe('fr: spans', () => {
  test('« » with nested “ ” and narrow spaces', () => {
    check('fr', ['«\u202f{q:Il a parlé d\'une “erreur” grave}\u202f», a dit le juge.', 'direct', 'juge']);
  });
  test('a quote over several paragraphs (no » at the end of the first)', () => {
    const text = 'Le témoin a raconté : «Nous étions sur la place quand tout a commencé.\n\n«Personne ne savait où aller.»\n\nLa police est arrivée ensuite.';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q).toHaveLength(1);
    expect(q[0].text.startsWith('Nous étions')).toBe(true);
    expect(q[0].text.endsWith('où aller.')).toBe(true);
    expect(q[0].speaker).toBe('témoin');
  });
  test('an unclosed « stops at its paragraph', () => {
    const text = 'Le syndicat a dénoncé «une décision injuste prise sans aucune concertation avec les salariés.\n\nLe reste de l\'article parle d\'autre chose, longuement, sans guillemets.';
    const q = analyze(text, { lang: 'fr', entities: false }).quotes;
    expect(q).toHaveLength(1);
    expect(q[0].text).not.toContain('reste');
  });
});

describe('fr: not quotes', () => {
  test.each([
    'Il a lu «Les Misérables» pendant les vacances.',
    'Le traité de «Schengen» est encore discuté à Bruxelles.',
    'Les passeurs utilisent des «mules» pour franchir la frontière.',
    'Il faut que le gouvernement agisse vite.',
    'Le film «La Grande Vadrouille» repasse ce soir à la télévision.',
    'Il pense que la situation va s\'améliorer.',
    'La fédération dénonce une hausse des tarifs trop forte, alors que la mairie propose un gel.',
    'Le club a annoncé un match amical pour samedi, alors que la ligue propose une autre date.',
    'D\'après le club, les deux entraîneurs ont également évoqué la situation du championnat.',
    'Selon la mairie, les deux élus ont ensuite présenté le projet aux habitants du quartier.',
    // a label after a naming word
    'Le projet de loi dit « séparatisme » sera examiné lundi.',
    // a gerund right after a noun describes it
    'La porte est fermée en raison d\'une croyance locale affirmant que son ouverture apporterait le malheur.',
  ])('%s', (text) => none('fr', text));
  // after an auxiliary or a pronoun, dit is speech
  test.each([['Il a dit «{q:non}».'], ['Elle dit «{q:non}» à la réforme.']])('%s', (marked) => {
    const { text, quotes } = unmark(marked);
    expect(analyze(text, { lang: 'fr', entities: false }).quotes.map((q) => q.text)).toEqual(quotes.map((q) => q.text));
  });
});

describe('fr: speaker types', () => {
  test.each([
    ['«On a l\'habitude», confie une infirmière qui rentrait chez elle.', 'infirmière', 'person'],
    ['«Nous tiendrons bon», a déclaré Gazprom.', 'Gazprom', 'organization'],
    ['«Le dossier avance», a indiqué la préfecture.', 'préfecture', 'organization'],
    // the head word decides, not the institution it belongs to
    ['«Nous ne partirons pas», a lancé un élu de l\'opposition.', 'élu de l\'opposition', 'person'],
    ['«Nous ne partirons pas», a déclaré le syndicat des enseignants.', 'syndicat des enseignants', 'organization'],
    // a title's acronym is a person's; the complement of a title is no name
    ['Le PDG a assuré : «Nous ne partirons pas».', 'PDG', 'person'],
    ['«Nous ne partirons pas», a déclaré le PDG de Renault, Luca de Meo.', 'Luca de Meo', 'person'],
  ])('%s', (text, speaker, type) => {
    expect(analyze(text, { lang: 'fr', entities: false }).quotes.map((q) => [q.speaker, q.speakerType])).toEqual([[speaker, type]]);
  });
});

describe('fr: a bare title names the person who carried it', () => {
  test('la ministre → the minister named earlier with that title', () => {
    const text = 'La ministre de la Culture Hélène Garnier a visité le musée mardi.\n\nDevant les élus, la ministre a affirmé : «Ce lieu restera ouvert au public».';
    expect(analyze(text, { lang: 'fr' }).quotes.map((q) => q.speaker)).toEqual(['Hélène Garnier']);
  });
  test('a title nobody carried stays the description', () => {
    const text = 'Le musée a rouvert mardi.\n\nDevant les élus, la ministre a affirmé : «Ce lieu restera ouvert au public».';
    expect(analyze(text, { lang: 'fr' }).quotes.map((q) => q.speaker)).toEqual(['ministre']);
  });
});

describe('fr: a quote announced by the sentence before', () => {
  test('X a expliqué : (paragraph break) «…»', () => {
    const text = 'Le centre a présenté mercredi son nouveau satellite.\n\nLe directeur du centre, Jean-Yves Martin, a expliqué :\n\n«Ce satellite nous dira où sont émis les gaz.»';
    expect(analyze(text, { lang: 'fr' }).quotes.map((q) => [q.speaker, q.cue])).toEqual([['Jean-Yves Martin', 'a expliqué']]);
  });
  test('a sentence ending on a colon without a cue names nobody', () => {
    const text = 'Voici le programme de la journée :\n\n«Visite des ateliers, puis déjeuner avec les équipes du centre.»';
    expect(analyze(text, { lang: 'fr' }).quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
