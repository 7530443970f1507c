#!/usr/bin/env node
/**
 * npm run bench [-- --mb 200 --runs 3 --jobs N --text-mb 50]
 *
 * Throughput and memory of `extract` on a large synthetic JSONL corpus (scripts/gen-corpus.mjs,
 * written to the gitignored bench-data/): MB/s for `quotes` and `entities` with --jobs 1 and with
 * all cores, the ratio, and peak RSS (from /usr/bin/time -v when present). In the same run, the
 * baselines: a plain regex scan for « » (the practical ceiling in JavaScript), analyze() alone
 * in-process (what the CLI adds is the rest), analyze() in one process per core at once against
 * one alone (the --jobs ratio the machine allows), and compromise's nlp(text).people() on a sample.
 * Figures are medians of --runs runs. Needs a build (npm run build).
 * Environment: BENCH_MB, BENCH_RUNS, BENCH_TEXT_MB as defaults for the flags.
 */
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'extract.js');

function args(argv) {
  const o = {
    mb: Number(process.env.BENCH_MB ?? 200),
    runs: Number(process.env.BENCH_RUNS ?? 3),
    jobs: availableParallelism(),
    textMb: Number(process.env.BENCH_TEXT_MB ?? 0),
    sampleMb: 0.5,
    commands: ['quotes', 'entities'],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mb') o.mb = Number(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a === '--text-mb') o.textMb = Number(argv[++i]);
    else if (a === '--only') o.commands = [argv[++i]];
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run bench -- [--mb 200] [--runs 3] [--jobs N] [--text-mb 50] [--only quotes|entities]\n');
      process.exit(0);
    }
  }
  return o;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (x, d = 1) => (x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const hasTime = existsSync('/usr/bin/time');

/** Run extract once: wall seconds, peak RSS in MB (null without /usr/bin/time), exit status. */
function once(argv) {
  return new Promise((resolve, reject) => {
    const [cmd, cmdArgs] = hasTime ? ['/usr/bin/time', ['-v', process.execPath, bin, ...argv]] : [process.execPath, [bin, ...argv]];
    const t0 = performance.now();
    const child = spawn(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - t0) / 1000;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const user = /User time \(seconds\): ([\d.]+)/.exec(err);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
      resolve({ seconds, rss: rss ? Number(rss[1]) / 1024 : null, cpu: user && sys ? Number(user[1]) + Number(sys[1]) : null, status, err });
    });
  });
}

