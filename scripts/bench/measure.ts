import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Wall time, peak RSS and output of one benchmarked Node process. */
export interface Run {
  seconds: number;
  peakRssMiB: number;
  stdout: string;
  status: number | null;
}

const reporter = join(import.meta.dirname, 'rss-reporter.mjs');

/**
 * Whether `taskset` (util-linux) can pin a process to one CPU here. A process pinned so has one
 * core for every thread it runs, V8's compiler and collector threads included: that is how a
 * tool's throughput "on one core" is measured; unpinned, those threads use the other cores.
 */
export const canPinToOneCpu =
  process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/**
 * Runs `node <script> ...args` in `cwd` with the RSS reporter preloaded; on CPU 0 only when
 * `pinned` (see {@link canPinToOneCpu}).
 */
export function runNode(
  script: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  { pinned = false }: { pinned?: boolean } = {},
): Run {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(dir, 'rss');
  const node = [process.execPath, '--import', reporter, script, ...args];
  const [command, ...commandArgs] = (pinned ? ['taskset', '-c', '0', ...node] : node) as [
    string,
    ...string[],
  ];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, {
    cwd,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakRssMiB = Number.NaN;
  try {
    peakRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // The process died before its exit hook: the RSS stays unknown.
  }
  rmSync(dir, { recursive: true, force: true });
  if (result.error) throw result.error;
  return { seconds, peakRssMiB, stdout: result.stdout, status: result.status };
}

/** Median of the runs by wall time (each benchmark runs an odd number of times). */
export function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)] as Run;
}
