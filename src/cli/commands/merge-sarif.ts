import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExitCode, IoError, UsageError } from '../../shared/errors.js';
import { SARIF_MAX_RESULTS } from '../../scanner/report/sarif.js';
import type { SarifLog, SarifRun } from '../../scanner/sources/git-log-report.js';
import { parseCommandArgs } from '../args.js';
import { mergeSarifHelp } from '../help.js';
import type { CliIo } from '../io.js';

/**
 * `secrets-action merge-sarif A.sarif B.sarif…`: the SARIF files of a sharded scan as one log,
 * one run per tool (code scanning wants one run per tool and category in an upload), rules
 * united, and a result found by two shards kept once (the first file's).
 */
export async function mergeSarifCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge-sarif', argv, {
    help: { type: 'boolean', short: 'h', default: false },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(mergeSarifHelp);
    return ExitCode.clean;
  }
  if (positionals.length === 0)
    throw new UsageError('merge-sarif needs at least one SARIF file; see merge-sarif --help');
  const logs = await Promise.all(positionals.map((path) => readLog(resolve(io.cwd, path), path)));
  const { log, duplicates, truncated } = mergeSarifLogs(logs);
  const results = log.runs.reduce((sum, run) => sum + run.results.length, 0);
  const text = `${JSON.stringify(log, null, 2)}\n`;
  if (values.output === undefined) io.stdout(text);
  else
    await writeFile(resolve(io.cwd, values.output), text).catch((error: NodeJS.ErrnoException) => {
      throw new IoError(`cannot write ${values.output}: ${error.code ?? error.message}`);
    });
  io.stderr(
    `merged ${logs.length} SARIF file${logs.length === 1 ? '' : 's'}: ${results} result${results === 1 ? '' : 's'}` +
      `${duplicates > 0 ? `, ${duplicates} duplicate${duplicates === 1 ? '' : 's'} dropped` : ''}` +
      `${truncated > 0 ? `, ${truncated} past GitHub's limit of ${SARIF_MAX_RESULTS} left out` : ''}\n`,
  );
  return ExitCode.clean;
}

async function readLog(path: string, shown: string): Promise<SarifLog> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new IoError(`cannot read ${shown} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let log: SarifLog;
  try {
    log = JSON.parse(text) as SarifLog;
  } catch {
    throw new UsageError(`${shown} is not valid JSON; is it a SARIF file?`);
  }
  if (log?.version !== '2.1.0' || !Array.isArray(log.runs))
    throw new UsageError(`${shown} is not a SARIF 2.1.0 log (no version 2.1.0 and runs)`);
  return log;
}

/** The identity of a result across shards: rule, path and line-independent fingerprint. */
function resultKey(run: SarifRun, index: number): string {
  const result = run.results[index];
  const uri = result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
  const hash = result?.partialFingerprints?.primaryLocationLineHash;
  return hash === undefined
    ? JSON.stringify([result?.ruleId, result?.locations, result?.message])
    : `${result?.ruleId}\0${uri}\0${hash}`;
}

/** Merges logs run by run (grouped by tool name); pure, so it is tested without files. */
export function mergeSarifLogs(logs: readonly SarifLog[]): {
  log: SarifLog;
  duplicates: number;
  truncated: number;
} {
  const merged = new Map<
    string,
    { run: SarifRun; seen: Set<string>; ruleIds: Map<string, number> }
  >();
  let duplicates = 0;
  let truncated = 0;
  for (const log of logs)
    for (const run of log.runs) {
      const tool = run.tool.driver.name;
      let target = merged.get(tool);
      if (target === undefined) {
        const rules = [...(run.tool.driver.rules ?? [])];
        target = {
          run: {
            ...run,
            tool: { ...run.tool, driver: { ...run.tool.driver, rules } },
            results: [],
          },
          seen: new Set(),
          ruleIds: new Map(rules.map((rule, index) => [rule.id, index])),
        };
        merged.set(tool, target);
      } else mergeProperties(target.run, run);
      const rules = target.run.tool.driver.rules as { id: string }[];
      for (const rule of run.tool.driver.rules ?? [])
        if (!target.ruleIds.has(rule.id)) target.ruleIds.set(rule.id, rules.push(rule) - 1);
      run.results.forEach((result, index) => {
        const key = resultKey(run, index);
        if (target.seen.has(key)) return void duplicates++;
        if (target.run.results.length >= SARIF_MAX_RESULTS) return void truncated++;
        target.seen.add(key);
        const ruleIndex = target.ruleIds.get(result.ruleId);
        target.run.results.push({ ...result, ...(ruleIndex !== undefined && { ruleIndex }) });
      });
    }
  const first = logs[0];
  return {
    log: {
      ...(first?.$schema !== undefined && { $schema: first.$schema }),
      version: '2.1.0',
      runs: [...merged.values()].map((entry) => entry.run),
    },
    duplicates,
    truncated,
  };
}

/** A later shard's run adds its commit count; the shard label no longer applies. */
function mergeProperties(target: SarifRun, run: SarifRun): void {
  const a = target.properties;
  const b = run.properties;
  if (a === undefined || b === undefined) return;
  const rest = { ...a };
  delete rest.shard;
  target.properties = {
    ...rest,
    ...(typeof a.commits === 'number' &&
      typeof b.commits === 'number' && { commits: a.commits + b.commits }),
  };
}
