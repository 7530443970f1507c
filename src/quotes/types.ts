/**
 * Shapes of the quote engine. A language gives its vocabulary as a `QuotesData` record (plain
 * arrays, see src/lang/fr/cues.ts and attribution.ts); `compileQuotes` turns it once, at load,
 * into the `QuotesPack` the engine reads (sets and maps, no regex built per call).
 */
import type { Doc } from '../doc.js';
import type { MentionIndex } from './mentions.js';
import type { SpeakerType } from '../types.js';

/** How a regular verb class turns its lemma into the forms news copy uses (3rd person only). */
export interface Paradigm {
  /** the lemma ending this class applies to ('er', 'ir', 'e', '' …); longest match wins */
  ending: string;
  /** finite 3rd-person forms (present, imperfect, simple past, future, conditional), as endings */
  finite: readonly string[];
  participle: readonly string[];
  gerund: readonly string[];
  infinitive: readonly string[];
  /** spelling changes of the stem before some endings (répéter → répète, lancer → lançait) */
  spelling?: readonly Spelling[];
}

/** The end of a stem that `stem` matches (a regex source) is replaced by `to` before the listed endings. */
export interface Spelling {
  stem: string;
  to: string;
  before: readonly string[];
}

/** A verb whose forms are listed by hand (irregular, or with a spelling change). */
export interface VerbForms {
  lemma: string;
  finite?: readonly string[];
  participle?: readonly string[];
  gerund?: readonly string[];
  infinitive?: readonly string[];
}

export interface CueData {
  paradigms: readonly Paradigm[];
  /** regular reporting verbs that also introduce reported speech (indirect) */
  lemmas: readonly string[];
  /** reporting verbs that introduce quotes but whose que/that clause is stance, not speech */
  stanceLemmas: readonly string[];
  /** irregular forms, added to (or replacing) what the paradigms generate */
  irregular: readonly VerbForms[];
  /** finite auxiliaries of compound tenses (a, ont, has, had …) */
  auxiliaries: readonly string[];
  /** subject-verb inversion written with hyphens (a-t-il): pronouns and euphonic letter */
  inversion: { pronouns: readonly string[]; euphonic: string; vowels: string } | null;
  /** adverbs and short phrases that may stand between auxiliary and participle or after a cue */
  adverbs: readonly string[];
  /** lemma prefixes of pronominal verbs, stripped before conjugating (s'exclamer → exclamer) */
  reflexivePrefixes: readonly string[];
  /** phrases after which an infinitive continues a report (avant de préciser) */
  infinitiveLinks: readonly string[];
  /** the agent of a passive (`announced by Ford`): a verb followed by one is not a cue */
  passiveAgents: readonly string[];
  /** object or reflexive pronouns that may stand just before a cue and belong to it (s', lui) */
  clitics: readonly string[];
}

export interface AttributionData {
  determiners: readonly string[];
  /** subject pronouns that point back to a speaker */
  pronouns: readonly string[];
  /** pronouns that can only stand for a person (he, she) */
  personPronouns: readonly string[];
  /** pronouns that stand for nobody in particular (on): the speaker is the place the words were
   * gathered at, if the sentence names one (`indique-t-on à Matignon`), never an earlier speaker */
  impersonalPronouns: readonly string[];
  /** pronouns that name the source after `selon`, `pour`, `according to` (lui, him): the speaker named before */
  sourcePronouns: readonly string[];
  /** titles written abbreviated with a period (Sen., Gov.): the period ends no speaker phrase */
  titleAbbreviations: readonly string[];
  /** finite verbs that only a clause holds (was, had, would, est, avait): words after a cue that hold one are a clause, not the cue's subject */
  clauseVerbs: readonly string[];
  /** words that name what follows (le projet de loi dit « séparatisme », a plan dubbed "X"): a short quote after one is a label */
  labelWords: readonly string[];
  /** words introducing the source before or after a statement: selon, d'après, according to */
  according: readonly string[];
  /** `according` words that count only at the start of a sentence (pour X, …) */
  accordingAtStart: readonly string[];
  /** relay phrases: what follows goes to `via` (cité par, quoted by) */
  relays: readonly string[];
  /** complementizers introducing reported clauses (que, qu', that) */
  complementizers: readonly string[];
  /** nouns of documents and spokespeople whose complement is the real source */
  sourceNouns: readonly string[];
  /** prepositions linking a source noun to its complement (de, du, des, of, for) */
  sourceLinks: readonly string[];
  /** words that end a speaker phrase (prepositions of place/time, conjunctions) */
  phraseStops: readonly string[];
  /** titles and roles: a speaker phrase holding one names a person */
  personWords: readonly string[];
  /** words naming institutions: a speaker phrase holding one names an organization */
  orgWords: readonly string[];
  /** objects of "told" that are an audience, not a relay (reporters, journalists) */
  audiences: readonly string[];
  /** coordinating conjunctions (et, and): a cue after one shares the subject of the first verb */
  coordinators: readonly string[];
  /** relative pronouns (qui, who): a cue after one has the antecedent as subject */
  relatives: readonly string[];
  /** reporting verbs whose reported clause may come without complementizer (`said the plan…`) */
  bareClauseLemmas: readonly string[];
  /** determiners of a description that points back to someone already named (le, ce, the) */
  anaphoricDeterminers: readonly string[];
  /** the word after an age in a description of a person (`de 55 ans`, `55-year-old`) */
  ageWords: readonly string[];
  /** name particles that may stay lowercase inside a proper name (de, van, al) */
  nameParticles: readonly string[];
  /** pronouns that point back to a woman, or to a man (elle, il; she, he) */
  femininePronouns: readonly string[];
  masculinePronouns: readonly string[];
  /** titles of courtesy before a woman's name, or a man's (Mme, M.; Mrs, Mr), lowercase without the dot */
  feminineHonorifics: readonly string[];
  masculineHonorifics: readonly string[];
}

