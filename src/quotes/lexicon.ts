/**
 * Compile a language's quote vocabulary once, at load: verb forms generated from lemmas and
 * paradigms (no lemmatizer), inverted forms, and word sets. Everything is lower case and folded
 * (’ → ') so that tokens can be looked up directly.
 */
import { words } from './tokens.js';
import type { FirstNameSexes, FormKind, Paradigm, Phrases, QuotesData, QuotesPack, Sex, VerbForms } from './types.js';

const split = words;

type Forms = ReadonlyMap<string, { kind: FormKind }>;

/**
 * Inverted forms (a-t-il, dit-elle) are read off the word, not listed: the ~1,500 French forms
 * times five pronouns made a Map that cost a twentieth of a start-up, for the few hyphenated words
 * a text has. A finite form or an auxiliary, written in one word (none has a hyphen), then the
 * euphonic letter when the form ends in a vowel, then a pronoun, all joined by hyphens.
 */
function inversion(forms: Forms, inv: QuotesData['cues']['inversion']): QuotesPack['inverted'] {
  if (!inv) return () => undefined;
  const pronouns = new Set(inv.pronouns);
  const euphonic = `-${inv.euphonic}`;
  const finite = (f: string) => {
    const kind = forms.get(f)?.kind;
    return (kind === 'finite' || kind === 'aux') && !f.includes(' ');
  };
  return (w) => {
    const h = w.lastIndexOf('-');
    const pronoun = w.slice(h + 1);
    if (h < 1 || !pronouns.has(pronoun)) return undefined;
    let form = w.slice(0, h);
    const vowel = form.endsWith(euphonic);
    if (vowel) form = form.slice(0, -euphonic.length);
    if (form && inv.vowels.includes(form[form.length - 1]) === vowel && finite(form)) return { form, pronoun };
    return undefined;
  };
}

/**
 * Phrases by their first word, each list longest first: a word opens few of them, and some that
 * open one are among the most frequent (le, la, de: `le mois dernier`, `de nouveau`).
 */
function byHead(phrases: readonly (readonly string[])[]): Phrases {
  const out = new Map<string, (readonly string[])[]>();
  for (const p of [...phrases].sort((x, y) => y.length - x.length)) {
    const list = out.get(p[0]);
    if (list) list.push(p);
    else out.set(p[0], [p]);
  }
  return out;
}

/** The lookup of first names' sexes, built on first use: most documents resolve no pronoun. */
function firstNameSex(sources: readonly FirstNameSexes[]): (key: string) => Sex | null {
  let sexes: Map<string, Sex> | null = null;
  return (key) => {
    if (!sexes) {
      sexes = new Map();
      for (const s of sources) {
        for (const k of s.female) if (!sexes.has(k)) sexes.set(k, 'f');
        for (const k of s.male) if (!sexes.has(k)) sexes.set(k, 'm');
      }
    }
    return sexes.get(key) ?? null;
  };
}

export function compileQuotes(data: QuotesData): QuotesPack {
  const { cues, attribution: a } = data;
  const forms = new Map<string, { kind: FormKind; lemma: string; speech: boolean }>();
  const add = (f: string, kind: FormKind, lemma: string, speech: boolean) => {
    const key = f.toLowerCase();
    const old = forms.get(key);
    // a finite reading wins over others (said = finite and participle)
    if (!old || (kind === 'finite' && old.kind !== 'finite')) forms.set(key, { kind, lemma, speech });
  };
  // the longest ending first, sorted once for all lemmas
  const paradigms = [...cues.paradigms].sort((x, y) => y.ending.length - x.ending.length);
  const rules = new Map(paradigms.map((p) => [p, (p.spelling ?? []).map((r) => ({ re: new RegExp(`${r.stem}$`), to: r.to, before: new Set(r.before) }))]));
  /** stem + ending, spelt: the first rule for that ending whose pattern the stem matches */
  const spell = (p: Paradigm, stem: string, ending: string) => {
    for (const r of rules.get(p)!) if (r.before.has(ending) && r.re.test(stem)) return stem.replace(r.re, r.to) + ending;
    return stem + ending;
  };
  const generate = (v: VerbForms, speech: boolean) => {
    const prefix = cues.reflexivePrefixes.find((r) => v.lemma.startsWith(r));
    if (prefix && !v.finite) v = { lemma: v.lemma.slice(prefix.length) };
    const par = paradigms.find((p) => v.lemma.endsWith(p.ending));
    const stem = par ? v.lemma.slice(0, v.lemma.length - par.ending.length) : v.lemma;
    const pick = (k: 'finite' | 'participle' | 'gerund' | 'infinitive') =>
      v[k] ?? (par ? par[k].map((e) => spell(par, stem, e)) : []);
    for (const k of ['infinitive', 'gerund', 'participle', 'finite'] as const) {
      for (const f of pick(k)) add(f, k, v.lemma, speech);
    }
  };
  const irregular = new Map(cues.irregular.map((v) => [v.lemma, v]));
  for (const l of cues.lemmas) generate(irregular.get(l) ?? { lemma: l }, true);
  for (const l of cues.stanceLemmas) generate(irregular.get(l) ?? { lemma: l }, false);
  for (const x of cues.auxiliaries) forms.set(x, { kind: 'aux', lemma: x, speech: false });

  const inverted = inversion(forms, cues.inversion);
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const comp = a.complementizers.map((c) => esc(c) + (c.endsWith("'") ? '' : '(?!\\p{L})')).join('|');
  const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    forms,
    heads: new Set([...forms.keys()].filter((f) => f.includes(' ')).map((f) => f.split(' ')[0])),
    inverted,
    clitics: new Set(cues.clitics),
    infinitiveLinks: cues.infinitiveLinks.map(split),
    passiveAgents: new Set(cues.passiveAgents),
    adverbs: byHead(cues.adverbs.map(split)),
    // longest first: `au micro de` before `au`
    relays: byHead(a.relays.map(split)),
    according: byHead(a.according.map(split)),
    accordingAtStart: byHead(a.accordingAtStart.map(split)),
    sets: {
      determiners: set(a.determiners), pronouns: set(a.pronouns), personPronouns: set(a.personPronouns), impersonalPronouns: set(a.impersonalPronouns), sourcePronouns: set(a.sourcePronouns), titleAbbreviations: set(a.titleAbbreviations), labelWords: set(a.labelWords), clauseVerbs: set(a.clauseVerbs), complementizers: set(a.complementizers),
      sourceNouns: set(a.sourceNouns), sourceLinks: set(a.sourceLinks), phraseStops: set(a.phraseStops),
      personWords: set(a.personWords), orgWords: set(a.orgWords), audiences: set(a.audiences),
      nameParticles: set(a.nameParticles), coordinators: set(a.coordinators), relatives: set(a.relatives),
      bareClauseLemmas: set(a.bareClauseLemmas), anaphoricDeterminers: set(a.anaphoricDeterminers), ageWords: set(a.ageWords),
      femininePronouns: set(a.femininePronouns), masculinePronouns: set(a.masculinePronouns),
      feminineHonorifics: set(a.feminineHonorifics), masculineHonorifics: set(a.masculineHonorifics),
    },
    strategies: data.strategies,
    thatOptional: data.thatOptional,
    complementizerRe: new RegExp(`(?<!\\p{L})(?:${comp})`, 'giu'),
    firstNameSex: firstNameSex(data.firstNameSexes),
  };
}
