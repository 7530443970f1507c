// English reporting verbs, for quotes and reported speech.
// Sources: the verbs of English wire and Wikinews copy, checked against GenderGapTracker's
// English quote-verb list (nlp/english/rules); verbs of perception were dropped. Forms are
// generated at load from the lemma and the paradigms below (3rd person, past and present),
// plus the irregular verbs written out by hand.
import type { CueData } from '../../quotes/types.js';

/** verbs that introduce speech: quotes and reported clauses (that …) */
export const lemmas = [
  'say', 'tell', 'add', 'state', 'note', 'warn', 'insist', 'claim', 'explain', 'announce',
  'confirm', 'admit', 'argue', 'report', 'write', 'reply', 'respond', 'acknowledge', 'declare',
  'stress', 'emphasize', 'emphasise', 'comment', 'remark', 'observe', 'predict', 'reveal', 'deny',
  'concede', 'point out', 'speak out', 'assert', 'contend', 'maintain', 'mention', 'disclose', 'indicate',
  'promise', 'pledge', 'vow', 'complain', 'recall', 'testify', 'tweet', 'post', 'reiterate',
  'affirm', 'allege', 'announce', 'boast', 'caution', 'conclude', 'continue', 'counter',
  'describe', 'elaborate', 'exclaim', 'inform', 'joke', 'lament', 'quip', 'retort', 'shout',
  'speculate', 'agree', 'estimate', 'forecast', 'underline', 'yell', 'scream',
] as const;

/** verbs of opinion: they introduce quotes, but their that-clause is stance, not speech */
export const stanceLemmas = ['think', 'believe', 'expect', 'hope', 'feel', 'fear', 'consider', 'ask', 'urge', 'suggest', 'call',
  // they introduce quoted words, not a reported that-clause
  'demand', 'thunder', 'fume', 'sigh', 'laugh', 'shoot back', 'sum up', 'slam', 'blast', 'praise', 'hail', 'chant', 'roar'] as const;

export const irregular = [
  { lemma: 'say', finite: ['says', 'said'], participle: ['said'], gerund: ['saying'], infinitive: ['say'] },
  { lemma: 'tell', finite: ['tells', 'told'], participle: ['told'], gerund: ['telling'], infinitive: ['tell'] },
  { lemma: 'write', finite: ['writes', 'wrote'], participle: ['written'], gerund: ['writing'], infinitive: ['write'] },
  { lemma: 'think', finite: ['thinks', 'thought'], participle: ['thought'], gerund: ['thinking'], infinitive: ['think'] },
  { lemma: 'feel', finite: ['feels', 'felt'], participle: ['felt'], gerund: ['feeling'], infinitive: ['feel'] },
  { lemma: 'forecast', finite: ['forecasts', 'forecast'], participle: ['forecast'], gerund: ['forecasting'], infinitive: ['forecast'] },
  { lemma: 'speak out', finite: ['speaks out', 'spoke out'], participle: ['spoken out'], gerund: ['speaking out'], infinitive: ['speak out'] },
  { lemma: 'point out', finite: ['points out', 'pointed out'], participle: ['pointed out'], gerund: ['pointing out'], infinitive: ['point out'] },
  { lemma: 'quip', finite: ['quips', 'quipped'], participle: ['quipped'], gerund: ['quipping'], infinitive: ['quip'] },
  { lemma: 'shoot back', finite: ['shoots back', 'shot back'], participle: ['shot back'], gerund: ['shooting back'], infinitive: ['shoot back'] },
  { lemma: 'sum up', finite: ['sums up', 'summed up'], participle: ['summed up'], gerund: ['summing up'], infinitive: ['sum up'] },
  { lemma: 'slam', finite: ['slams', 'slammed'], participle: ['slammed'], gerund: ['slamming'], infinitive: ['slam'] },
  { lemma: 'admit', finite: ['admits', 'admitted'], participle: ['admitted'], gerund: ['admitting'], infinitive: ['admit'] },
  { lemma: 'stress', finite: ['stresses', 'stressed'], participle: ['stressed'], gerund: ['stressing'], infinitive: ['stress'] },
  { lemma: 'testify', finite: ['testifies', 'testified'], participle: ['testified'], gerund: ['testifying'], infinitive: ['testify'] },
] as const;

export const cues: CueData = {
  paradigms: [
    { ending: '', finite: ['s', 'ed'], participle: ['ed'], gerund: ['ing'], infinitive: [''] },
    { ending: 'e', finite: ['es', 'ed'], participle: ['ed'], gerund: ['ing'], infinitive: ['e'] },
    { ending: 'y', finite: ['ies', 'ied'], participle: ['ied'], gerund: ['ying'], infinitive: ['y'] },
    { ending: 'ay', finite: ['ays', 'ayed'], participle: ['ayed'], gerund: ['aying'], infinitive: ['ay'] },
    { ending: 'ey', finite: ['eys', 'eyed'], participle: ['eyed'], gerund: ['eying'], infinitive: ['ey'] },
    { ending: 'ow', finite: ['ows', 'owed'], participle: ['owed'], gerund: ['owing'], infinitive: ['ow'] },
    { ending: 'ss', finite: ['sses', 'ssed'], participle: ['ssed'], gerund: ['ssing'], infinitive: ['ss'] },
    { ending: 'sh', finite: ['shes', 'shed'], participle: ['shed'], gerund: ['shing'], infinitive: ['sh'] },
  ],
  lemmas: [...new Set<string>(lemmas)],
  stanceLemmas: [...stanceLemmas],
  irregular: irregular as unknown as CueData['irregular'],
  auxiliaries: ['has', 'have', 'had', 'will', 'would'],
  infinitiveLinks: ['went on to', 'before going on to'],
  passiveAgents: ['by'],
  reflexivePrefixes: [],
  clitics: [],
  inversion: null,
  adverbs: ['also', 'later', 'earlier', 'then', 'further', 'again', 'previously', 'recently', 'simply', 'repeatedly', 'publicly', 'officially', 'flatly', 'bluntly', 'frankly', 'today', 'yesterday', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'morning', 'evening', 'afternoon', 'last week', 'last month', 'this week', 'too', 'however', 'first', 'already', 'just', 'once again', 'since', 'repeatedly', 'in a statement', 'in an interview', 'in a critical statement', 'in a press release', 'in a news conference', 'in a press conference', 'late', 'early', 'last night', 'last year', 'this month', 'this year', 'overnight', 'tonight', 'over the weekend', 'at the weekend', 'once more', 'separately', 'privately', 'openly', 'firmly', 'candidly', 'emphatically', 'categorically', 'angrily'],
};