export type Sex = 'f' | 'm';

/** First names of one source, as folded keys: those it gives as female only, and as male only. */
export interface FirstNameSexes {
  female: readonly string[];
  male: readonly string[];
}

export interface QuotesData {
  cues: CueData;
  attribution: AttributionData;
  strategies: readonly Strategy[];
  /** the complementizer may be left out (English `said the plan…`) */
  thatOptional: boolean;
  /** the sex of first names, source by source: the first source that lists a name decides */
  firstNameSexes: readonly FirstNameSexes[];
}

export type FormKind = 'finite' | 'participle' | 'gerund' | 'infinitive' | 'aux';

/** Phrases as token strings, by their first token, each list longest first. */
export type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The compiled vocabulary of one language. */
export interface QuotesPack {
  forms: ReadonlyMap<string, { kind: FormKind; lemma: string; speech: boolean }>;
  /** first words of the forms written in several words (fait savoir, pointed out) */
  heads: ReadonlySet<string>;
  /** the form and the pronoun of an inverted form (a-t-il, ajoute-t-elle), if the word is one */
  inverted: (word: string) => { form: string; pronoun: string } | undefined;
  /** adverbs and adverbial phrases */
  adverbs: Phrases;
  infinitiveLinks: readonly (readonly string[])[];
  passiveAgents: ReadonlySet<string>;
  clitics: ReadonlySet<string>;
  sets: Record<keyof Omit<AttributionData, 'relays' | 'according' | 'accordingAtStart'>, ReadonlySet<string>>;
  relays: Phrases;
  according: Phrases;
  accordingAtStart: Phrases;
  strategies: readonly Strategy[];
  thatOptional: boolean;
  /** finds complementizers in a sentence (a cheap pre-test before tokenizing); global: set lastIndex before exec */
  complementizerRe: RegExp;
  /** the sex a first name (folded key) mostly goes by, if its sources agree */
  firstNameSex(key: string): Sex | null;
}

/** A word or a punctuation mark of the folded text; quotes found by marks are one token each. */
export interface Token {
  s: number;
  e: number;
  /** lower-cased folded form; '"' for a collapsed quote */
  w: string;
  /** index into the marked quotes when this token stands for one */
  q?: number;
  upper: boolean;
}

export interface Cue {
  /** token range [from, to) of the verb phrase */
  from: number;
  to: number;
  kind: FormKind;
  lemma: string;
  speech: boolean;
  /** pronoun carried by an inverted form (a-t-il) */
  pronoun?: string;
}

export interface Speaker {
  speaker: string | null;
  speakerType: SpeakerType;
  via: string | null;
  cue: string | null;
}

/** What a strategy sees: the tokens of the quote's sentence(s), the quote token, earlier results. */
export interface Context {
  doc: Doc;
  /** the document's entity mentions, indexed by offset */
  mentions: MentionIndex;
  pack: QuotesPack;
  toks: readonly Token[];
  /** index of the quote token in toks */
  at: number;
  /** token ranges of the sentence where the quote starts / ends */
  before: number;
  after: number;
  /** speakers already given to earlier quotes of the document, in order */
  previous: readonly (Speaker & { start: number; end: number; paragraph: number; sentence: number })[];
  paragraph: number;
  sentence: number;
}

export interface Strategy {
  id: string;
  example: string;
  find(ctx: Context): Speaker | null;
  /** a weak strategy (no cue in the sentence) does not by itself make quoted words a statement */
  weak?: boolean;
}
