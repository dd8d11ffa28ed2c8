import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readBaseline, type Baseline } from '../../scanner/baseline/index.js';
import { renderReport } from '../../scanner/report/index.js';
import { findGitRoot } from '../../scanner/sources/git.js';
import { runHistoryScan } from '../../scanner/sources/git-log.js';
import { ensureFullHistory, ensureRange } from '../../scanner/sources/git-log-fetch.js';
import { progressLines } from '../../scanner/sources/git-log-progress.js';
import { formatHistorySarif, describeScope } from '../../scanner/sources/git-log-report.js';
import { readScanConfig } from '../../scanner/config/read.js';
import { prepareScan } from '../../scanner/sources/git-log-setup.js';
import { toReportedPath } from '../../scanner/sources/targets.js';
import type { Detector } from '../../scanner/types.js';
import { version } from '../../cli/version.js';
import { InputError } from '../inputs.js';
import { planScan, readEventPayload, type HistoryPlan, type ScanPlan } from './event.js';
import type { ScanInputs } from './inputs.js';
import { readScanInputs } from './inputs.js';
import {
  annotate,
  failingFindings,
  writeOutputs,
  writeStepSummary,
  type StepReport,
} from './report.js';
import { selectionFor } from './selection.js';
import { scanTree } from './tree.js';

/**
 * The PR-check step: decide what to scan from the event, fetch the history a shallow clone
 * lacks, scan, then annotate, summarise, write SARIF and outputs, and fail under `fail-on`.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readScanInputs();
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const cwd = resolve(workspace, inputs.workingDirectory);
  if (!existsSync(cwd))
    throw new InputError(`Input 'working-directory': ${inputs.workingDirectory} does not exist.`);
  const gitRoot = await findGitRoot(cwd);
  const root = gitRoot ?? cwd;
  const event = env.GITHUB_EVENT_NAME ?? '';
  const plan = planScan(inputs, event, readEventPayload(env), env.GITHUB_SHA);
  if (plan.kind !== 'tree' && plan.kind !== 'nothing' && gitRoot === undefined)
    throw new InputError(
      `${cwd} is not a git repository: check out the code first (actions/checkout), or use mode: tree.`,
    );
  const baselineShown = inputs.baseline ?? defaultBaseline(root);
  const baseline = baselineShown === undefined ? undefined : await loadBaseline(cwd, baselineShown);
  const config = await readScanConfig(root, cwd, inputs.config);
  const setup = prepareScan(
    config,
    baseline && {
      baseline,
      shown: baselineShown as string,
      relative: toReportedPath(root, resolve(cwd, baselineShown as string)),
    },
  );
  const repositoryUrl =
    env.GITHUB_REPOSITORY &&
    `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  const sarifPath = resolve(
    workspace,
    inputs.sarifFile ?? join(env.RUNNER_TEMP ?? workspace, 'secrets-action.sarif'),
  );
  const pathPrefix = prefixOf(workspace, root);
  core.info(`secrets-action ${version}: ${describePlan(plan)}`);

  let report: StepReport;
  if (plan.kind === 'nothing') {
    report = emptyReport(plan.reason, setup.detectors, root, sarifPath, pathPrefix);
  } else if (plan.kind === 'tree') {
    const outcome = await scanTree(root, setup, baseline, version);
    const stats = outcome.report.stats;
    report = {
      scope: `Scanned the work tree (${plan.reason}): ${stats.filesScanned} files.`,
      range: 'tree',
      commits: 0,
      files: stats.filesScanned,
      fresh: outcome.fresh,
      known: outcome.known,
      sarifText: renderReport(
        {
          ...outcome.report,
          findings: inputs.failOn === 'any' ? outcome.report.findings : outcome.fresh,
        },
        'sarif',
      ).text,
      sarifPath,
      pathPrefix,
      ...(repositoryUrl && { repositoryUrl }),
    };
  } else {
    const gitPlan = inputs.deepen ? await fetchHistory(root, plan) : plan;
    const selection = await selectionFor(root, gitPlan);
    const outcome = await runHistoryScan({
      root,
      selection,
      ...(inputs.shard !== undefined && { shard: inputs.shard }),
      setup,
      ...(baseline !== undefined && { baseline }),
      dedupeBy: gitPlan.kind === 'history' ? 'location' : 'line',
      reportBaselined: inputs.failOn === 'any',
      version,
      ...(repositoryUrl && { repositoryUri: repositoryUrl }),
      onCommitsListed: (count) =>
        core.info(`${count.toLocaleString('en')} commits to scan in ${selection.label}.`),
      ...(gitPlan.kind === 'history' && {
        onProgress: progressLines(
          (line) => process.stderr.write(`${line}\n`),
          Number(env.SECRETS_ACTION_PROGRESS_MS ?? 5000),
        ),
      }),
    });
    report = {
      scope: describeScope(outcome.report),
      range: selection.label,
      commits: outcome.report.stats.commits,
      files: outcome.report.stats.files,
      fresh: outcome.fresh,
      known: outcome.known,
      sarifText: formatHistorySarif(outcome.report).text,
      sarifPath,
      pathPrefix,
      ...(repositoryUrl && { repositoryUrl }),
    };
  }
  finish(report, inputs);
  await writeStepSummary(report, inputs.failOn);
}

function finish(report: StepReport, inputs: ScanInputs): void {
  core.info(report.scope);
  if (inputs.annotations) annotate(report, inputs.failOn);
  writeOutputs(report);
  const failing = failingFindings(report, inputs.failOn);
  core.info(
    `${report.fresh.length} new finding${report.fresh.length === 1 ? '' : 's'}, ${report.known.length} in the baseline; SARIF: ${report.sarifPath}`,
  );
  if (failing.length > 0)
    core.setFailed(
      `${failing.length} secret${failing.length === 1 ? '' : 's'} ${inputs.failOn === 'new' ? 'not in the baseline ' : ''}found in ${report.range}: see the annotations and the job summary. ` +
        'Rotate each one first (removing it from the branch does not un-leak it).',
    );
}

/**
 * Fetches what a shallow clone lacks. A push whose `before` cannot be fetched any more (a force
 * push over commits that are gone) is scanned as a new ref: every commit no other ref has.
 */
