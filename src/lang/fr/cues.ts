// French reporting verbs, for quotes and reported speech.
// Sources: the verbs French wire copy (AFP, Wikinews) uses to introduce statements, checked
// against the quote-verb lists of GenderGapTracker (nlp/french/rules/quote_verb_list.txt) and
// genderednews; verbs of perception or movement from those lists were dropped.
// Forms are generated at load from the lemma and the paradigms below (3rd person only: news
// never reports in the 1st or 2nd person), plus the irregular verbs written out by hand.
import type { CueData } from '../../quotes/types.js';

/** verbs that introduce speech: quotes and reported clauses (que …) */
export const lemmas = [
  'déclarer', 'indiquer', 'préciser', 'affirmer', 'souligner', 'ajouter', 'expliquer', 'annoncer',
  'assurer', 'insister', 'rappeler', 'noter', 'confier', 'lancer', 'marteler', 'dénoncer',
  'raconter', 'confirmer', 'révéler', 'signaler', 'déplorer', 'regretter', 'avouer', 'admettre',
  'reconnaître', 'prévenir', 'répondre', 'dire', 'écrire', 'poursuivre', 'conclure', 'soutenir',
  'protester', 'réagir', 'avertir', 'mettre en garde', 'clamer', 'proclamer', 'témoigner',
  'relater', 'rapporter', 'observer', 'démentir', 'nier', 'promettre', 's\'exclamer', 's\'écrier',
  'commenter', 'résumer', 'détailler', 'informer', 'communiquer', 'faire savoir', 'faire valoir', 'faire remarquer', 'faire observer', 'tweeter',
  'dévoiler', 'constater', 'lâcher', 'glisser', 'répliquer', 'rétorquer', 'objecter', 'plaider',
  'accuser', 'fustiger', 's\'indigner', 'se féliciter', 'se réjouir', 'assener', 'asséner',
  'ironiser', 's\'inquiéter', 'alerter', 'développer', 'renchérir', 'enchaîner', 'certifier', 'jurer',
  'publier', 'préconiser', 'dire', 'souffler', 'résumer', 'murmurer', 'crier', 'menacer',
  'reprocher', 'critiquer', 'mentionner', 'annoncer', 'garantir', 'prédire',
  'concéder', 'répéter', 'relever', 'contester', 'argumenter', 'prétendre', 'réfuter',
  'hurler', 'vociférer',
] as const;

/** verbs of opinion: they introduce quotes, but their que-clause is stance, not speech */
export const stanceLemmas = [
  'estimer', 'considérer', 'penser', 'juger', 'croire', 'espérer', 'souhaiter', 'trouver',
  'craindre', 'redouter', 'se dire', 'qualifier', 'réclamer', 'exhorter', 'appeler', 'demander',
  'interroger', 's\'interroger',
  // they introduce quoted words; their que-clause, if any, is a feeling or a judgement
  'trancher', 'nuancer', 's\'agacer', 's\'emporter', 'tempêter', 's\'insurger', 's\'alarmer', 'saluer',
  'justifier', 'assumer', 'analyser', 'défendre', 'exiger', 'implorer', 'abonder', 'approuver',
  's\'étonner', 'se désoler', 's\'amuser', 'soupirer', 's\'enthousiasmer', 'grincer', 'tacler', 'cingler',
  's\'offusquer', 's\'impatienter', 'se lamenter', 'sourire', 'balayer', 'tancer',
  // `a-t-on appris auprès de la préfecture`: what was learnt is the source's (see impersonalPronouns)
  'apprendre',
  // they introduce quoted words (a évoqué «…», ont scandé les manifestants) but no que-clause
  'évoquer', 'scander', 'chanter', 'entonner',
] as const;

