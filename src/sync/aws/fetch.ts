import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { AwsSecretError, SecretFetchError } from '../errors.js';
import type { FetchedSecret, FetchOptions, FetchResult, SecretSelector } from '../types.js';
import { AwsCaller } from './caller.js';
import { errorCode, toAwsSecretError } from './errors.js';
import { listByPrefix } from './list.js';
import { getBatch, getOne, matches, type ReadValue } from './read.js';
import { defaultRetry } from './retry.js';

/** BatchGetSecretValue takes at most 20 ids per call. */
const batchSize = 20;

// Whole-call Batch failures that GetSecretValue may not share: the role lacks
// secretsmanager:BatchGetSecretValue, or the endpoint (an emulator) does not know the operation.
const batchUnavailable = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnknownOperationException',
  'InvalidAction',
  'NotImplemented',
]);

/** One secret to read, after prefixes were expanded. */
interface Target {
  readonly id: string;
  readonly selector: string;
  readonly alias?: string;
}

type Outcome = ReadValue | AwsSecretError;

/**
 * Reads the selected secrets: prefixes through every ListSecrets page, values with
 * BatchGetSecretValue (20 ids a call) falling back to GetSecretValue where Batch is denied or a
 * version is pinned; calls run `concurrency` at a time with retries on throttling and timeouts.
 * Missing secrets and empty prefixes go to `missing` when `ignoreMissing`, else they fail like
 * any other error: every failure is collected and thrown once as `SecretFetchError`.
 */
export async function fetchSecrets(
  client: SecretsManagerClient,
  selectors: readonly SecretSelector[],
  options: FetchOptions = {},
): Promise<FetchResult> {
  const caller = new AwsCaller(
    {
      attempts: options.retry?.attempts ?? defaultRetry.attempts,
      baseDelayMs: options.retry?.baseDelayMs ?? defaultRetry.baseDelayMs,
    },
    options.concurrency ?? 8,
  );
  const failures: AwsSecretError[] = [];
  const missing: string[] = [];
  const notFound = (error: AwsSecretError, id: string) => {
    if (error.kind === 'not-found' && options.ignoreMissing) missing.push(id);
    else failures.push(error);
  };

  const targets = await expand(client, caller, selectors, notFound, failures);
  const pinned = Boolean(options.versionStage || options.versionId);
  const version = { versionStage: options.versionStage, versionId: options.versionId };
  const outcomes = pinned
    ? await caller.map(targets, (t) => readOne(client, caller, t.id, version))
    : await readBatched(client, caller, targets);

  const secrets: FetchedSecret[] = [];
  targets.forEach((target, i) => {
    const outcome = outcomes[i];
    if (outcome === undefined) return;
    if (outcome instanceof AwsSecretError) notFound(outcome, target.id);
    else secrets.push({ ...target, ...outcome, id: target.id });
  });
  if (failures.length > 0) throw new SecretFetchError(failures);
  return { secrets, missing, calls: caller.calls };
}

async function expand(
  client: SecretsManagerClient,
  caller: AwsCaller,
  selectors: readonly SecretSelector[],
  notFound: (error: AwsSecretError, id: string) => void,
  failures: AwsSecretError[],
): Promise<Target[]> {
  const lists = await caller.map(selectors, async (selector) => {
    if (selector.kind === 'id')
      return [{ id: selector.id, selector: selector.id, alias: selector.alias }];
    let listed;
    try {
      listed = await listByPrefix(client, caller, selector.prefix);
    } catch (error) {
      failures.push(toAwsSecretError(error, selector.id, 'ListSecrets'));
      return [];
    }
    if (listed.length === 0) {
      notFound(
        new AwsSecretError(
          `prefix '${selector.id}': no secret name starts with '${selector.prefix}'; check the prefix, its case and the region, or set ignore-missing: true`,
          selector.id,
          'not-found',
          'NoMatch',
        ),
        selector.id,
      );
      return [];
    }
    if (selector.alias && listed.length > 1) {
      failures.push(
        new AwsSecretError(
          `prefix '${selector.id}': the alias ${selector.alias} needs exactly one match but ${listed.length} secrets match; remove the alias or narrow the prefix`,
          selector.id,
          'not-unique',
          'NotUnique',
        ),
      );
      return [];
    }
    return listed.map((s) => ({ id: s.name, selector: selector.id, alias: selector.alias }));
  });
  const seen = new Set<string>();
  return lists.flat().filter((t) => {
    const key = `${t.alias ?? '\0'}\n${t.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function readOne(
  client: SecretsManagerClient,
  caller: AwsCaller,
  id: string,
  version: { versionStage?: string; versionId?: string },
): Promise<Outcome> {
  try {
    return await getOne(client, caller, id, version);
  } catch (error) {
    return toAwsSecretError(error, id, 'GetSecretValue');
  }
}

async function readBatched(
  client: SecretsManagerClient,
  caller: AwsCaller,
  targets: readonly Target[],
): Promise<Outcome[]> {
  const ids = [...new Set(targets.map((t) => t.id))];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += batchSize) chunks.push(ids.slice(i, i + batchSize));
  let batchDenied = false;
  const byId = new Map<string, Outcome>();
  const pending: string[] = [];
  await caller.map(chunks, async (chunk) => {
    if (batchDenied) return void pending.push(...chunk);
    try {
      const { values, errors } = await getBatch(client, caller, chunk);
      for (const id of chunk) {
        const value = values.find((v) => matches(v, id));
        const code = errors.get(id);
        if (value) byId.set(id, value);
        else if (code) byId.set(id, toAwsSecretError({ name: code }, id, 'GetSecretValue'));
        // Neither a value nor an error (a partial ARN the match could not place): ask directly.
        else pending.push(id);
      }
    } catch (error) {
      if (batchUnavailable.has(errorCode(error))) {
        batchDenied = true;
        pending.push(...chunk);
      } else {
        for (const id of chunk) byId.set(id, toAwsSecretError(error, id, 'BatchGetSecretValue'));
      }
    }
  });
  const fallback = await caller.map(pending, (id) => readOne(client, caller, id, {}));
  pending.forEach((id, i) => byId.set(id, fallback[i] as Outcome));
  return targets.map((t) => byId.get(t.id) as Outcome);
}
