/**
 * History scan benchmark: generates a repository of thousands of commits (real text from
 * node_modules, edited a block at a time, with planted secrets) through `git fast-import`, then
 * times the bundled CLI's `scan --history` against `git log -p | grep -E <combined keywords>` on
 * the same repository in the same run: the floor no scanner that reads patches can beat.
 * Run alone with `npx tsx scripts/bench-history.ts`; `npm run bench` prints it too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { isTextDetector } from '../src/scanner/compile.js';
import { builtinDetectors } from '../src/scanner/detectors/index.js';
import { expandTemplate, seededRandom } from '../test/helpers/tokens.js';

const commitCount = Number(process.env.BENCH_HISTORY_COMMITS ?? 3000);
const fileCount = 300;
const plantEvery = 20;

/** Lines of real text (JS, TS, Markdown) from node_modules, up to `maxBytes`. */
function corpusLines(nodeModules: string, maxBytes: number): string[] {
  const lines: string[] = [];
  let bytes = 0;
  const walk = (dir: string): boolean => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (walk(path)) return true;
      } else if (
        ['.js', '.ts', '.md'].includes(extname(entry.name)) &&
        statSync(path).size < 200_000
      ) {
        for (const line of readFileSync(path, 'utf8').split('\n'))
          if (line.length < 300) lines.push(line);
        bytes += statSync(path).size;
        if (bytes > maxBytes) return true;
      }
    }
    return false;
  };
  walk(nodeModules);
  return lines;
}

/** One single-line positive example per prefixed detector that is on by default. */
function plantableSecrets(): string[] {
  return builtinDetectors
    .filter(isTextDetector)
    .filter((d) => d.strength === 'prefixed' && d.enabledByDefault !== false)
    .map((d, i) => expandTemplate(d.examples.positive[0] ?? '', i + 11))
    .filter((line) => line !== '' && !line.includes('\n'));
}

/** The generated repository: where it is, and which (commit, path) pairs hold a planted secret. */
interface HistoryRepo {
  root: string;
  planted: { commit: string; path: string }[];
  seconds: number;
}

/** Writes the repository with one `git fast-import` stream; reused when already built. */
function generate(root: string, nodeModules: string): HistoryRepo {
  const started = performance.now();
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
  const corpus = corpusLines(nodeModules, 40 << 20);
  const secrets = plantableSecrets();
  const random = seededRandom(42);
  const pick = (n: number) => Math.floor(random() * n);
  const take = (n: number) => {
    const start = pick(corpus.length - n);
    return corpus.slice(start, start + n);
  };
  const files = Array.from({ length: fileCount }, () => take(120));
  const chunks: Buffer[] = [];
  const plantedAt: { mark: number; path: string }[] = [];
  for (let mark = 1; mark <= commitCount; mark++) {
    const time = 1_700_000_000 + mark * 60;
    const message = `commit ${mark}\n`;
    let text =
      `commit refs/heads/main\nmark :${mark}\n` +
      `author Bench <bench@example.com> ${time} +0000\ncommitter Bench <bench@example.com> ${time} +0000\n` +
      `data ${Buffer.byteLength(message)}\n${message}${mark > 1 ? `from :${mark - 1}\n` : ''}`;
    for (let f = 0; f < 3; f++) {
      const index = pick(fileCount);
      const lines = files[index] as string[];
      const block = take(40);
      const path = `src/module-${index}.txt`;
      if (f === 0 && mark % plantEvery === 0) {
        block.splice(
          pick(block.length),
          0,
          `const key = "${secrets[(mark / plantEvery) % secrets.length]}";`,
        );
        plantedAt.push({ mark, path });
      }
      lines.splice(pick(lines.length), Math.min(30, lines.length), ...block);
      if (lines.length > 400) lines.splice(0, lines.length - 400);
      const content = Buffer.from(`${lines.join('\n')}\n`);
      text += `M 100644 inline ${path}\ndata ${content.length}\n`;
      chunks.push(Buffer.from(text), content, Buffer.from('\n'));
      text = '';
    }
  }
  const marks = join(root, '.git', 'bench-marks');
  execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], {
    cwd: root,
    input: Buffer.concat(chunks),
    maxBuffer: 1 << 30,
  });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: root });
  const shaOf = new Map(
    readFileSync(marks, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string])
      .map(([mark, sha]) => [Number(mark.slice(1)), sha]),
  );
  return {
    root,
    planted: plantedAt.map(({ mark, path }) => ({ commit: shaOf.get(mark) as string, path })),
    seconds: (performance.now() - started) / 1000,
  };
}

