/**
 * Strip span marks from a test sentence: `{q:…}` marks a quote, `{s:…}` its speaker as it should be
 * named. Returns the plain text and, per quote, its offsets, so that no test counts indices by hand.
 */
export interface Marked {
  text: string;
  quotes: Array<{ text: string; start: number; end: number }>;
  speakers: string[];
}

export function unmark(marked: string): Marked {
  let text = '';
  const quotes: Marked['quotes'] = [];
  const speakers: string[] = [];
  const re = /\{([qs]):([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    if (m[1] === 'q') quotes.push({ text: m[2], start: text.length, end: text.length + m[2].length });
    else speakers.push(m[2]);
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, quotes, speakers };
}
