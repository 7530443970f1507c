#!/usr/bin/env node
/**
 * A large synthetic news corpus for benchmarks, made from the small articles in fixtures/corpus/
 * and varied so that no cache flatters the figures: names, numbers and dates are redrawn,
 * paragraphs after the first are shuffled, and extra quoted paragraphs are mixed in.
 *
 *   node scripts/gen-corpus.mjs --mb 200 --out bench-data/corpus-200.jsonl          (JSON Lines)
 *   node scripts/gen-corpus.mjs --mb 50 --text --out bench-data/huge-50.txt          (one huge text)
 *
 * Deterministic: the same --mb and --seed give the same bytes.
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function parseArgs(argv) {
  const o = { mb: 200, text: false, out: null, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mb') o.mb = Number(argv[++i]);
    else if (a === '--text') o.text = true;
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--seed') o.seed = Number(argv[++i]);
  }
  return o;
}

/** mulberry32: small, fast, seeded */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Hélène', 'Julien', 'Marc', 'Sophie', 'Clément', 'Amina', 'Daniel', 'Kate', 'Nathalie', 'Karim', 'Élise',
  'Thomas', 'Camille', 'Olivier', 'Fatou', 'Pierre', 'Léa', 'Yannick', 'Grace', 'Michael', 'Aurélie', 'Bruno', 'Inès', 'Paul'];
const LAST = ['Marchand', 'Roussel', 'Delorme', 'Le Gall', 'Beaune', 'Patel', 'Ortiz', 'Snyder', 'Benali', 'Fournier',
  'Moreau', 'Girard', 'Diallo', 'Lefèvre', 'Nguyen', 'Mercier', 'Barbier', 'Chevalier', 'Walsh', 'Okafor', 'Laurent', 'Costa'];
const ORGS = ['la CGT', 'la SNCF', 'la préfecture', 'le ministère de l\'Intérieur', 'Greenpeace', 'la mairie', 'Airbus',
  'the city council', 'the Port Authority', 'the University of Leeds', 'Siemens', 'the Labour Party'];
const CUES_FR = ['a déclaré', 'a indiqué', 'a précisé', 'a souligné', 'estime', 'a affirmé', 'a expliqué'];
const CUES_EN = ['said', 'told reporters', 'added', 'said on Monday', 'warned'];
const WORDS_FR = ['nous', 'avons', 'toujours', 'défendu', 'cette', 'position', 'la', 'situation', 'reste', 'difficile',
  'il', 'faut', 'agir', 'vite', 'les', 'habitants', 'attendent', 'des', 'réponses', 'claires', 'sur', 'le', 'projet'];
const WORDS_EN = ['we', 'have', 'always', 'said', 'this', 'plan', 'is', 'not', 'enough', 'the', 'residents', 'deserve',
  'clear', 'answers', 'and', 'we', 'will', 'keep', 'working', 'on', 'it', 'every', 'day'];

/** Names written in the fixtures, swapped for random ones so that every article differs. */
const KNOWN = /Hélène Marchand|Julien Roussel|Marc Delorme|Sophie Le Gall|Clément Beaune|Kate Snyder|Daniel Ortiz|Amina Patel/g;

function loadFixtures() {
  const dir = join(root, 'fixtures', 'corpus');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    lang: f.startsWith('en') ? 'en' : 'fr',
    // the machine dateline ("date 2024-03-14") is dropped: the JSONL record carries the date
    paragraphs: readFileSync(join(dir, f), 'utf8').trim().split(/\n\s*\n/).filter((p) => !/^date \d/.test(p)),
  }));
}

export function generator(seed = 1) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const words = (pool, n) => Array.from({ length: n }, () => pick(pool)).join(' ');
  const fixtures = loadFixtures();
  let n = 0;
  return () => {
    const f = pick(fixtures);
    const [head, ...rest] = f.paragraphs;
    for (let i = rest.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [rest[i], rest[j]] = [rest[j], rest[i]]; }
    const extra = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
      const said = words(f.lang === 'fr' ? WORDS_FR : WORDS_EN, 6 + Math.floor(r() * 14));
      const s = said[0].toUpperCase() + said.slice(1);
      return f.lang === 'fr'
        ? `« ${s} », ${pick(CUES_FR)} ${name()}, au nom de ${pick(ORGS)}.`
        : `"${s}," ${name()} ${pick(CUES_EN)}, speaking for ${pick(ORGS)}.`;
    });
    const body = [head, ...rest, ...extra]
      .join('\n\n')
      .replace(KNOWN, () => name())
      .replace(/\d+/g, (d) => String(
        d.length <= 2 ? 1 + Math.floor(r() * 28) : d.length === 4 ? 1990 + Math.floor(r() * 40) : Math.floor(r() * 10 ** d.length),
      ));
    const year = 2000 + Math.floor(r() * 25);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    n++;
    return { id: `a${String(n).padStart(8, '0')}`, text: body, date: `${year}-${month}-${day}` };
  };
}

export async function generate({ mb, text, out, seed }) {
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const next = generator(seed);
  const target = mb * 1e6;
  let written = 0;
  let buf = '';
  while (written < target) {
    const a = next();
    const piece = text ? `${a.text}\n\n` : JSON.stringify(a) + '\n';
    buf += piece;
    written += Buffer.byteLength(piece);
    if (buf.length > 1 << 20) {
      if (!stream.write(buf)) await once(stream, 'drain');
      buf = '';
    }
  }
  stream.end(buf);
  await once(stream, 'finish');
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const o = parseArgs(process.argv.slice(2));
  o.out ??= join(root, 'bench-data', o.text ? `huge-${o.mb}.txt` : `corpus-${o.mb}.jsonl`);
  const bytes = await generate(o);
  process.stderr.write(`gen-corpus: ${(bytes / 1e6).toFixed(1)} MB → ${o.out}\n`);
}
