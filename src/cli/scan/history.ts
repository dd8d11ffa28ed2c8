import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BaselineError, ExitCode, IoError, UsageError } from '../../shared/errors.js';
import { readBaseline, type Baseline } from '../../scanner/baseline/index.js';
import { findGitRoot } from '../../scanner/sources/git.js';
import { publicRepositoryUri, runHistoryScan } from '../../scanner/sources/git-log.js';
import { runGit } from '../../scanner/sources/git-log-process.js';
import { progressLines } from '../../scanner/sources/git-log-progress.js';
import {
  historySelection,
  parseShard,
  shortSha,
  type CommitSelection,
} from '../../scanner/sources/git-log-range.js';
import {
  formatHistoryJson,
  formatHistorySarif,
  formatHistoryText,
  historySummaryLine,
} from '../../scanner/sources/git-log-report.js';
import { prepareScan } from '../../scanner/sources/git-log-setup.js';
import { toReportedPath } from '../../scanner/sources/targets.js';
import type { CliIo } from '../io.js';
import { version } from '../version.js';
import { loadScanConfig } from './config.js';
import type { ScanOptions } from './options.js';

/**
 * `scan --diff BASE..HEAD` and `scan --history`: scans the lines each commit added, reports the
 * findings a `--baseline` (only read here) does not cover, with the commit that introduced each,
 * and exits 1 when there are any.
 */
export async function scanHistoryCommand(options: ScanOptions, io: CliIo): Promise<number> {
  const root = await findGitRoot(io.cwd);
  if (root === undefined)
    throw new UsageError('--diff and --history read git history: run them inside a git repository');
  const pathspec = options.paths.map((path) => toReportedPath(root, resolve(io.cwd, path)));
  const selection =
    options.diff !== undefined
      ? await diffSelection(root, options.diff, pathspec)
      : historySelection(options.logOpts, pathspec);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const baseline = await loadBaseline(io.cwd, options.baseline);
  const config = await loadScanConfig(root, io.cwd, options);
  const setup = prepareScan(
    config,
    baseline && {
      baseline,
      shown: options.baseline as string,
      relative: toReportedPath(root, resolve(io.cwd, options.baseline as string)),
    },
  );
  const interval = Number(io.env.SECRETS_ACTION_PROGRESS_MS ?? 5000);
  const remote = await runGit(root, ['config', '--get', 'remote.origin.url']);
  const repositoryUri = remote.code === 0 ? publicRepositoryUri(remote.stdout) : undefined;
  const { report, fresh } = await runHistoryScan({
    root,
    selection,
    ...(shard !== undefined && { shard }),
    setup,
    ...(baseline !== undefined && { baseline }),
    dedupeBy: options.diff !== undefined ? 'line' : 'location',
    reportBaselined: false,
    version,
    ...(repositoryUri !== undefined && { repositoryUri }),
    onCommitsListed: (count) =>
      io.stderr(`history: ${count.toLocaleString('en')} commits to scan in ${selection.label}\n`),
    ...(options.history && {
      onProgress: progressLines((line) => io.stderr(`${line}\n`), interval),
    }),
  });
  let text: string;
  if (options.format === 'json') text = formatHistoryJson(report);
  else if (options.format === 'text') text = formatHistoryText(report);
  else {
    const sarif = formatHistorySarif(report);
    if (sarif.truncated > 0)
      io.stderr(
        `warning: the SARIF report holds the first 25000 results only (GitHub's limit); ${sarif.truncated} more are in --format json\n`,
      );
    text = sarif.text;
  }
  if (options.output === undefined) io.stdout(text);
  else {
    try {
      await writeFile(resolve(io.cwd, options.output), text);
    } catch (error) {
      throw new IoError(
        `cannot write the report to ${options.output}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      );
    }
    io.stderr(`${historySummaryLine(report)}\n`);
  }
  return fresh.length > 0 ? ExitCode.findings : ExitCode.clean;
}

/** `BASE..HEAD`, `BASE...HEAD` or `BASE` (to HEAD): the commits of HEAD that BASE lacks. */
async function diffSelection(
  root: string,
  range: string,
  pathspec: string[],
): Promise<CommitSelection> {
  const [base = '', head = 'HEAD'] = range.split(/\.{2,3}/);
  if (base === '' || range.split(/\.{2,3}/).length > 2)
    throw new UsageError(`--diff takes BASE..HEAD (such as main..HEAD), not '${range}'`);
  const shas: string[] = [];
  for (const rev of [base, head]) {
    const result = await runGit(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    if (result.code !== 0)
      throw new UsageError(
        `--diff: '${rev}' is not a commit of this clone (fetch it, or deepen a shallow clone)`,
      );
    shas.push(result.stdout.trim());
  }
  const [baseSha = '', headSha = ''] = shas;
  return {
    revisions: [`${baseSha}..${headSha}`],
    pathspec,
    label: `${base}..${head} (${shortSha(baseSha)}..${shortSha(headSha)})`,
  };
}

async function loadBaseline(cwd: string, shown: string | undefined): Promise<Baseline | undefined> {
  if (shown === undefined) return undefined;
  const baseline = await readBaseline(resolve(cwd, shown), shown);
  if (baseline === undefined)
    throw new BaselineError(
      `the baseline ${shown} does not exist; with --diff or --history it is only read (create it with \`secrets-action scan --baseline ${shown}\`)`,
      shown,
    );
  return baseline;
}
