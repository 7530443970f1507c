/** The command line, declared with commander. Parsing only: no work is done here. */
import { Command, CommanderError, Option } from 'commander';
import type { Command as Cmd } from '../format/ndjson.js';
import type { Lang } from '../types.js';

export { CommanderError };

export type Format = 'table' | 'json' | 'ndjson' | 'csv';

export interface Options {
  format?: Format;
  json?: boolean;
  lang: 'auto' | Lang;
  date?: string;
  color?: boolean;
  debug?: boolean;
  input: 'text' | 'jsonl';
  textField: string;
  idField: string;
  dateField: string;
  recursive?: boolean;
  jobs: number;
  quiet?: boolean;
}

export interface Parsed {
  command: Cmd;
  files: string[];
  options: Options;
}

const EXAMPLES: Record<Cmd, string> = {
  quotes: `
Examples:
  $ extract quotes article.txt                     table on a terminal
  $ extract quotes *.txt --format json | jq '.documents[].quotes[] | {speaker, text}'
  $ extract quotes article.txt --format ndjson | jq -r 'select(.speaker == "Kremlin") | .text'
  $ cat article.txt | extract quotes --lang fr --format csv > quotes.csv
  $ extract quotes --input jsonl archive.jsonl --format ndjson > quotes.ndjson
  $ extract quotes -r archive/ --jobs 8 --format ndjson | gzip > quotes.ndjson.gz`,
  entities: `
Examples:
  $ extract entities article.txt                   table grouped by type
  $ extract entities article.txt --json | jq '.documents[].entities[] | select(.type == "person") | .name'
  $ extract entities *.txt --format ndjson | jq -r 'select(.type == "date") | .value' | sort | uniq -c
  $ extract entities article.txt --date 2021-01-11 (reference for "hier", "demain" when the text has no dateline)`,
};

function positive(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) {
    throw new CommanderError(2, 'extract.badJobs', `extract: --jobs must be a whole number of at least 1, not '${value}'`);
  }
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CommanderError(2, 'extract.badDate', `extract: --date must be YYYY-MM-DD, YYYY-MM or YYYY, not '${value}'`);
  }
  return value;
}

export function program(version: string, defaultJobs: number, out: (s: string) => void, err: (s: string) => void, onParsed: (p: Parsed) => void): Command {
  const root = new Command('extract')
    .description('Find quotes and who said them, and the people, organizations, places and dates named in news text (French and English).')
    .version(version, '-V, --version')
    .configureOutput({
      writeOut: out,
      writeErr: err,
      outputError: (s, write) => write(s.startsWith('extract:') ? s : `extract: ${s.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(see extract --help)')
    .exitOverride();
  root.addHelpText('after', `
Input is read from the files given, or from standard input when the file is "-" or absent.
Output is a table on a terminal and JSON otherwise (--format to choose). Exit status: 0 when
every input was read, 1 when some could not be (the others are still processed), 2 on usage errors.
${EXAMPLES.quotes}`);

  for (const name of ['quotes', 'entities'] as const) {
    root
      .command(name)
      .description(name === 'quotes'
        ? 'list quoted statements (direct, partial, indirect) with speaker, cue and relay'
        : 'list people, organizations, places and dates under canonical names, dates in ISO 8601')
      .argument('[files...]', 'text files to read ("-" or none: standard input)')
      .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(['table', 'json', 'ndjson', 'csv']))
      .option('--json', 'shorthand for --format json')
      .addOption(new Option('-l, --lang <lang>', 'language of the texts').choices(['auto', 'fr', 'en']).default('auto'))
      .option('-d, --date <date>', 'reference date for relative dates when a text has no dateline (YYYY-MM-DD)', isoDate)
      .option('--color', 'force colours in tables')
      .option('--no-color', 'no colours (also: NO_COLOR=1)')
      .option('--debug', 'print stack traces of internal errors')
      .addOption(new Option('--input <kind>', 'input kind: plain text files, or JSON Lines with one article per line').choices(['text', 'jsonl']).default('text'))
      .option('--text-field <name>', 'JSONL field holding the article text', 'text')
      .option('--id-field <name>', 'JSONL field holding the article id', 'id')
      .option('--date-field <name>', 'JSONL field holding the article date (reference for relative dates)', 'date')
      .option('-r, --recursive', 'read the files inside directories, in name order (hidden and binary files skipped)')
      .addOption(new Option('-j, --jobs <n>', 'worker threads').argParser(positive).default(defaultJobs, `the number of CPUs, ${defaultJobs}`))
      .option('-q, --quiet', 'no progress bar on a terminal')
      .addHelpText('after', EXAMPLES[name])
      .exitOverride()
      .action((files: string[], options: Options) => onParsed({ command: name, files, options }));
  }
  return root;
}
