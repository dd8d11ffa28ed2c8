import * as core from '@actions/core';
import { compareWithBaseline, type Baseline } from '../../scanner/baseline/index.js';
import { ScanTally, type ScanReport } from '../../scanner/report/index.js';
import type { ScanSetup } from '../../scanner/sources/git-log-setup.js';
import { scanFile } from '../../scanner/sources/scan-file.js';
import { resolveTargets } from '../../scanner/sources/targets.js';
import type { Finding } from '../../scanner/types.js';

/** A work-tree scan: the report, and its findings sorted against the baseline. */
export interface TreeOutcome {
  report: ScanReport;
  fresh: Finding[];
  known: Finding[];
}

/**
 * Scans the checked-out files as `secrets-action scan` does (tracked plus untracked files that
 * are not ignored), on this thread, and compares them with the baseline as the pre-commit hook
 * does: by file, type and hash, a second copy of a baselined secret counting as new.
 */
export async function scanTree(
  cwd: string,
  setup: ScanSetup,
  baseline: Baseline | undefined,
  version: string,
): Promise<TreeOutcome> {
  const tally = new ScanTally();
  const targets = await resolveTargets(cwd, [], (path, code) => {
    tally.skip({ file: path, reason: 'unreadable', detail: code });
    core.warning(`Cannot list ${path} (${code}); skipped.`);
  });
  const scanned: string[] = [];
  for (const file of targets.files) {
    if (setup.isExcluded(file.relative)) {
      tally.skip({ file: file.relative, reason: 'excluded' });
      continue;
    }
    const result = scanFile(setup.scanner, file, setup.settings.maxFileSize);
    if (result.status === 'scanned') scanned.push(result.file);
    tally.add(result);
  }
  const report = tally.report(version, targets.root, setup.detectors);
  if (baseline === undefined) return { report, fresh: report.findings, known: [] };
  const comparison = compareWithBaseline(report.findings, baseline, {
    now: new Date(),
    files: scanned,
  });
  return {
    report,
    fresh: [...comparison.unknown, ...comparison.expired.map(([finding]) => finding)],
    known: comparison.known.map(([finding]) => finding),
  };
}
