// French words used to find and name the source of a quote or of reported speech.
// Sources: French grammar (determiners, subject pronouns, complementizers) and the attribution
// phrases of French wire copy (selon, d'après, cité par, le porte-parole de …), checked against
// GenderGapTracker's French quote extractor. Titles and institution words are the frequent ones in
// AFP and Wikinews copy; rarer ones are left to the entities stage.
import type { AttributionData } from '../../quotes/types.js';
import { according, announced, colon, floating, invertedCue, subjectCue } from '../../quotes/strategies/index.js';
import type { Strategy } from '../../quotes/types.js';

export const attribution: AttributionData = {
  determiners: ['le', 'la', 'l\'', 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'plusieurs', 'certains', 'certaines'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'celui-ci', 'celle-ci', 'ce dernier', 'cette dernière', 'lui', 'on'],
  personPronouns: [],
  impersonalPronouns: ['on'],
  sourcePronouns: ['lui', 'elle', 'eux', 'elles'],
  titleAbbreviations: ['m', 'mm', 'dr', 'pr', 'me', 'mgr', 'gal', 'cdt', 'lt', 'col', 'st', 'ste'],
  clauseVerbs: ['est', 'était', 'sont', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'va', 'vont', 'allait', 'doit', 'doivent', 'devait', 'devrait', 'peut', 'peuvent', 'pourrait', 'pourraient'],
  labelWords: ['dit', 'dite', 'dits', 'dites', 'appelé', 'appelée', 'appelés', 'appelées', 'surnommé', 'surnommée', 'surnommés', 'surnommées', 'baptisé', 'baptisée', 'baptisés', 'baptisées', 'intitulé', 'intitulée', 'intitulés', 'intitulées', 'nommé', 'nommée', 'qualifié', 'qualifiée'],
  according: ['selon', 'd\'après', 'aux dires de', 'de l\'avis de', 'au dire de'],
  accordingAtStart: ['pour'],
  relays: ['cité par', 'citée par', 'cités par', 'citées par', 'rapporté par', 'rapportés par', 'rapportée par', 'interrogé par', 'interrogée par', 'interrogé sur', 'interrogée sur', 'invité de', 'invitée de', 'interviewé par', 'interviewée par', 'à', 'au', 'aux', 'à l\'antenne de', 'au micro de', 'dans une interview à', 'dans un entretien à', 'dans une interview au', 'dans un entretien au', 'auprès de', 'devant', 'selon', 'sur son compte', 'sur sa page', 'sur son blog', 'sur leur compte', 'sur'],
  complementizers: ['que', 'qu\''],
  sourceNouns: ['communiqué', 'porte-parole', 'porte-paroles', 'représentant', 'représentante', 'représentants', 'responsable', 'responsables', 'déclaration', 'message', 'note', 'texte', 'lettre', 'rapport', 'compte', 'site', 'service de presse', 'direction', 'bureau', 'cabinet', 'voix'],
  sourceLinks: ['de', 'du', 'des', 'd\'', 'de la', 'de l\''],
  phraseStops: ['dans', 'lors', 'à', 'au', 'aux', 'en', 'sur', 'sous', 'devant', 'avant', 'après', 'pendant', 'depuis', 'par', 'pour', 'avec', 'et', 'mais', 'ou', 'qui', 'que', 'qu\'', 'dont', 'où', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd\'', 'vers', 'contre', 'chez', 'ce', 'lorsque', 'quand', 'alors', 'puis', 'ainsi', 'encore', 'aussi', 'également', 'ensuite', 'enfin', 'déjà', 'toutefois', 'cependant', 'notamment', 'cité', 'citée', 'selon', 'ne', 'n\'', 'se', 's\'', 'y', 'lui', 'leur', 'comme', 'alors', 'tandis', 'si'],
  personWords: ['m.', 'mme', 'mlle', 'pdg', 'dg', 'drh', 'président', 'présidente', 'ministre', 'porte-parole', 'directeur', 'directrice', 'secrétaire', 'député', 'députée', 'sénateur', 'sénatrice', 'maire', 'procureur', 'procureure', 'juge', 'avocat', 'avocate', 'général', 'chef', 'cheffe', 'patron', 'patronne', 'responsable', 'expert', 'experte', 'analyste', 'professeur', 'chercheur', 'chercheuse', 'docteur', 'médecin', 'ambassadeur', 'ambassadrice', 'guide', 'témoin', 'habitant', 'habitante', 'habitants', 'candidat', 'candidate', 'fondateur', 'fondatrice', 'dirigeant', 'dirigeante', 'économiste', 'graphiste', 'commissaire', 'président-candidat', 'premier', 'roi', 'reine', 'pape', 'prince', 'sœur', 'père', 'mère', 'fils', 'fille', 'ancien', 'ancienne', 'militant', 'militante', 'journaliste', 'écrivain', 'auteur', 'autrice', 'élu', 'élue', 'conseiller', 'conseillère', 'délégué', 'déléguée', 'coordinateur', 'coordinatrice', 'spécialiste', 'wikipédiens', 'bâtonnier', 'entraîneur', 'entraîneuse'],
  orgWords: ['ministère', 'gouvernement', 'syndicat', 'parti', 'agence', 'association', 'fédération', 'confédération', 'union', 'comité', 'commission', 'conseil', 'cour', 'tribunal', 'parquet', 'police', 'gendarmerie', 'armée', 'préfecture', 'mairie', 'présidence', 'exécutif', 'kremlin', 'élysée', 'elysée', 'matignon', 'société', 'groupe', 'entreprise', 'compagnie', 'banque', 'assemblée', 'sénat', 'organisation', 'onu', 'ong', 'institut', 'office', 'autorité', 'autorités', 'direction', 'état-major', 'chaîne', 'journal', 'quotidien', 'hebdomadaire', 'site', 'maison blanche', 'département', 'administration', 'opposition', 'majorité', 'collectif', 'mouvement', 'cabinet'],
  audiences: ['journalistes', 'presse', 'médias', 'députés', 'sénateurs', 'militants', 'partisans', 'journaliste', 'élus', 'salariés', 'employés', 'actionnaires', 'analystes', 'investisseurs', 'étudiants', 'habitants', 'sympathisants', 'syndicats'],
  coordinators: ['et', 'puis', 'mais'],
  relatives: ['qui'],
  bareClauseLemmas: [],
  anaphoricDeterminers: ['le', 'la', 'l\'', 'ce', 'cet', 'cette'],
  ageWords: ['ans'],
  nameParticles: ['de', 'du', 'des', 'd\'', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'ben', 'bin', 'ibn', 'y'],
  femininePronouns: ['elle'],
  masculinePronouns: ['il'],
  feminineHonorifics: ['mme', 'mlle'],
  masculineHonorifics: ['m'],
};

/** Attribution strategies, tried in this order; the first that finds a source wins. */
export const strategies: Strategy[] = [
  { id: 'fr.inverted-cue', example: '«…», a indiqué le Kremlin', find: invertedCue },
  { id: 'fr.according', example: 'Selon l\'Elysée, «…»', find: according },
  { id: 'fr.subject-cue', example: 'Le Kremlin a indiqué que la réunion visait à «…»', find: subjectCue },
  { id: 'fr.colon', example: 'Denis Baupin a défendu sa décision : «…»', find: colon },
  { id: 'fr.announced', example: 'Le président du CNES a expliqué : (new paragraph) «…»', find: announced },
  { id: 'fr.floating', example: '«…». Par ailleurs, «…» (no cue: the previous speaker)', find: floating, weak: true },
];
