/**
 * Step 1: cut the folded text into lines (a line break always ends a sentence: headlines,
 * datelines and paragraphs have no final period) and find, inside each line, every place where
 * a sentence may end: terminal punctuation, optional closing quotes or brackets, white space,
 * then something that can start a sentence (a capital, a digit, an opening quote or a dash; the
 * fold has turned ‘ into ', so a straight apostrophe counts as an opening mark there).
 */
export interface Candidate {
  /** where the ending sentence stops (after the closing marks) */
  end: number;
  /** where the next sentence may start */
  next: number;
  /** offset of the terminal punctuation */
  mark: number;
}

// French typography sets » off by a (no-break) space: `nuit. » Le maire`
const BOUNDARY = /([.!?\u2026]+)((?:["'»”’)\]]| »)*)( +)(?=[«"“'(\-]? *[\p{Lu}\d¿¡])/gu;

export function lines(fold: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (;;) {
    const nl = fold.indexOf('\n', start);
    const end = nl === -1 ? fold.length : nl;
    out.push([start, end]);
    if (nl === -1) return out;
    start = nl + 1;
  }
}

export function candidates(fold: string, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  const line = fold.slice(start, end);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const mark = start + m.index;
    const close = mark + m[1].length + m[2].length;
    out.push({ end: close, next: close + m[3].length, mark });
  }
  return out;
}
