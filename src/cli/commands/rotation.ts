import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExitCode, IoError } from '../../shared/errors.js';
import { createSecretsManagerClient } from '../../sync/index.js';
import {
  checkRotation,
  formatRotationTable,
  parseRotationPolicy,
  toRotationJson,
} from '../../sync/rotation/index.js';
import { rotationHelp } from '../help.js';
import type { CliIo } from '../io.js';
import { parseRotationOptions } from '../rotation/options.js';

/** One line such as `16 AWS calls (ListSecrets 16)`. */
function describeCalls(calls: Readonly<Record<string, number>>): string {
  const entries = Object.entries(calls).filter(([, count]) => count > 0);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  const detail = entries.map(([operation, count]) => `${operation} ${count}`).join(', ');
  return `${total} AWS call${total === 1 ? '' : 's'}${detail ? ` (${detail})` : ''}`;
}

/**
 * `secrets-action rotation --policy FILE`: reads every selected secret's rotation dates from
 * AWS Secrets Manager (ListSecrets; never a value) and reports each against the policy, as a
 * table or JSON. Exit 1 with `--fail-on-overdue` when a secret is overdue or failing to rotate.
 */
export async function rotationCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseRotationOptions(argv);
  if (options.help) {
    io.stdout(rotationHelp);
    return ExitCode.clean;
  }
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, options.policy), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new IoError(`cannot read the policy ${options.policy} (${code})`);
  }
  const policy = parseRotationPolicy(text, options.policy);

  // The SDK warns about old Node versions on stderr; it says nothing about this run.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = createSecretsManagerClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  const { report, calls } = await checkRotation(client, policy, {
    now: options.now,
    ...(options.prefix ? { prefix: options.prefix } : {}),
    tags: options.tags,
    ...(options.warnDays !== undefined ? { warnDays: options.warnDays } : {}),
  }).finally(() => client.destroy());

  if (options.format === 'json') {
    const json = toRotationJson(report, { policy: options.policy, calls });
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(formatRotationTable(report));
    io.stderr(`${describeCalls(calls)}; no secret value was read.\n`);
  }
  return options.failOnOverdue && report.failing ? ExitCode.findings : ExitCode.clean;
}
