import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExitCode, IoError } from '../../shared/errors.js';
import { builtinDetectors } from '../../scanner/detectors/index.js';
import { exclusionsFromBaseline } from '../../scanner/baseline/index.js';
import { createFileExcluder } from '../../scanner/config/exclude-files.js';
import { resolveSettings, selectedDetectors } from '../../scanner/config/settings.js';
import { renderReport, ScanTally, summaryLine } from '../../scanner/report/index.js';
import { resolveTargets, toReportedPath } from '../../scanner/sources/targets.js';
import { tuneTieringForFileScan } from '../../scanner/js-tiering.js';
import { scanHelp } from '../help.js';
import type { CliIo } from '../io.js';
import { Progress } from '../progress.js';
import { describeOutcome, openBaseline, saveBaseline } from '../scan/baseline.js';
import { loadScanConfig } from '../scan/config.js';
import { parseScanOptions } from '../scan/options.js';
import { runScan } from '../scan/run.js';
import { version } from '../version.js';

/**
 * `secrets-action scan`: finds secrets, reports them, and exits 1 when there are any. With
 * `--baseline`, it creates or updates that baseline instead, reports the findings it added, and
 * exits 0.
 */
export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseScanOptions(argv);
  if (options.help) {
    io.stdout(scanHelp);
    return ExitCode.clean;
  }
  // Range and history scans read patches, not files: their own path, loaded only when asked for.
  if (options.diff !== undefined || options.history)
    return (await import('../scan/history.js')).scanHistoryCommand(options, io);
  tuneTieringForFileScan();
  const tally = new ScanTally();
  const warn = (message: string) => io.stderr(`warning: ${message}\n`);
  const targets = await resolveTargets(io.cwd, options.paths, (path, code) => {
    tally.skip({ file: path, reason: 'unreadable', detail: code });
    warn(`cannot list ${path} (${code}); skipped`);
  });
  // Read first: a conflicted or invalid baseline stops the run before any work, untouched.
  const baseline =
    options.baseline === undefined
      ? undefined
      : await openBaseline(io.cwd, targets.root, options.baseline);
  // detect-secrets' own exclusions, stored in the baseline, apply on top of ours.
  const stored =
    baseline?.previous === undefined
      ? undefined
      : exclusionsFromBaseline(baseline.previous, baseline.shown);
  const config = await loadScanConfig(targets.root, io.cwd, options);
  const settings = resolveSettings(config, builtinDetectors);
  settings.excludeLines.push(...(stored?.lines ?? []));
  settings.excludeSecrets.push(...(stored?.secrets ?? []));
  const excludeByConfig = createFileExcluder(config.excludeFiles);
  // The report file itself is left out, so that a second run does not scan the first's report.
  const reportPath =
    options.output === undefined
      ? undefined
      : toReportedPath(targets.root, resolve(io.cwd, options.output));
  const progress = new Progress(io.stderr, io.stderrIsTTY);
  const scannedFiles: string[] = [];
  try {
    await runScan({
      files: targets.files,
      settings,
      isExcluded: (path) =>
        path === reportPath ||
        path === baseline?.relative ||
        excludeByConfig(path) ||
        stored?.files.some((regex) => regex.test(path)) === true,
      ...(options.jobs !== undefined && { jobs: options.jobs }),
      ...(io.workerUrl !== undefined && { workerUrl: io.workerUrl }),
      tally,
      onResult: (result) => {
        if (result.status === 'scanned') scannedFiles.push(result.file);
        for (const skip of result.skips)
          if (skip.reason === 'unreadable')
            warn(`cannot read ${skip.file} (${skip.detail}); skipped`);
        const { filesScanned: files, bytesScanned: bytes } = tally.stats;
        progress.update({ files, bytes, findings: tally.findingCount });
      },
    });
  } finally {
    progress.stop();
  }
  let report = tally.report(version, targets.root, selectedDetectors(settings, builtinDetectors));
  if (baseline !== undefined) {
    const outcome = await saveBaseline(
      baseline,
      targets.root,
      report.findings,
      scannedFiles,
      options.timestamp,
    );
    io.stderr(describeOutcome(baseline, outcome));
    // The findings already in the baseline are accepted; the report shows what was just added.
    report = { ...report, findings: outcome.added };
  }
  const rendered = renderReport(report, options.format, options.verbose);
  rendered.warnings.forEach(warn);
  if (options.output === undefined) {
    io.stdout(rendered.text);
  } else {
    try {
      await writeFile(resolve(io.cwd, options.output), rendered.text);
    } catch (error) {
      throw new IoError(
        `cannot write the report to ${options.output}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      );
    }
    io.stderr(`${summaryLine(report)}\n`);
  }
  if (baseline !== undefined) return ExitCode.clean;
  return report.findings.length > 0 ? ExitCode.findings : ExitCode.clean;
}
