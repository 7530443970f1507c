/** Terminal tables (cli-table3), sized to the terminal width, coloured with the Chalk given. */
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Entity, EntityType } from '../types.js';
import type { FileResult } from './json.js';
import type { Command } from './ndjson.js';

const NO_STYLE = { head: [], border: [] };
const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'date'];

function widths(columns: number, fixed: number[]): number[] {
  const borders = fixed.length + 2;
  const rest = Math.max(20, columns - borders - fixed.reduce((a, b) => a + b, 0));
  return [...fixed, rest];
}

function heading(doc: FileResult, c: ChalkInstance, what: string): string {
  const date = doc.date ? `, dated ${doc.date}` : '';
  return c.bold(`${doc.file}`) + c.dim(` (${doc.lang}${date}, ${doc.sentences} sentences): ${what}`) + '\n';
}

export function quotesTable(doc: FileResult, c: ChalkInstance, columns: number): string {
  const head = heading(doc, c, `${doc.quotes.length} quotes`);
  if (doc.quotes.length === 0) return head;
  const table = new Table({
    head: ['#', 'speaker', 'kind', 'cue', 'quote'].map((h) => c.bold(h)),
    colWidths: widths(columns, [5, 20, 10, 14]),
    wordWrap: true,
    style: NO_STYLE,
  });
  for (const q of doc.quotes) {
    const who = q.speaker
      ? (q.speakerType === 'organization' ? c.cyan(q.speaker) : c.green(q.speaker)) + (q.via ? c.dim(` via ${q.via}`) : '')
      : c.dim('?');
    table.push([String(q.sentence), who, q.kind, q.cue ?? '', q.text]);
  }
  return head + table.toString() + '\n';
}

function describe(e: Entity): string {
  const parts: string[] = [];
  if (e.value) parts.push(e.value);
  if (e.roles?.length) parts.push(e.roles.join(', '));
  if (e.aliases.length) parts.push(`aka ${e.aliases.join(', ')}`);
  return parts.join('; ');
}

export function entitiesTable(doc: FileResult, c: ChalkInstance, columns: number): string {
  const head = heading(doc, c, `${doc.entities.length} entities`);
  if (doc.entities.length === 0) return head;
  const table = new Table({
    head: ['type', 'name', 'n', 'details'].map((h) => c.bold(h)),
    colWidths: widths(columns, [14, 26, 5]),
    wordWrap: true,
    style: NO_STYLE,
  });
  const colour: Record<EntityType, (s: string) => string> = {
    person: c.green, organization: c.cyan, place: c.yellow, date: c.magenta,
  };
  for (const type of TYPE_ORDER) {
    for (const e of doc.entities.filter((x) => x.type === type)) {
      table.push([colour[type](type), e.name, String(e.count), describe(e)]);
    }
  }
  return head + table.toString() + '\n';
}

export function table(doc: FileResult, command: Command, colorLevel: 0 | 1 | 2 | 3, columns: number): string {
  const c = new Chalk({ level: colorLevel });
  return command === 'quotes' ? quotesTable(doc, c, columns) : entitiesTable(doc, c, columns);
}
