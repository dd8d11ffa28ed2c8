import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  failureMessage,
  formatMarkdownSummary,
  formatTable,
  toJsonReport,
  type ApplyResult,
} from '../../sync/plan/index.js';
import { targetLabel } from '../../sync/github/types.js';

/** Where the report goes besides the log and the job summary. */
export interface ReportOptions {
  /** Path of the JSON report (relative to the workspace), or undefined for none. */
  readonly reportFile?: string;
  /** GitHub API calls per route, for the closing log line. */
  readonly calls: Record<string, number>;
}

/** The step outputs: counts per outcome; in a dry run, what the run would do. */
export function outputCounts(result: ApplyResult): Record<string, number> {
  const { counts } = result;
  if (!result.dryRun)
    return {
      created: counts.created,
      updated: counts.updated,
      unchanged: counts.unchanged,
      deleted: counts.deleted,
      failed: counts.failed,
    };
  const planned = (action: string) =>
    result.items.filter((i) => i.outcome === 'planned' && i.action === action).length;
  return {
    created: planned('create'),
    updated: planned('update'),
    unchanged: counts.unchanged,
    deleted: planned('delete'),
    failed: counts.failed,
  };
}

/**
 * Reports a run: the per-item table in the log, the job summary, the JSON report file and the
 * outputs; then fails the step once when any item failed. Values are never part of any of these
 * (the sync core's report functions take no value).
 */
export async function reportResult(result: ApplyResult, options: ReportOptions): Promise<void> {
  core.info(formatTable(result));
  const total = Object.values(options.calls).reduce((sum, n) => sum + n, 0);
  const writes = Object.entries(options.calls)
    .filter(([route]) => /^(PUT|POST|PATCH|DELETE) /.test(route))
    .reduce((sum, [, n]) => sum + n, 0);
  core.info(`${total} GitHub API call${total === 1 ? '' : 's'}, ${writes} of them writes.`);
  for (const failure of result.manifestFailures)
    core.warning(
      `Manifest not saved for ${targetLabel(failure.target)}: ${failure.reason} The next run rewrites that target's secrets once.`,
    );

  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(formatMarkdownSummary(result)).write();
  if (options.reportFile !== undefined) {
    const path = resolve(process.env.GITHUB_WORKSPACE ?? '.', options.reportFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(toJsonReport(result), null, 2)}\n`);
    core.setOutput('report-file', path);
  }
  for (const [name, count] of Object.entries(outputCounts(result)))
    core.setOutput(name, String(count));

  const message = failureMessage(result);
  if (message !== undefined) core.setFailed(message);
}