function check(argv, r) {
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract ${argv.join(' ')} exited ${r.status}: ${r.err.split('\n').slice(-3).join(' ')}`);
  return r;
}

function summary(rs, bytes) {
  return {
    mbps: median(rs.map((r) => bytes / 1e6 / r.seconds)),
    rss: hasTime ? Math.max(...rs.map((r) => r.rss)) : null,
    cpu: hasTime ? median(rs.map((r) => r.cpu)) : null,
  };
}

/** The runs of each command line alternate, so that a change in the machine's load hits all alike. */
async function measure(argvs, runs, bytes) {
  const all = argvs.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, argv] of argvs.entries()) all[k].push(check(argv, await once(argv)));
  }
  return all.map((rs) => summary(rs, bytes));
}

/** The first `mb` MB of articles of the corpus. */
function sample(file, mb) {
  const texts = [];
  let n = 0;
  const buf = Buffer.alloc(Math.ceil(mb * 1.2e6));
  const fd = openSync(file, 'r');
  const got = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  for (const line of buf.subarray(0, got).toString('utf8').split('\n').slice(0, -1)) {
    const { text } = JSON.parse(line);
    texts.push(text);
    n += Buffer.byteLength(text);
    if (n >= mb * 1e6) break;
  }
  return { texts, bytes: n };
}

/** « … » pairs with one regex over the whole corpus, streamed: the ceiling for a JavaScript scan. */
async function regexScan(file, bytes) {
  const t0 = performance.now();
  let count = 0;
  let carry = '';
  const re = /«[^«»\n]*»/g; // JSON strings hold no raw line end: a pair never spans two lines
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 4 << 20 })) {
    const s = carry + chunk;
    const cut = s.lastIndexOf('\n') + 1;
    re.lastIndex = 0;
    for (let m = re.exec(s); m && m.index < cut; m = re.exec(s)) count++;
    carry = s.slice(cut);
  }
  return { mbps: bytes / 1e6 / ((performance.now() - t0) / 1000), count };
}

/** MB/s of wall time and MB per CPU second (steadier when the machine is shared), medians. */
function timeIt(fn, texts, bytes, runs) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const t of texts) fn(t);
    const c = process.cpuUsage(c0);
    wall.push(bytes / 1e6 / ((performance.now() - t0) / 1000));
    cpu.push(bytes / 1e6 / ((c.user + c.system) / 1e6));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const distIndex = join(root, 'dist', 'index.js');
if (!existsSync(distIndex)) { process.stderr.write('bench: build first (npm run build)\n'); process.exit(2); }

// child mode (`bench.mjs --child quotes|entities <corpus> <mb>`): analyze() three times over the
// first <mb> MB of articles, and print the wall seconds of the last pass (warm: compiling the code
// at start-up is what several copies started together do worst, and a long run does once)
if (process.argv[2] === '--child') {
  const [, , , command, file, mb] = process.argv;
  const { texts } = sample(file, Number(mb));
  const { analyze } = await import(distIndex);
  let last = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const t of texts) analyze(t, { quotes: command === 'quotes', entities: command === 'entities' });
    last = (performance.now() - t0) / 1000;
  }
  process.stdout.write(`${last}\n`);
  process.exit(0);
}

/**
 * What this machine gives for `n` copies of the same warm analysis at once, as separate processes:
 * n × (time of one alone) / (time of n together), the median over runs. No threads and no command line are
 * involved, so it is the ceiling for the --jobs ratio on this machine at this moment (a shared or
 * throttled host gives less than n).
 */
async function ceiling(command, file, n, runs) {
  const child = () => new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', command, file, '5'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => { out += d; });
    c.on('error', reject);
    c.on('close', () => resolve(Number(out)));
  });
  // one ratio per run, from an alone and a together measured back to back: the host drifts
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const alone = await child();
    const together = Math.max(...(await Promise.all(Array.from({ length: n }, child))));
    ratios.push((n * alone) / together);
  }
  return median(ratios);
}

const o = args(process.argv.slice(2));

const corpus = join(root, 'bench-data', `corpus-${o.mb}.jsonl`);
if (!existsSync(corpus) || statSync(corpus).size < o.mb * 1e6) {
  process.stderr.write(`bench: generating ${o.mb} MB of JSONL into ${relative(root, corpus)}…\n`);
  await generate({ mb: o.mb, text: false, out: corpus, seed: 1 });
}
const bytes = statSync(corpus).size;
const cpus = availableParallelism();
const all = Math.max(2, o.jobs);
const out = (s = '') => process.stdout.write(s + '\n');

out(`corpus ${relative(root, corpus)}: ${fmt(bytes / 1e6)} MB, ${cpus} CPUs, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
out(`medians of ${o.runs} runs; peak RSS ${hasTime ? 'from /usr/bin/time -v (max over runs)' : 'n/a (no /usr/bin/time)'}`);
out();
out('command    jobs   MB/s   vs jobs 1   CPU s   peak RSS MB');
out('                   (wall)            (user+sys)');
const rows = {};
for (const command of o.commands) {
  const argv = (jobs) => [command, '--input', 'jsonl', corpus, '--format', 'ndjson', '--quiet', '--jobs', String(jobs)];
  const [one, many] = await measure([argv(1), argv(all)], o.runs, bytes);
  rows[`${command}/1`] = one;
  for (const [jobs, r] of [[1, one], [all, many]]) {
    const ratio = jobs === 1 ? '' : `${fmt(r.mbps / one.mbps, 2)}x`;
    out(`${command.padEnd(10)} ${String(jobs).padStart(4)} ${fmt(r.mbps).padStart(6)}   ${ratio.padStart(9)}   ${fmt(r.cpu).padStart(5)}   ${fmt(r.rss, 0).padStart(11)}`);
  }
  if (one.cpu && many.cpu) {
    out(`${''.padEnd(10)} CPU time with ${all} jobs is ${fmt(many.cpu / one.cpu, 2)}x that of 1 job: on an idle machine, at most ${fmt((all * one.cpu) / many.cpu, 2)}x faster`);
  }
  const top = await ceiling(command, corpus, all, o.runs);
  out(`${''.padEnd(10)} ${all} copies of analyze(), warm, in separate processes run ${fmt(top, 2)}x as fast as one: the machine's ceiling now`);
}
out();
out('baselines, in-process, one thread:');
const scan = [];
for (let i = 0; i < o.runs; i++) scan.push(await regexScan(corpus, bytes));
out(`  regex scan for « » over the whole corpus: ${fmt(median(scan.map((s) => s.mbps)))} MB/s (${scan[0].count} pairs)`);
const { texts, bytes: sampleBytes } = sample(corpus, 10);
const { analyze } = await import(distIndex);
for (const command of o.commands) {
  const core = timeIt((t) => analyze(t, { quotes: command === 'quotes', entities: command === 'entities' }), texts, sampleBytes, o.runs);
  const cli = rows[`${command}/1`];
  const cliCpu = cli.cpu ? bytes / 1e6 / cli.cpu : null;
  out(`  analyze() alone, ${command}, on ${fmt(sampleBytes / 1e6)} MB: ${fmt(core.wall)} MB/s (${fmt(core.cpu)} MB per CPU second)`);
  if (cliCpu) {
    out(`    the CLI, --jobs 1: ${fmt(cliCpu)} MB per CPU second, so reading, parsing, formatting, writing and start-up`);
    out(`    take ${fmt((1 - cliCpu / core.cpu) * 100, 0)}% of its CPU time (${fmt((1 / cliCpu - 1 / core.cpu) * 1000, 0)} CPU ms per MB)`);
  }
}
let compromiseMbps = null;
try {
  const { default: nlp } = await import('compromise');
  const small = sample(corpus, o.sampleMb);
  const rate = timeIt((t) => nlp(t).people().out('array'), small.texts, small.bytes, 1);
  out(`  compromise nlp(text).people() on ${fmt(small.bytes / 1e6, 2)} MB: ${fmt(rate.wall, 2)} MB/s (${fmt(rate.cpu, 2)} MB per CPU second)`);
  compromiseMbps = rate.wall;
} catch (err) {
  out(`  compromise: not available (${err.message})`);
}

out();
out('ratios (the CLI with --jobs 1, one core, against the baselines of the same run):');
const scanMbps = median(scan.map((s) => s.mbps));
if (rows['quotes/1']) out(`  quotes: ${fmt(rows['quotes/1'].mbps)} MB/s = ${fmt(rows['quotes/1'].mbps / scanMbps, 3)}x the regex scan for « »`);
if (rows['entities/1'] && compromiseMbps) out(`  entities: ${fmt(rows['entities/1'].mbps)} MB/s = ${fmt(rows['entities/1'].mbps / compromiseMbps, 0)}x compromise's people()`);

if (o.textMb > 0) {
  const huge = join(root, 'bench-data', `huge-${o.textMb}.txt`);
  if (!existsSync(huge) || statSync(huge).size < o.textMb * 1e6) await generate({ mb: o.textMb, text: true, out: huge, seed: 2 });
  const size = statSync(huge).size;
  out();
  out(`one huge plain text ${relative(root, huge)} (${fmt(size / 1e6)} MB):`);
  for (const command of o.commands) {
    const argv = (jobs) => [command, huge, '--format', 'json', '--quiet', '--jobs', String(jobs)];
    const rs = await measure([argv(1), argv(all)], o.runs, size);
    for (const [i, jobs] of [1, all].entries()) out(`  ${command.padEnd(10)} jobs ${jobs}: ${fmt(rs[i].mbps)} MB/s, peak RSS ${fmt(rs[i].rss, 0)} MB`);
  }
}
