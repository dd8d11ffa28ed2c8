import { AwsCaller } from '../../sync/aws/caller.js';
import { defaultRetry } from '../../sync/aws/retry.js';
import {
  applyMigration,
  buildItems,
  clientOptionsFromEnv,
  createMigrateClient,
  planMigration,
  readCurrentValues,
  type WriteOutcome,
} from '../../sync/migrate/index.js';
import { ConfigError, ExitCode, UsageError } from '../../shared/errors.js';
import { EnvClassifier } from '../env/classify.js';
import { loadEnvFile } from '../env/load.js';
import { migrateHelp } from '../help.js';
import type { CliIo } from '../io.js';
import { nextStepText } from '../migrate/next-step.js';
import { parseMigrateOptions } from '../migrate/options.js';
import { outcomeText, planText } from '../migrate/report.js';
import { rewriteEnvFiles } from '../migrate/rewrite.js';
import { selectEntries } from '../migrate/select.js';

/** Writes in flight at once: well under Secrets Manager's per-operation rates. */
const concurrency = 4;

/**
 * `secrets-action migrate`: moves the secrets of a `.env` into AWS Secrets Manager. Checks every
 * key first, plans against the current values (names only), writes only what differs, reports
 * per secret, and with `--rewrite` takes the migrated keys out of the `.env`.
 */
export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseMigrateOptions(argv);
  if (options.help) {
    io.stdout(migrateHelp);
    return ExitCode.clean;
  }
  if (options.dryRun && options.rewrite)
    throw new UsageError('--dry-run writes nothing, so it cannot --rewrite; drop one of them');
  const file = await loadEnvFile(io.cwd, options.envFile, new EnvClassifier());
  for (const notice of file.notices)
    io.stderr(`${file.shown}:${notice.line}: warning: ${notice.message}\n`);
  const selection = selectEntries(file.entries, options.only, file.shown);
  const pairs = selection.selected.map(({ entry }) => ({ key: entry.key, value: entry.value }));
  const built = buildItems(pairs, {
    prefix: options.prefix,
    ...(options.group !== undefined ? { group: options.group } : {}),
  });
  const issues = [...selection.issues, ...built.issues];
  if (issues.length > 0)
    throw new ConfigError(
      `${file.shown}: nothing was written; fix ${issues.length === 1 ? 'this' : 'these'} first:`,
      issues,
    );
  if (built.items.length === 0 || pairs.length === 0) {
    io.stdout(
      planText([], selection.skipped, `${file.shown}: no secrets to migrate.`) +
        'Name keys with --only KEY,… to migrate keys classified as configuration.\n',
    );
    return ExitCode.clean;
  }

  const clientOptions = clientOptionsFromEnv(io.env, options);
  if (!clientOptions.region) throw new UsageError('no AWS region: pass --region or set AWS_REGION');
  const client = createMigrateClient(clientOptions);
  try {
    const caller = new AwsCaller(defaultRetry, concurrency);
    const names = built.items.map((item) => item.secretName);
    const plan = planMigration(built.items, await readCurrentValues(client, caller, names));
    const where = `${file.shown} → AWS Secrets Manager (${clientOptions.region})`;
    io.stdout(planText(plan, selection.skipped, `Plan: ${where}`));
    for (const note of selection.notes) io.stdout(`note: ${note}\n`);
    if (options.dryRun) {
      io.stdout('\nDry run: nothing was written. Run again without --dry-run to apply.\n');
      const planned = plan.filter((entry) => entry.action !== 'fail').map((entry) => entry.item);
      if (planned.length > 0) io.stdout(`\n${nextStepText(planned)}`);
      return plan.some((entry) => entry.action === 'fail') ? ExitCode.error : ExitCode.clean;
    }

    const outcomes: WriteOutcome[] = await applyMigration(client, caller, plan, {
      tags: options.tags,
      ...(options.kmsKeyId ? { kmsKeyId: options.kmsKeyId } : {}),
      ...(options.description !== undefined ? { description: options.description } : {}),
    });
    io.stdout(`\n${outcomeText(plan, outcomes)}`);
    const failedNames = new Set([
      ...plan.filter((e) => e.action === 'fail').map((e) => e.item.secretName),
      ...outcomes.filter((o) => o.status === 'failed').map((o) => o.entry.item.secretName),
    ]);
    const inAws = plan.filter((entry) => !failedNames.has(entry.item.secretName));
    if (inAws.length > 0) io.stdout(`\n${nextStepText(inAws.map((entry) => entry.item))}`);
    if (failedNames.size > 0) {
      io.stderr(
        `secrets-action: ${failedNames.size} of ${plan.length} secrets failed (listed above); fix the cause and run migrate again: secrets already written are then unchanged.${options.rewrite ? ` ${file.shown} was not rewritten.` : ''}\n`,
      );
      return ExitCode.error;
    }
    if (options.rewrite) {
      const migrated = new Set(inAws.flatMap((entry) => entry.item.keys));
      const lines = await rewriteEnvFiles(file, migrated, io.cwd);
      io.stdout(`\n${lines.join('\n')}\n`);
    } else io.stdout(`\nRun with --rewrite to remove the migrated keys from ${file.shown}.\n`);
    return ExitCode.clean;
  } finally {
    client.destroy();
  }
}