export const irregular = [
  { lemma: 'dire', finite: ['dit', 'disent', 'disait', 'disaient', 'dira', 'diront', 'dirait', 'diraient', 'dirent'], participle: ['dit', 'dite', 'dits', 'dites'], gerund: ['disant'], infinitive: ['dire'] },
  { lemma: 'écrire', finite: ['écrit', 'écrivent', 'écrivait', 'écrivaient', 'écrivit', 'écrira', 'écrirait'], participle: ['écrit', 'écrite'], gerund: ['écrivant'], infinitive: ['écrire'] },
  { lemma: 'reconnaître', finite: ['reconnaît', 'reconnait', 'reconnaissent', 'reconnaissait', 'reconnut', 'reconnaîtra', 'reconnaîtrait'], participle: ['reconnu', 'reconnue'], gerund: ['reconnaissant'], infinitive: ['reconnaître', 'reconnaitre'] },
  { lemma: 'prévenir', finite: ['prévient', 'préviennent', 'prévenait', 'prévint', 'préviendra', 'préviendrait'], participle: ['prévenu', 'prévenue'], gerund: ['prévenant'], infinitive: ['prévenir'] },
  { lemma: 'répondre', finite: ['répond', 'répondent', 'répondait', 'répondit', 'répondra', 'répondrait'], participle: ['répondu'], gerund: ['répondant'], infinitive: ['répondre'] },
  { lemma: 'poursuivre', finite: ['poursuit', 'poursuivent', 'poursuivait', 'poursuivit'], participle: ['poursuivi'], gerund: ['poursuivant'], infinitive: ['poursuivre'] },
  { lemma: 'conclure', finite: ['conclut', 'concluent', 'concluait', 'conclura'], participle: ['conclu'], gerund: ['concluant'], infinitive: ['conclure'] },
  { lemma: 'soutenir', finite: ['soutient', 'soutiennent', 'soutenait', 'soutint'], participle: ['soutenu', 'soutenue'], gerund: ['soutenant'], infinitive: ['soutenir'] },
  { lemma: 'admettre', finite: ['admet', 'admettent', 'admettait', 'admit'], participle: ['admis', 'admise'], gerund: ['admettant'], infinitive: ['admettre'] },
  { lemma: 'promettre', finite: ['promet', 'promettent', 'promettait', 'promit', 'promettra'], participle: ['promis', 'promise'], gerund: ['promettant'], infinitive: ['promettre'] },
  { lemma: 'mettre en garde', finite: ['met en garde', 'mettent en garde', 'mettait en garde', 'mit en garde'], participle: ['mis en garde'], gerund: ['mettant en garde'], infinitive: ['mettre en garde'] },
  { lemma: 'faire savoir', finite: ['fait savoir', 'font savoir', 'faisait savoir', 'fit savoir', 'fera savoir'], participle: ['fait savoir'], gerund: ['faisant savoir'], infinitive: ['faire savoir'] },
  { lemma: 'faire valoir', finite: ['fait valoir', 'font valoir', 'faisait valoir', 'fit valoir', 'fera valoir'], participle: ['fait valoir'], gerund: ['faisant valoir'], infinitive: ['faire valoir'] },
  { lemma: 'faire remarquer', finite: ['fait remarquer', 'font remarquer', 'faisait remarquer', 'fit remarquer'], participle: ['fait remarquer'], gerund: ['faisant remarquer'], infinitive: ['faire remarquer'] },
  { lemma: 'faire observer', finite: ['fait observer', 'font observer', 'faisait observer', 'fit observer'], participle: ['fait observer'], gerund: ['faisant observer'], infinitive: ['faire observer'] },
  { lemma: 'apprendre', finite: ['apprend', 'apprennent', 'apprenait', 'apprit'], participle: ['appris', 'apprise'], gerund: ['apprenant'], infinitive: ['apprendre'] },
  { lemma: 'démentir', finite: ['dément', 'démentent', 'démentait', 'démentit'], participle: ['démenti'], gerund: ['démentant'], infinitive: ['démentir'] },
  { lemma: 'prédire', finite: ['prédit', 'prédisent', 'prédisait'], participle: ['prédit'], gerund: ['prédisant'], infinitive: ['prédire'] },
  { lemma: 'croire', finite: ['croit', 'croient', 'croyait', 'crut'], participle: ['cru'], gerund: ['croyant'], infinitive: ['croire'] },
  { lemma: 'craindre', finite: ['craint', 'craignent', 'craignait'], participle: ['craint'], gerund: ['craignant'], infinitive: ['craindre'] },
  { lemma: 'se dire', finite: ['se dit', 'se disent', 'se disait'], participle: ['dit', 'dite'], gerund: ['se disant'], infinitive: ['se dire'] },
  { lemma: 'rappeler', finite: ['rappelle', 'rappellent', 'rappelait', 'rappela', 'rappellera', 'rappellerait'], participle: ['rappelé', 'rappelée'], gerund: ['rappelant'], infinitive: ['rappeler'] },
  { lemma: 'appeler', finite: ['appelle', 'appellent', 'appelait', 'appela'], participle: ['appelé', 'appelée'], gerund: ['appelant'], infinitive: ['appeler'] },
  { lemma: 'sourire', finite: ['sourit', 'sourient', 'souriait', 'souriaient', 'sourira'], participle: ['souri'], gerund: ['souriant'], infinitive: ['sourire'] },
  { lemma: 'balayer', finite: ['balaie', 'balaye', 'balaient', 'balayent', 'balayait', 'balaya'], participle: ['balayé', 'balayée'], gerund: ['balayant'], infinitive: ['balayer'] },
] as const;

