/**
 * A parallel "fold" of the input with exactly the same length, so that offsets found on the fold
 * are offsets into the input. Rules match on the fold; results always slice the original text.
 *  - typographic apostrophes and primes → '
 *  - no-break, thin and other Unicode spaces → ' '
 *  - CR LF → ' \n', a lone CR → '\n' (so that old Mac and Windows line ends look like LF)
 *  - the various dashes → '-'
 * Case is kept: names need it; rules that ignore case use the `i` flag.
 */
const SINGLE: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u2007': ' ', '\u2008': ' ', '\u200A': ' ',
  '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u205F': ' ',
  '\u3000': ' ', '\t': ' ', '\f': ' ', '\v': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

const NEEDS_FOLD = /[\u2019\u2018\u02BC\u2032`\u00B4\u00A0\u202F\u2000-\u200A\u205F\u3000\t\f\v\r\u2010-\u2014\u2212]/;
const ALL = /[\u2019\u2018\u02BC\u2032`\u00B4\u00A0\u202F\u2000-\u200A\u205F\u3000\t\f\v\u2010-\u2014\u2212]|\r\n?/g;

export function fold(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  return text.replace(ALL, (c) => (c === '\r\n' ? ' \n' : c === '\r' ? '\n' : SINGLE[c] ?? ' '));
}
