/**
 * Dates, chrono-style: parsers find expressions, refiners fix them, a resolver gives values.
 *  1. scan.ts: one pass over the document says which sentences hold a month, a weekday, a
 *     relative word or a year; only those sentences are read, by only the parsers they need.
 *  2. parsers.ts (and chrono.ts, for "il y a trois jours" / "two days ago") find hits.
 *  3. select.ts keeps the longest of overlapping hits and reads "dernier", "ce", "mi-" around them.
 *  4. tense.ts says past or future; resolve.ts and infer.ts give calendar values against the
 *     reference date (the dateline, else --date); group.ts makes one entity per value.
 */
import type { Doc } from '../../doc.js';
import type { Entity, Span } from '../../types.js';
import { sentenceAt } from '../../text/span.js';
import { fromIso, isValid, toIso, type CalDate } from './calendar.js';
import { chronoHits } from './chrono.js';
import { datelineIn } from './dateline.js';
import { group } from './group.js';
import { hitOf, type Hit } from './hit.js';
import { parsers } from './parsers.js';
import { kindsBySentence, lower, RELATIVE, type Sent } from './scan.js';
import { patternsFor } from './patterns.js';
import { resolve, type Placed } from './resolve.js';
import { select } from './select.js';
import { markers, tenseOf, type Marker } from './tense.js';

/** The article's own date when it is written in words at the top ("29 mai 2012. -"), else null. */
export function readDateline(doc: Doc): (Span & { value: string }) | null {
  return datelineIn(doc.fold, patternsFor(doc.pack));
}

/** "32 mai", "31/02/2020", "2021-13-45" are no dates. */
function possible(h: Hit): boolean {
  if (h.m !== undefined && (h.m < 1 || h.m > 12)) return false;
  if (h.d !== undefined && (h.d < 1 || h.d > 31)) return false;
  return h.y === undefined || h.m === undefined || h.d === undefined || isValid({ y: h.y, m: h.m, d: h.d });
}

/** A day, a month or a weekday without a year nor a direction: its tense completes it. */
const open = (h: Hit) => h.y === undefined && (h.m !== undefined || h.wd !== undefined) && h.dir === undefined;

/** Every date expression of the document, placed in its sentence, with its tense; chrono counts from `ref`. */
export function findHits(doc: Doc, ref: CalDate | null): Placed[] {
  const p = patternsFor(doc.pack);
  const out: Placed[] = [];
  const line = doc.dateline;
  if (line) out.push({ hit: hitOf(line.start, line.end, 'dateline', { computed: fromIso(line.value)! }), sentence: sentenceAt(doc.sentences, line.start), tense: 0 });
  const kindsOf = kindsBySentence(doc.fold, doc.sentences, p);
  for (const s of doc.sentences) {
    const kinds = kindsOf[s.index];
    if (!kinds) continue;
    const c = doc.fold.slice(s.start, s.end);
    const t: Sent = { s: lower(c), c, at: s.start };
    const raw: Hit[] = [];
    for (const { needs, parse } of parsers) if (kinds & needs) raw.push(...parse(t, p));
    if (kinds & RELATIVE) raw.push(...chronoHits(t.s, s.start, doc.lang, p, ref));
    const kept = select(raw.filter(possible), doc.fold, s, p).filter((h) => !line || h.end <= line.start || h.start >= line.end);
    let until = 0; // the end of the last open date: no marker further on is read
    for (const hit of kept) if (open(hit)) until = hit.end;
    let ms: Marker[] | null = null;
    for (const hit of kept) {
      const tense = open(hit) ? tenseOf(hit, (ms ??= markers(t, p, until)), t) : 0;
      out.push({ hit, sentence: s.index, tense });
    }
  }
  return out.sort((a, b) => a.hit.start - b.hit.start);
}

/** Date expressions resolved to ISO 8601 values against doc.refDate; one entity per value. */
export function findDates(doc: Doc): Entity[] {
  const ref = fromIso(doc.refDate);
  const placed = findHits(doc, ref);
  const values = resolve(placed, ref);
  return group(
    placed.map(({ hit, sentence }: { hit: Hit; sentence: number }, i) => ({
      mention: { text: doc.text.slice(hit.start, hit.end), start: hit.start, end: hit.end, sentence },
      value: values[i] ? toIso(values[i]!) : null,
    })),
  );
}
