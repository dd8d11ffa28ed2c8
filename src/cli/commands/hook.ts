import { resolve } from 'node:path';
import { BaselineError, ExitCode, IoError } from '../../shared/errors.js';
import {
  compareWithBaseline,
  exclusionsFromBaseline,
  readBaseline,
  type Baseline,
} from '../../scanner/baseline/index.js';
import { createFileExcluder } from '../../scanner/config/exclude-files.js';
import { createScanner, resolveSettings } from '../../scanner/config/settings.js';
import { builtinDetectors } from '../../scanner/detectors/index.js';
import { findGitRoot } from '../../scanner/sources/git.js';
import { scanContent } from '../../scanner/sources/scan-file.js';
import { listStagedPaths, readStagedFiles } from '../../scanner/sources/staged.js';
import { toReportedPath } from '../../scanner/sources/targets.js';
import type { Finding } from '../../scanner/types.js';
import { hookHelp } from '../help.js';
import { parseHookOptions, type HookOptions } from '../hook/options.js';
import { formatHookJson, formatHookText, type BlockedFinding } from '../hook/report.js';
import type { CliIo } from '../io.js';
import { loadScanConfig } from '../scan/config.js';

/**
 * `secrets-action hook`: the pre-commit gate. Scans the staged content of the given files and
 * fails (exit 1) on findings the baseline does not cover. It never writes the baseline.
 */
export async function hookCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseHookOptions(argv);
  if (options.help) {
    io.stdout(hookHelp);
    return ExitCode.clean;
  }
  const gitRoot = await findGitRoot(io.cwd);
  const root = gitRoot ?? resolve(io.cwd);
  const baseline = await loadBaseline(io.cwd, options.baseline);
  const baselinePath =
    options.baseline === undefined
      ? undefined
      : toReportedPath(root, resolve(io.cwd, options.baseline));
  const config = await loadScanConfig(root, io.cwd, {
    help: false,
    format: 'text',
    excludeFiles: [],
    excludeLines: [],
    excludeSecrets: [],
    verbose: false,
    timestamp: false,
    paths: [],
    ...(options.config !== undefined && { config: options.config }),
  });
  // detect-secrets' own exclusions, stored in the baseline, apply on top of ours.
  const stored =
    baseline === undefined || options.baseline === undefined
      ? undefined
      : exclusionsFromBaseline(baseline, options.baseline);
  const settings = resolveSettings(config, builtinDetectors);
  settings.excludeLines.push(...(stored?.lines ?? []));
  settings.excludeSecrets.push(...(stored?.secrets ?? []));
  const excludeByConfig = createFileExcluder(config.excludeFiles);
  const isExcluded = (path: string) =>
    excludeByConfig(path) || stored?.files.some((regex) => regex.test(path)) === true;
  const paths = await pathsToCheck(io.cwd, root, gitRoot, options);
  const wanted = paths.filter((path) => path !== baselinePath && !isExcluded(path));
  const scanner = createScanner(settings, builtinDetectors);
  // Key stores are read as bytes, for the file detectors to judge whole.
  const staged = await readStagedFiles(root, gitRoot, wanted, settings.maxFileSize, (path) =>
    scanner.claimsWholeFile(path),
  ).catch((error: unknown) => {
    throw new IoError(`cannot read the staged files: ${(error as Error).message}`);
  });
  const findings: Finding[] = [];
  const checked: string[] = [];
  for (const { path, outcome } of staged) {
    if (outcome.kind === 'missing') continue;
    if (outcome.kind === 'skipped') {
      if (outcome.reason === 'unreadable')
        io.stderr(`warning: cannot read ${path} (${outcome.detail}); skipped\n`);
      continue;
    }
    checked.push(path);
    findings.push(...scanContent(scanner, outcome, path).findings);
  }
  const blocked: BlockedFinding[] = [];
  let known = 0;
  let stale: ReturnType<typeof compareWithBaseline>['stale'] = [];
  if (baseline === undefined) {
    blocked.push(...findings.map((finding) => ({ finding, reason: 'new' as const })));
  } else {
    const comparison = compareWithBaseline(findings, baseline, { now: new Date(), files: checked });
    stale = comparison.stale;
    blocked.push(...comparison.unknown.map((finding) => ({ finding, reason: 'new' as const })));
    for (const [finding, entry] of comparison.expired)
      blocked.push({ finding, reason: 'expired', entry });
    for (const [finding, entry] of comparison.known) {
      if (options.failOnReal && entry.isSecret === true)
        blocked.push({ finding, reason: 'real', entry });
      else if (options.failOnUnaudited && entry.isSecret === undefined)
        blocked.push({ finding, reason: 'unaudited', entry });
      else known++;
    }
  }
  blocked.sort(
    (a, b) =>
      (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : 0) ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column,
  );
  const result = {
    ...(options.baseline !== undefined && { baseline: options.baseline }),
    blocked,
    known,
    stale,
    filesChecked: checked.length,
  };
  io.stdout(options.json ? formatHookJson(result) : formatHookText(result));
  if (stale.length > 0 && !options.json)
    io.stderr(
      `note: ${stale.length} entr${stale.length === 1 ? 'y' : 'ies'} of ${options.baseline} no longer ` +
        `match a secret; \`secrets-action scan --baseline ${options.baseline}\` removes them\n`,
    );
  return blocked.length > 0 ? ExitCode.findings : ExitCode.clean;
}

/** The baseline, or undefined without `--baseline`; a named one that is missing is an error. */
async function loadBaseline(cwd: string, shown: string | undefined): Promise<Baseline | undefined> {
  if (shown === undefined) return undefined;
  const baseline = await readBaseline(resolve(cwd, shown), shown);
  if (baseline === undefined)
    throw new BaselineError(
      `the baseline ${shown} does not exist; create it with \`secrets-action scan --baseline ${shown}\`, ` +
        'or leave out --baseline to fail on every finding',
      shown,
    );
  return baseline;
}

/** The given paths, root-relative; with none, every file the commit adds or changes. */
async function pathsToCheck(
  cwd: string,
  root: string,
  gitRoot: string | undefined,
  options: HookOptions,
): Promise<string[]> {
  if (options.paths.length > 0) {
    const paths = options.paths.map((path) => toReportedPath(root, resolve(cwd, path)));
    return [...new Set(paths)];
  }
  if (gitRoot === undefined) return [];
  try {
    return await listStagedPaths(gitRoot);
  } catch (error) {
    throw new IoError(`cannot list the staged files: ${(error as Error).message}`);
  }
}