const repeats = Number(process.env.BENCH_REPEATS ?? 3);

/** Median wall time of a command over `repeats` runs, in seconds, and its stdout. */
function timed(command: string, args: string[], cwd: string): { seconds: number; stdout: string } {
  const runs = Array.from({ length: repeats }, () => {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.error) throw result.error;
    return { seconds: (performance.now() - started) / 1000, stdout: result.stdout };
  });
  return runs.sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)] as {
    seconds: number;
    stdout: string;
  };
}

/** Every keyword of every detector as one case-insensitive ERE alternation. */
function combinedPattern(): string {
  const keywords = new Set(builtinDetectors.filter(isTextDetector).flatMap((d) => d.keywords));
  return [...keywords].map((k) => k.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&')).join('|');
}

/** Runs the benchmark and returns its report. */
export async function benchHistory(repo: string): Promise<string> {
  const cli = join(repo, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build');
  const generated = generate(
    join(tmpdir(), 'secrets-action-bench-history'),
    join(repo, 'node_modules'),
  );
  const { root } = generated;
  const ours = timed(process.execPath, [cli, 'scan', '--history', '--format', 'json'], root);
  const report = JSON.parse(ours.stdout) as {
    findings: { file: string; commit: string }[];
    summary: { commits: number; patch_bytes: number; added_lines: number };
  };
  const found = new Set(report.findings.map((f) => `${f.commit} ${f.file}`));
  const plantedFound = generated.planted.filter((p) => found.has(`${p.commit} ${p.path}`)).length;
  const pattern = combinedPattern();
  const floor = timed('sh', ['-c', `git log -p --all --no-color | grep -icE "$0"`, pattern], root);
  const gitOnly = timed('sh', ['-c', 'git log -p --all --no-color | wc -c'], root);
  const patchBytes = Number(gitOnly.stdout.trim());
  const { commits } = report.summary;
  const mb = (bytes: number) => bytes / 1e6;
  const rate = (seconds: number) =>
    `${Math.round(commits / seconds).toLocaleString('en')} commits/s, ${(mb(patchBytes) / seconds).toFixed(1)} MB/s`;
  return [
    `history scan: ${commits.toLocaleString('en')} commits, ${mb(patchBytes).toFixed(1)} MB of \`git log -p\` ` +
      `(${mb(report.summary.patch_bytes).toFixed(1)} MB as we read it: one line of context, merges as --cc), ` +
      `generated in ${generated.seconds.toFixed(1)} s in ${root}`,
    `  secrets-action scan --history      ${ours.seconds.toFixed(2).padStart(6)} s  ${rate(ours.seconds)}; ` +
      `${plantedFound}/${generated.planted.length} planted found, ${report.findings.length} findings in all`,
    `  git log -p | grep -icE (${new Set(builtinDetectors.filter(isTextDetector).flatMap((d) => d.keywords)).size} keywords) ` +
      `${floor.seconds.toFixed(2).padStart(6)} s  ${rate(floor.seconds)}; ${floor.stdout.trim()} matching lines`,
    `  git log -p alone                   ${gitOnly.seconds.toFixed(2).padStart(6)} s  ${rate(gitOnly.seconds)}`,
    `  ratio: ${(ours.seconds / floor.seconds).toFixed(2)}× the git log | grep floor (median of ${repeats} runs each)`,
  ].join('\n');
}

if (resolve(process.argv[1] ?? '') === resolve(import.meta.filename))
  console.log(await benchHistory(resolve(import.meta.dirname, '..')));
