import { dirname, resolve } from 'node:path';
import { readBaseline, writeBaselineAtomic, type Baseline } from '../../scanner/baseline/index.js';
import { findGitRoot } from '../../scanner/sources/git.js';
import { ExitCode, UsageError } from '../../shared/errors.js';
import { allEntries, labelOf } from '../audit/entries.js';
import { parseAuditOptions, type AuditOptions } from '../audit/options.js';
import { formatReportJson, formatReportTable, reportRows } from '../audit/report.js';
import { runAuditSession } from '../audit/session.js';
import { auditStats, formatStatsJson, formatStatsTable } from '../audit/stats.js';
import { processTerminal, type AuditTerminal } from '../audit/terminal.js';
import { workTreeViewer } from '../audit/worktree.js';
import { auditHelp } from '../help.js';
import type { CliIo } from '../io.js';

/**
 * `secrets-action audit BASELINE`: labels entries interactively in a terminal, or reports
 * (`--report`) and counts (`--stats`) them for CI. `terminal` is the process's own unless a
 * test passes a scripted one.
 */
export async function auditCommand(
  argv: readonly string[],
  io: CliIo,
  terminal: AuditTerminal = processTerminal(),
): Promise<number> {
  const options = parseAuditOptions(argv);
  if (options.help) {
    io.stdout(auditHelp);
    return ExitCode.clean;
  }
  if (options.mode === 'interactive' && !terminal.interactive) {
    throw new UsageError(
      'audit labels entries interactively and needs a terminal (standard input and output); ' +
        'in CI or a pipe use `--report` or `--stats`.',
    );
  }
  const path = resolve(io.cwd, options.baseline);
  // A broken baseline throws BaselineError here, before anything could write to it.
  const baseline = await readBaseline(path, options.baseline);
  if (baseline === undefined) {
    throw new UsageError(
      `${options.baseline} does not exist; create it with ` +
        `\`secrets-action scan --baseline ${options.baseline}\``,
    );
  }
  const now = new Date();
  if (options.mode === 'report') {
    const rows = reportRows(baseline, options.only, now);
    io.stdout(options.json ? formatReportJson(options.baseline, rows) : formatReportTable(rows));
  } else if (options.mode === 'stats') {
    const stats = auditStats(baseline, now);
    io.stdout(options.json ? formatStatsJson(options.baseline, stats) : formatStatsTable(stats));
  } else {
    await interactive(baseline, path, options, io, terminal, now);
  }
  return ExitCode.clean;
}

async function interactive(
  baseline: Baseline,
  path: string,
  options: AuditOptions,
  io: CliIo,
  terminal: AuditTerminal,
  now: Date,
): Promise<void> {
  const every = allEntries(baseline);
  const unlabelled = every.filter((entry) => labelOf(entry) === 'unaudited');
  const entries = options.all
    ? [...unlabelled, ...every.filter((entry) => labelOf(entry) !== 'unaudited')]
    : unlabelled;
  if (entries.length === 0) {
    io.stdout(
      every.length === 0
        ? `${options.baseline} has no entries: nothing to audit.\n`
        : `Every entry of ${options.baseline} is labelled; \`--all\` walks them again.\n`,
    );
    return;
  }
  // Baseline paths are relative to the repository root, where the baseline usually sits.
  const directory = dirname(path);
  const root = (await findGitRoot(directory)) ?? directory;
  const show = workTreeViewer(root, (file) => baseline.results.get(file) ?? []);
  const input = terminal.open();
  try {
    await runAuditSession({
      baseline,
      entries,
      input,
      write: io.stdout,
      save: (next) => writeBaselineAtomic(path, next, options.baseline),
      show,
      now,
    });
  } finally {
    input.close();
  }
}
