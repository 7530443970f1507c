// English words used to find and name the source of a quote or of reported speech.
// Sources: English grammar (determiners, subject pronouns, complementizer) and the attribution
// phrases of English wire copy (according to, quoted by, told, a spokesman for …), checked
// against GenderGapTracker's English quote extractor.
import { according, announced, colon, floating, invertedCue, subjectCue } from '../../quotes/strategies/index.js';
import type { AttributionData, Strategy } from '../../quotes/types.js';

export const attribution: AttributionData = {
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'some', 'several'],
  pronouns: ['he', 'she', 'they', 'it', 'the latter'],
  personPronouns: ['he', 'she'],
  impersonalPronouns: [],
  sourcePronouns: ['him', 'her', 'them'],
  clauseVerbs: ['is', 'was', 'are', 'were', 'been', 'had', 'has', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does'],
  labelWords: ['called', 'so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'labelled', 'labeled', 'codenamed', 'code-named'],
  titleAbbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'capt', 'sgt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'atty', 'st'],
  according: ['according to', 'as reported by'],
  accordingAtStart: [],
  relays: ['quoted by', 'cited by', 'told', 'to', 'in an interview with', 'speaking to', 'speaking with', 'speaking on', 'appearing on', 'in an interview on'],
  complementizers: ['that'],
  sourceNouns: ['spokesman', 'spokeswoman', 'spokesperson', 'statement', 'representative', 'representatives', 'official', 'officials', 'press release', 'website', 'release', 'letter', 'report', 'source', 'sources'],
  sourceLinks: ['for', 'of', 'from', 'by', 'at'],
  phraseStops: ['in', 'on', 'at', 'to', 'during', 'before', 'after', 'since', 'by', 'with', 'for', 'and', 'but', 'or', 'who', 'which', 'that', 'where', 'when', 'while', 'as', 'also', 'later', 'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'then', 'however', 'quoted', 'cited', 'according', 'about', 'from', 'not', 'too', 'is', 'was', 'were', 'are', 'be', 'been', 'it', 'there', 'this', 'if', 'because', 'although', 'than'],
  personWords: ['mr', 'mrs', 'ms', 'dr', 'prime', 'vice', 'deputy', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'secretary', 'senator', 'representative', 'governor', 'mayor', 'general', 'chief', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson', 'analyst', 'expert', 'professor', 'researcher', 'doctor', 'ambassador', 'official', 'executive', 'founder', 'leader', 'head', 'lawyer', 'attorney', 'judge', 'prosecutor', 'supplier', 'negotiator', 'king', 'queen', 'pope', 'prince', 'witness', 'resident', 'candidate', 'economist'],
  orgWords: ['ministry', 'government', 'union', 'party', 'agency', 'association', 'federation', 'committee', 'commission', 'council', 'court', 'police', 'army', 'company', 'corporation', 'firm', 'group', 'bank', 'parliament', 'congress', 'senate', 'organization', 'organisation', 'institute', 'office', 'authority', 'authorities', 'department', 'administration', 'white house', 'pentagon', 'force', 'workers', 'inc', 'corp', 'ltd', 'website'],
  audiences: ['reporters', 'journalists', 'press', 'media', 'lawmakers', 'legislators', 'senators', 'supporters', 'audience', 'crowd', 'congress', 'analysts', 'investors', 'shareholders', 'employees', 'staff', 'workers', 'voters', 'delegates', 'students', 'parliament', 'him', 'her', 'them', 'us'],
  coordinators: ['and', 'then', 'but'],
  relatives: ['who', 'which'],
  bareClauseLemmas: ['say', 'tell', 'add', 'state', 'claim', 'insist', 'argue', 'warn', 'note', 'explain', 'confirm', 'admit', 'predict'],
  nameParticles: ['de', 'van', 'von', 'der', 'al', 'el', 'bin', 'ibn', 'da', 'di', 'la', 'le', 'st.', 'jr', 'jr.'],
  anaphoricDeterminers: ['the', 'this'],
  ageWords: ['year-old'],
  femininePronouns: ['she'],
  masculinePronouns: ['he'],
  feminineHonorifics: ['mrs', 'ms', 'miss'],
  masculineHonorifics: ['mr'],
};

/** Attribution strategies, tried in this order; the first that finds a source wins. */
export const strategies: Strategy[] = [
  { id: 'en.inverted-cue', example: '"…," said Smith / "…," he added', find: invertedCue },
  { id: 'en.according', example: 'According to the ministry, "…"', find: according },
  { id: 'en.subject-cue', example: 'Smith told reporters: "…"', find: subjectCue },
  { id: 'en.colon', example: 'The minister was clear: "…"', find: colon },
  { id: 'en.announced', example: 'The director explained: (new paragraph) "…"', find: announced },
  { id: 'en.floating', example: '"…" (no cue: the previous speaker)', find: floating, weak: true },
];