async function fetchHistory(root: string, plan: HistoryPlan): Promise<HistoryPlan> {
  const options = { remote: 'origin', log: (message: string) => core.info(message) };
  if (plan.kind === 'range') {
    try {
      await ensureRange(root, plan.base, plan.head, {
        ...options,
        ...(plan.depthHint !== undefined && { depthHint: plan.depthHint }),
      });
      return plan;
    } catch (error) {
      if (plan.ref === undefined) throw error;
      core.warning(
        `The push's previous commit ${plan.base} cannot be fetched (a force push?): scanning every commit of ${plan.head} that no other branch or tag holds.`,
      );
      const fallback: HistoryPlan = {
        kind: 'new-ref',
        head: plan.head,
        ref: plan.ref,
        label: plan.label,
      };
      await ensureFullHistory(root, options);
      return fallback;
    }
  }
  if (plan.kind === 'new-ref' || plan.kind === 'history') await ensureFullHistory(root, options);
  return plan;
}

/** The report of a step that had nothing to scan (a push that deleted a branch). */
function emptyReport(
  reason: string,
  detectors: readonly Detector[],
  root: string,
  sarifPath: string,
  pathPrefix: string,
): StepReport {
  const stats = { commits: 0, files: 0, patchBytes: 0, addedLines: 0 };
  const skipped = { binary: 0, excluded: 0, 'too-large': 0, 'long-line': 0 };
  const sarif = formatHistorySarif({
    version,
    root,
    detectors,
    findings: [],
    baselined: 0,
    stats: { ...stats, skipped },
    label: 'nothing',
  });
  return {
    scope: `Nothing to scan: ${reason}.`,
    range: 'nothing',
    commits: 0,
    files: 0,
    fresh: [],
    known: [],
    sarifText: sarif.text,
    sarifPath,
    pathPrefix,
  };
}

function describePlan(plan: ScanPlan): string {
  if (plan.kind === 'range')
    return `scanning the commits of ${plan.label} (${plan.base}..${plan.head})`;
  if (plan.kind === 'new-ref')
    return `scanning the commits of ${plan.label} that no other ref holds`;
  if (plan.kind === 'history') return `scanning the history (${plan.logOpts ?? 'all refs'})`;
  if (plan.kind === 'nothing') return `nothing to scan (${plan.reason})`;
  return `scanning the work tree (${plan.reason})`;
}

/** `.secrets.baseline` at the root when it exists. */
function defaultBaseline(root: string): string | undefined {
  const path = join(root, '.secrets.baseline');
  return existsSync(path) ? path : undefined;
}

async function loadBaseline(cwd: string, shown: string): Promise<Baseline> {
  const baseline = await readBaseline(resolve(cwd, shown), shown);
  if (baseline === undefined)
    throw new InputError(
      `Input 'baseline': ${shown} does not exist. Create it with \`secrets-action scan --baseline ${shown}\`, or leave the input empty.`,
    );
  return baseline;
}

/** The root's path inside the workspace, with a trailing `/` (empty when they are the same). */
function prefixOf(workspace: string, root: string): string {
  const path = relative(workspace, root);
  if (path === '' || path.startsWith('..')) return '';
  return `${path.split(sep).join('/')}/`;
}
