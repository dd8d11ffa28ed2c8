import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isFileDetector } from '../../scanner/compile.js';
import { builtinDetectors } from '../../scanner/detectors/index.js';
import { shortSha } from '../../scanner/sources/git-log-range.js';
import type { Finding } from '../../scanner/types.js';
import type { FailOn } from './inputs.js';

/** A finding as the step reports it; range and history findings carry their commit. */
export type StepFinding = Finding & {
  commit?: string;
  author?: string;
  date?: string;
};

/** Everything the step reports, whatever it scanned. No secret value is part of it. */
export interface StepReport {
  /** What was scanned, in one sentence. */
  scope: string;
  /** The `range` output: `1a2b3c4..5d6e7f8`, `history`, `tree`. */
  range: string;
  commits: number;
  files: number;
  /** Findings the baseline does not cover, then those it does. */
  fresh: StepFinding[];
  known: StepFinding[];
  sarifText: string;
  sarifPath: string;
  /** Prepended to root-relative paths so that annotations land on the workspace's files. */
  pathPrefix: string;
  /** `https://github.com/o/r`, for links in the summary. */
  repositoryUrl?: string;
}

/** Summary rows past this are counted, not listed: a summary holds at most 1 MiB. */
const maxRows = 200;

/** The findings that fail the step under `fail-on`. */
export function failingFindings(report: StepReport, failOn: FailOn): StepFinding[] {
  if (failOn === 'any') return [...report.fresh, ...report.known];
  return failOn === 'new' ? report.fresh : [];
}

/** Detectors that judge a whole file (key stores): a binary file cannot carry a pragma. */
const wholeFileDetectorIds = new Set(builtinDetectors.filter(isFileDetector).map((d) => d.id));

function describe(finding: StepFinding): string {
  const commit =
    finding.commit === undefined
      ? ''
      : `, added in commit ${shortSha(finding.commit)} by ${finding.author ?? '?'} on ${(finding.date ?? '').slice(0, 10)}`;
  const wayOut = wholeFileDetectorIds.has(finding.detectorId)
    ? 'accept it in the baseline or exclude the file (a binary file cannot carry a pragma)'
    : 'add `pragma: allowlist secret` on the line or accept it in the baseline';
  return `${finding.secretType} (${finding.detectorId}): ${finding.redacted}${commit}. Rotate it, then remove it; if it is not a secret, ${wayOut}.`;
}

/**
 * One annotation per finding on its file and line: errors for those that fail the step,
 * warnings for new ones under `fail-on: none`. Baselined findings are not annotated.
 */
export function annotate(report: StepReport, failOn: FailOn): void {
  const failing = new Set(failingFindings(report, failOn));
  const shown = failOn === 'none' ? report.fresh : [...failing];
  for (const finding of shown) {
    const properties = {
      title: `Secret: ${finding.secretType}`,
      file: `${report.pathPrefix}${finding.file}`,
      startLine: finding.line,
      startColumn: finding.column,
    };
    if (failing.has(finding)) core.error(describe(finding), properties);
    else core.warning(describe(finding), properties);
  }
}

function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A path as URL segments. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function link(url: string | undefined, text: string): string {
  return url === undefined ? html(text) : `<a href="${html(url)}">${html(text)}</a>`;
}

/** The job summary: outcome, scope, and a table of findings (new ones first). */
export async function writeStepSummary(report: StepReport, failOn: FailOn): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const failing = failingFindings(report, failOn).length;
  const verdict =
    report.fresh.length === 0
      ? '✅ No new secrets.'
      : `${failing > 0 ? '❌' : '⚠️'} ${report.fresh.length} new secret${report.fresh.length === 1 ? '' : 's'}.`;
  const known =
    report.known.length === 0
      ? ''
      : ` ${report.known.length} more ${report.known.length === 1 ? 'is' : 'are'} in the baseline.`;
  core.summary
    .addHeading('Secret scan', 3)
    .addRaw(`${verdict}${known} ${html(report.scope)}`, true);
  const rows = [
    ...report.fresh.map((finding) => ({ finding, status: 'new' })),
    ...report.known.map((finding) => ({ finding, status: 'in baseline' })),
  ];
  if (rows.length > 0) {
    const repo = report.repositoryUrl;
    core.summary.addTable([
      ['File', 'Line', 'Detector', 'Commit', 'Author', 'Secret (redacted)', 'Status'].map(
        (data) => ({ data, header: true }),
      ),
      ...rows.slice(0, maxRows).map(({ finding, status }) => {
        const path = `${report.pathPrefix}${finding.file}`;
        const at = finding.commit ?? undefined;
        return [
          link(repo && at && `${repo}/blob/${at}/${encodePath(path)}#L${finding.line}`, path),
          String(finding.line),
          html(finding.detectorId),
          at === undefined ? '—' : link(repo && `${repo}/commit/${at}`, shortSha(at)),
          html(finding.author ?? '—'),
          `<code>${html(finding.redacted)}</code>`,
          status,
        ];
      }),
    ]);
    if (rows.length > maxRows)
      core.summary.addRaw(`${rows.length - maxRows} more are in the SARIF file.`, true);
  }
  await core.summary.write();
}

/** Writes the SARIF file and sets the step outputs. */
export function writeOutputs(report: StepReport): void {
  mkdirSync(dirname(report.sarifPath), { recursive: true });
  writeFileSync(report.sarifPath, report.sarifText);
  core.setOutput('findings', String(report.fresh.length + report.known.length));
  core.setOutput('new-findings', String(report.fresh.length));
  core.setOutput('sarif-file', report.sarifPath);
  core.setOutput('commits', String(report.commits));
  core.setOutput('files', String(report.files));
  core.setOutput('range', report.range);
}
