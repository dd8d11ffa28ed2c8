import { AwsCaller } from '../../sync/aws/caller.js';
import { createSecretsManagerClient } from '../../sync/aws/client.js';
import { defaultRetry } from '../../sync/aws/retry.js';
import {
  applyMigration,
  buildItems,
  clientOptionsFromEnv,
  planMigration,
  readCurrentSettings,
  readCurrentValues,
  type MigrationSettings,
  type PlanEntry,
} from '../../sync/migrate/index.js';
import { ConfigError, ExitCode, UsageError } from '../../shared/errors.js';
import { EnvClassifier } from '../env/classify.js';
import { loadEnvFile } from '../env/load.js';
import { migrateHelp } from '../help.js';
import type { CliIo } from '../io.js';
import { migrateJson, type MigrateRun } from '../migrate/json.js';
import { nextStepText } from '../migrate/next-step.js';
import { parseMigrateOptions } from '../migrate/options.js';
import { outcomeText, planText } from '../migrate/report.js';
import { ignoreEnvFile, rewriteEnvFiles, rewriteLines } from '../migrate/rewrite.js';
import { selectEntries } from '../migrate/select.js';

/** Writes in flight at once: well under Secrets Manager's per-operation rates. */
const concurrency = 4;

type Run = { -readonly [K in keyof MigrateRun]: MigrateRun[K] };

/**
 * `secrets-action migrate`: moves the secrets of a `.env` into AWS Secrets Manager. Checks every
 * key first, plans against the current values and settings (names only), writes only what
 * differs, reports per secret, and with `--rewrite` takes the migrated keys out of the `.env`.
 * With `--format json` the same run is one JSON document on stdout instead of the tables.
 */
export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseMigrateOptions(argv);
  if (options.help) {
    io.stdout(migrateHelp);
    return ExitCode.clean;
  }
  if (options.dryRun && options.rewrite)
    throw new UsageError('--dry-run writes nothing, so it cannot --rewrite; drop one of them');
  const json = options.format === 'json';
  const text = (chunk: string) => {
    if (!json) io.stdout(chunk);
  };
  const file = await loadEnvFile(io.cwd, options.envFile, new EnvClassifier());
  for (const notice of file.notices)
    io.stderr(`${file.shown}:${notice.line}: warning: ${notice.message}\n`);
  const selection = selectEntries(file.entries, options.only, file.shown);
  const pairs = selection.selected.map(({ entry }) => ({ key: entry.key, value: entry.value }));
  const built = buildItems(pairs, {
    prefix: options.prefix,
    ...(options.group !== undefined ? { group: options.group } : {}),
  });
  const run: Run = {
    file: file.shown,
    dryRun: options.dryRun,
    issues: [...selection.issues, ...built.issues],
    plan: [],
    skipped: selection.skipped,
    notes: selection.notes,
    inAws: [],
  };
  const finish = (code: number) => {
    if (json) io.stdout(`${JSON.stringify(migrateJson(run, io.cwd, code === 0), null, 2)}\n`);
    return code;
  };
  if (run.issues.length > 0) {
    finish(ExitCode.error);
    throw new ConfigError(
      `${file.shown}: nothing was written; fix ${run.issues.length === 1 ? 'this' : 'these'} first:`,
      run.issues,
    );
  }
  if (built.items.length === 0 || pairs.length === 0) {
    text(
      planText([], selection.skipped, `${file.shown}: no secrets to migrate.`) +
        'Name keys with --only KEY,… to migrate keys classified as configuration.\n',
    );
    if (options.rewrite) {
      run.rewrite = await ignoreEnvFile(file);
      text(`\n${rewriteLines(run.rewrite, file, io.cwd).join('\n')}\n`);
    }
    return finish(ExitCode.clean);
  }

  const clientOptions = clientOptionsFromEnv(io.env, options);
  if (!clientOptions.region) throw new UsageError('no AWS region: pass --region or set AWS_REGION');
  run.region = clientOptions.region;
  const wanted: MigrationSettings = {
    tags: options.tags,
    ...(options.kmsKeyId ? { kmsKeyId: options.kmsKeyId } : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
  };
  const client = createSecretsManagerClient(clientOptions);
  try {
    const caller = new AwsCaller(defaultRetry, concurrency);
    const names = built.items.map((item) => item.secretName);
    const values = await readCurrentValues(client, caller, names);
    const existing = names.filter((name) => {
      const state = values.get(name)?.state;
      return state === 'string' || state === 'binary';
    });
    const settings = await readCurrentSettings(client, caller, existing, wanted);
    run.plan = planMigration(built.items, { values, settings }, wanted);
    const where = `${file.shown} → AWS Secrets Manager (${clientOptions.region})`;
    text(planText(run.plan, selection.skipped, `Plan: ${where}`));
    for (const note of selection.notes) text(`note: ${note}\n`);
    warnUnchecked(run.plan, io);
    const planFailed = run.plan.some((entry) => entry.action === 'fail');
    if (options.dryRun) {
      text('\nDry run: nothing was written. Run again without --dry-run to apply.\n');
      run.inAws = run.plan.filter((entry) => entry.action !== 'fail').map((entry) => entry.item);
      if (run.inAws.length > 0) text(`\n${nextStepText(run.inAws)}`);
      return finish(planFailed ? ExitCode.error : ExitCode.clean);
    }

    const outcomes = await applyMigration(client, caller, run.plan, wanted);
    run.outcomes = outcomes;
    text(`\n${outcomeText(run.plan, outcomes)}`);
    const failedNames = new Set([
      ...run.plan.filter((e) => e.action === 'fail').map((e) => e.item.secretName),
      ...outcomes.filter((o) => o.status === 'failed').map((o) => o.entry.item.secretName),
    ]);
    const inAws = run.plan.filter((entry) => !failedNames.has(entry.item.secretName));
    run.inAws = inAws.map((entry) => entry.item);
    if (run.inAws.length > 0) text(`\n${nextStepText(run.inAws)}`);
    if (failedNames.size > 0) {
      io.stderr(
        `secrets-action: ${failedNames.size} of ${run.plan.length} secrets failed (listed above); fix the cause and run migrate again: what was written is then unchanged.${options.rewrite ? ` ${file.shown} was not rewritten.` : ''}\n`,
      );
      return finish(ExitCode.error);
    }
    if (options.rewrite) {
      run.rewrite = await rewriteEnvFiles(file, new Set(run.inAws.flatMap((item) => item.keys)));
      text(`\n${rewriteLines(run.rewrite, file, io.cwd).join('\n')}\n`);
    } else text(`\nRun with --rewrite to remove the migrated keys from ${file.shown}.\n`);
    return finish(ExitCode.clean);
  } finally {
    client.destroy();
  }
}

/** One stderr line when some secrets' tags, description and KMS key could not be read. */
function warnUnchecked(plan: readonly PlanEntry[], io: CliIo): void {
  const unchecked = plan.filter((entry) => entry.settingsUnchecked);
  if (unchecked.length === 0) return;
  const codes = [...new Set(unchecked.map((entry) => entry.settingsUnchecked?.code))].join(', ');
  io.stderr(
    `warning: the tags, description and KMS key of ${unchecked.length} secret${unchecked.length === 1 ? '' : 's'} could not be read (DescribeSecret: ${codes}), so ${unchecked.length === 1 ? 'it was' : 'they were'} compared by value only; allow secretsmanager:DescribeSecret (or secretsmanager:ListSecrets) to check and repair them\n`,
  );
}