export const cues: CueData = {
  paradigms: [
    {
      ending: 'er', finite: ['e', 'ent', 'ait', 'aient', 'a', 'èrent', 'era', 'eront', 'erait', 'eraient'], participle: ['é', 'ée', 'és', 'ées'], gerund: ['ant'], infinitive: ['er'],
      spelling: [
        // the last e or é of the stem, before one consonant (or one and l, r), opens before a mute
        // ending: répète, révèle, martèle, relèvera (é keeps its accent in the future: répétera)
        { stem: 'é([^aeiouyéèêëîïôû](?:[lr])?)', to: 'è$1', before: ['e', 'ent'] },
        { stem: 'e([^aeiouyéèêëîïôû](?:[lr])?)', to: 'è$1', before: ['e', 'ent', 'era', 'eront', 'erait', 'eraient'] },
        // c and g keep their sound before a and o: lançait, exigeait
        { stem: 'c', to: 'ç', before: ['ait', 'aient', 'a', 'ant'] },
        { stem: 'g', to: 'ge', before: ['ait', 'aient', 'a', 'ant'] },
      ],
    },
    { ending: 'dre', finite: ['d', 'dent', 'dait', 'daient', 'dit', 'dra', 'dront', 'drait'], participle: ['du', 'due', 'dus', 'dues'], gerund: ['dant'], infinitive: ['dre'] },
    { ending: 'ir', finite: ['it', 'issent', 'issait', 'issaient', 'ira', 'iront', 'irait'], participle: ['i', 'ie', 'is', 'ies'], gerund: ['issant'], infinitive: ['ir'] },
    { ending: 'ire', finite: ['it', 'isent', 'isait', 'ira', 'irait'], participle: ['it', 'ite'], gerund: ['isant'], infinitive: ['ire'] },
  ],
  lemmas: [...new Set<string>(lemmas)],
  stanceLemmas: [...stanceLemmas],
  irregular: irregular as unknown as CueData['irregular'],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'eut', 'est', 'sont', 'était', 'étaient'],
  infinitiveLinks: ['avant de', 'avant d\'', 'puis de', 'afin de', 'pour'],
  passiveAgents: ['par'],
  reflexivePrefixes: ['se ', 's\''],
  clitics: ['se', 's\'', 'lui', 'leur', 'l\'', 'nous', 'vous', 'me', 'm\'', 'y', 'en'],
  inversion: { pronouns: ['il', 'elle', 'ils', 'elles', 'on'], euphonic: 't', vowels: 'aeé' },
  adverbs: [
    'aussi', 'également', 'encore', 'ensuite', 'alors', 'enfin', 'déjà', 'notamment', 'pourtant',
    'toutefois', 'cependant', 'néanmoins', 'donc', 'ainsi', 'clairement', 'fermement', 'plus tard',
    'plus tôt', 'pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'quant à lui',
    'quant à elle', 'lui', 'elle', 'bien', 'même', 'hier', 'aujourd\'hui', 'récemment',
    'publiquement', 'officiellement', 'immédiatement', 'aussitôt', 'd\'ailleurs', 'par ailleurs',
    'en outre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'ce matin', 'ce soir', 'soir', 'matin', 'midi', 'après-midi', 'dans la soirée', 'dans la matinée', 'dans la foulée', 'en substance', 'simplement', 'souvent', 'mais',
    'de nouveau', 'à nouveau', 'une nouvelle fois', 'une fois de plus', 'vivement', 'ouvertement',
    'catégoriquement', 'sèchement', 'longuement', 'prudemment', 'formellement', 'explicitement',
    'solennellement', 'volontiers', 'toujours', 'la veille', 'le lendemain', 'dans la nuit',
    'cette semaine', 'la semaine dernière', 'le mois dernier', 'l\'an dernier', 'l\'année dernière',
    'ce week-end', 'dernier', 'dernière',
  ],
};
