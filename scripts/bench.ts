/**
 * `npm run bench`: scans a generated tree of ≥ 200 MB (copies of node_modules' text files plus
 * planted secrets) with the bundled CLI and with secretlint (recommended preset) in the same run,
 * and prints throughput, peak RSS, planted secrets found, and the ratio between the two: with one
 * scanning thread, with both tools pinned to one CPU (taskset), and on every core. Then the
 * pre-commit hook's latency against bare Node start (scripts/bench/hook-latency.ts).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { builtinDetectors } from '../src/scanner/detectors/index.js';
import { canPinToOneCpu, median, runNode, type Run } from './bench/measure.js';
import { benchHookLatency } from './bench/hook-latency.js';
import { benchAwsFetch } from './bench/aws-fetch.js';
import { benchGitHubSync } from './bench/github-sync.js';
import { ensureBenchTree, ensureLinkedCopies } from './bench/tree.js';
import { benchHistory } from './bench-history.js';
import { benchPrefilter } from './bench/prefilter.js';

const repo = resolve(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli', 'index.js');
const secretlint = join(repo, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
const partMiB = Number(process.env.BENCH_PART_MIB ?? 52);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build');

const tree = ensureBenchTree(
  join(tmpdir(), 'secrets-action-bench'),
  join(repo, 'node_modules'),
  4,
  partMiB << 20,
);
const work = mkdtempSync(join(tmpdir(), 'secrets-action-bench-run-'));

// Every detector, including those off by default, as the issue asks.
const config = join(work, 'all-detectors.yaml');
const optional = builtinDetectors.filter((d) => d.enabledByDefault === false).map((d) => d.id);
writeFileSync(
  config,
  optional.length
    ? `enabled-detectors:\n${optional.map((id) => `  - ${id}`).join('\n')}\n`
    : '{}\n',
);
const secretlintrc = join(work, 'secretlintrc.json');
writeFileSync(
  secretlintrc,
  JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
);

/**
 * Runs each benchmark `repeats` times, taking turns, and gives each one's median run. Every other
 * round goes in reverse order (A B, B A, A B), so that no tool always runs right after the same
 * one: our runs just after secretlint's 1.6 GiB ones measured slower than after a small run.
 */
function interleavedMedians(...benchmarks: (() => Run)[]): Run[] {
  const runs = benchmarks.map((): Run[] => []);
  const order = benchmarks.map((_, index) => index);
  for (let round = 0; round < repeats; round++) {
    for (const index of round % 2 === 0 ? order : [...order].reverse())
      runs[index]?.push((benchmarks[index] as () => Run)());
  }
  return runs.map(median);
}

const mib = (bytes: number) => bytes / (1 << 20);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function scanOurs(parts: number, jobs: number, pinned = false): Run {
  return scanPaths(
    tree.parts.slice(0, parts).map((part) => relative(tree.root, part)),
    jobs,
    pinned,
  );
}

function scanPaths(paths: string[], jobs: number, pinned = false): Run {
  const args = ['scan', ...paths, '--format', 'json', '--config', config, '--jobs', String(jobs)];
  return runNode(cli, args, tree.root, {}, { pinned });
}

function scanSecretlint(parts: number, pinned = false): Run {
  const globs = tree.parts.slice(0, parts).map((part) => `${relative(tree.root, part)}/**/*`);
  return runNode(
    secretlint,
    [...globs, '--secretlintrc', secretlintrc, '--format', 'json', '--no-color'],
    tree.root,
    {},
    { pinned },
  );
}

function plantedFoundByOurs(run: Run): number {
  const report = JSON.parse(run.stdout) as { findings: { file: string }[] };
  const files = new Set(report.findings.map((finding) => finding.file));
  return tree.planted.filter((path) => files.has(path)).length;
}

function plantedFoundBySecretlint(run: Run): number {
  const report = JSON.parse(run.stdout || '[]') as { filePath: string; messages: unknown[] }[];
  const files = new Set(
    report.filter((r) => r.messages.length > 0).map((r) => relative(tree.root, r.filePath)),
  );
  return tree.planted.filter((path) => files.has(path)).length;
}

function row(name: string, run: Run, bytes: number, files: number, found: number | string): string {
  return [
    name.padEnd(34),
    `${run.seconds.toFixed(2)} s`.padStart(9),
    `${(mib(bytes) / run.seconds).toFixed(1)}`.padStart(8),
    `${Math.round(files / run.seconds).toLocaleString('en')}`.padStart(9),
    `${run.peakRssMiB.toFixed(0)} MiB`.padStart(9),
    `${found}`.padStart(10),
  ].join('  ');
}

