import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  describeCounts,
  describeFinding,
  findingCells,
  formatRotationTable,
  toRotationJson,
  withStatus,
  type RotationFinding,
  type RotationReport,
} from '../../sync/rotation/index.js';
import { describeCalls } from '../summary.js';

/** How to report, besides the report itself. */
export interface RotationReportOptions {
  /** The policy's path, or `policy-inline`, for the summary and the JSON report. */
  readonly policy: string;
  readonly calls: Readonly<Record<string, number>>;
  readonly failOnOverdue: boolean;
  /** Path of the JSON report (relative to the workspace), or undefined for none. */
  readonly reportFile?: string;
}

// GitHub shows at most 10 annotations of each level per step; the rest are only in the log.
const annotationsPerLevel = 10;

/**
 * Escapes text for the summary's markdown tables: HTML specials as entities, markdown specials
 * with a backslash, so a glob such as `**\/jwt-*` shows as written instead of turning bold.
 */
function markdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

/** A markdown table of findings, with the columns of the log's table. */
function table(findings: readonly RotationFinding[]): string {
  const header = '| status | secret | age | max-age | due | days left | age from | rule |';
  const rows = findings.map((finding) => `| ${findingCells(finding).map(markdown).join(' | ')} |`);
  return [header, '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The job summary: counts, the secrets that need attention, then the rest folded away. */
export function formatRotationSummary(report: RotationReport, options: RotationReportOptions) {
  const attention = withStatus(report, 'rotation-failing', 'overdue', 'due-soon', 'unmanaged');
  const rest = withStatus(report, 'ok', 'ignored', 'scheduled-for-deletion');
  const parts = [
    '### Secret rotation',
    '',
    `${report.findings.length} secrets checked against ${markdown(options.policy)} at ${report.now} (warn-days ${report.warnDays}): ${describeCounts(report)}. ${describeCalls({ ...options.calls })}; no secret value was read.`,
    '',
  ];
  if (attention.length > 0) parts.push(table(attention), '');
  const notes = attention.filter((finding) => finding.note);
  if (notes.length > 0)
    parts.push(...notes.map((f) => `- ${markdown(f.name)}: ${markdown(f.note ?? '')}`), '');
  if (rest.length > 0)
    parts.push(
      `<details><summary>${rest.length} more (ok, ignored, scheduled for deletion)</summary>`,
      '',
      table(rest),
      '',
      '</details>',
      '',
    );
  return parts.join('\n');
}

/** Annotations for one level: the first few findings, then one line counting the rest. */
function annotate(
  findings: readonly RotationFinding[],
  emit: (message: string, properties: core.AnnotationProperties) => void,
  what: string,
) {
  const shown = findings.length > annotationsPerLevel ? annotationsPerLevel - 1 : findings.length;
  for (const finding of findings.slice(0, shown))
    emit(describeFinding(finding), { title: `Secret ${finding.status}: ${finding.name}` });
  if (findings.length > shown)
    emit(`${findings.length - shown} more ${what}: see the job summary or the report.`, {
      title: `${findings.length - shown} more ${what}`,
    });
}

/**
 * Reports a rotation check: the table in the log, annotations (errors for failing secrets,
 * warnings for those due soon; no file or line, as the secrets are not in the repository), the
 * job summary, the JSON report file and the outputs; then fails the step when fail-on-overdue
 * is set and a secret fails the policy. Names, dates and rules only: no value was ever read.
 */
export async function reportRotation(report: RotationReport, options: RotationReportOptions) {
  core.info(formatRotationTable(report));
  core.info(`${describeCalls({ ...options.calls })}; no secret value was read.`);
  const failing = report.findings.filter((finding) => finding.failing);
  annotate(failing, core.error, 'secrets failing the rotation policy');
  annotate(withStatus(report, 'due-soon'), core.warning, 'secrets due for rotation soon');

  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(formatRotationSummary(report, options)).write();
  if (options.reportFile !== undefined) {
    const path = resolve(process.env.GITHUB_WORKSPACE ?? '.', options.reportFile);
    mkdirSync(dirname(path), { recursive: true });
    const json = toRotationJson(report, { policy: options.policy, calls: options.calls });
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
    core.setOutput('report-file', path);
  }
  const { counts } = report;
  core.setOutput('overdue', String(counts.overdue));
  core.setOutput('due-soon', String(counts['due-soon']));
  core.setOutput('failing', String(counts['rotation-failing']));
  core.setOutput('unmanaged', String(counts.unmanaged));
  core.setOutput('ok', String(counts.ok));

  if (options.failOnOverdue && report.failing)
    core.setFailed(
      `${failing.length} secret${failing.length === 1 ? '' : 's'} fail${failing.length === 1 ? 's' : ''} the rotation policy (${describeCounts(report)}); rotate them, or fix the rotation function of those marked rotation-failing.`,
    );
}