const allParts = tree.parts.length;
const bytes = sum(tree.bytesByPart);
const files = sum(tree.filesByPart);
const plantedTotal = tree.planted.length;
console.log(
  `tree: ${mib(bytes).toFixed(0)} MiB, ${files.toLocaleString('en')} files in ${tree.root}`,
);
console.log(
  `      (copies of node_modules' text files; ${plantedTotal} planted secrets, one per detector example)`,
);
console.log(
  `machine: ${availableParallelism()} cores, Node ${process.version}; median of ${repeats} runs for each tool\n`,
);
console.log(
  [
    'tool'.padEnd(34),
    'time'.padStart(9),
    'MiB/s'.padStart(8),
    'files/s'.padStart(9),
    'peak RSS'.padStart(9),
    'planted'.padStart(10),
  ].join('  '),
);

const jobs = availableParallelism();
// The machine's speed drifts by up to a fifth over minutes: runs of the tools being compared take
// turns, so that each tool's median comes from the same stretch of time.
const [oneCore, allCores, peer] = interleavedMedians(
  () => scanOurs(allParts, 1),
  () => scanOurs(allParts, jobs),
  () => scanSecretlint(allParts),
) as [Run, Run, Run];
console.log(
  row(
    'secrets-action scan --jobs 1',
    oneCore,
    bytes,
    files,
    `${plantedFoundByOurs(oneCore)}/${plantedTotal}`,
  ),
);
console.log(
  row(
    `secrets-action scan --jobs ${jobs}`,
    allCores,
    bytes,
    files,
    `${plantedFoundByOurs(allCores)}/${plantedTotal}`,
  ),
);
console.log(
  row(
    'secretlint + preset-recommend',
    peer,
    bytes,
    files,
    `${plantedFoundBySecretlint(peer)}/${plantedTotal}`,
  ),
);

// Pinned, each tool's runtime threads (V8's compiler and collector) share its one core too.
let pinned: { ours: Run; peer: Run } | undefined;
if (canPinToOneCpu) {
  const [ours, theirs] = interleavedMedians(
    () => scanOurs(allParts, 1, true),
    () => scanSecretlint(allParts, true),
  ) as [Run, Run];
  pinned = { ours, peer: theirs };
  const found = `${plantedFoundByOurs(ours)}/${plantedTotal}`;
  console.log(row('secrets-action --jobs 1, pinned', ours, bytes, files, found));
  const theirsFound = `${plantedFoundBySecretlint(theirs)}/${plantedTotal}`;
  console.log(row('secretlint, pinned', theirs, bytes, files, theirsFound));
}

console.log(
  `\nthroughput ratio, one thread:  ${(peer.seconds / oneCore.seconds).toFixed(1)}× secretlint (--jobs 1; runtime threads on any core)`,
);
console.log(
  pinned
    ? `throughput ratio, one core:    ${(pinned.peer.seconds / pinned.ours.seconds).toFixed(1)}× secretlint (both pinned to CPU 0 with taskset; target ≥ 8×)`
    : 'throughput ratio, one core:    not measured (taskset, to pin to one CPU, is not available here)',
);
console.log(
  `throughput ratio, ${jobs} cores:   ${(peer.seconds / allCores.seconds).toFixed(1)}× secretlint`,
);

const rssLine = (treeBytes: number, run: Run, note = '') =>
  `  ${mib(treeBytes).toFixed(0).padStart(5)} MiB tree → ${run.peakRssMiB.toFixed(0)} MiB peak RSS, ${(mib(treeBytes) / run.seconds).toFixed(1)} MiB/s${note}`;
console.log('\npeak RSS as the tree grows (--jobs 1):');
for (let parts = 1; parts <= allParts; parts *= 2) {
  const run = parts === allParts ? oneCore : scanOurs(parts, 1);
  console.log(rssLine(sum(tree.bytesByPart.slice(0, parts)), run));
}
const copies = 4;
const linkedRun = scanPaths(ensureLinkedCopies(tree, `${tree.root}-x${copies}`, copies), 1);
console.log(rssLine(copies * bytes, linkedRun, ` (the tree ${copies} times over, hard links)`));

console.log(`\n${benchPrefilter(tree.parts[0] as string)}\n`);

benchHookLatency(repo);

console.log(`\n${await benchAwsFetch()}`);

console.log(`\n${await benchGitHubSync()}`);

console.log(`\n${await (await import('./bench/migrate.js')).benchMigrate()}`);

console.log(`\n${await benchHistory(repo)}`);

console.log(`\n${await (await import('./bench/rotation.js')).benchRotation()}`);
