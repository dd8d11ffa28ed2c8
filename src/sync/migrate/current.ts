import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsCaller } from '../aws/caller.js';
import { errorCode } from '../aws/errors.js';
import { getBatch, getOne, type ReadValue } from '../aws/read.js';
import { explainMigrateFailure, isOperationUnavailable } from './errors.js';
import type { CurrentValue } from './types.js';

const batchSize = 20;

function toCurrent(read: ReadValue): CurrentValue {
  return read.value.kind === 'string'
    ? { state: 'string', text: read.value.text }
    : { state: 'binary' };
}

function fromCode(code: string, operation: 'BatchGetSecretValue'): CurrentValue {
  if (code === 'ResourceNotFoundException') return { state: 'missing' };
  // The code comes from the response: only a code-shaped one is kept (errorCode checks).
  const fake = Object.assign(new Error('failed'), { name: code });
  return { state: 'error', code: errorCode(fake), message: explainMigrateFailure(fake, operation) };
}

/**
 * The current value of every name, to compare in memory (never printed): BatchGetSecretValue,
 * 20 names a call; when the caller may not use it, one GetSecretValue per name. A name that does
 * not exist is `missing`; any other failure is kept per name so the other names go on.
 */
export async function readCurrentValues(
  client: SecretsManagerClient,
  caller: AwsCaller,
  names: readonly string[],
): Promise<Map<string, CurrentValue>> {
  const current = new Map<string, CurrentValue>();
  const chunks: string[][] = [];
  for (let i = 0; i < names.length; i += batchSize) chunks.push(names.slice(i, i + batchSize));
  let batchUnavailable = false;
  await caller.map(chunks, async (chunk) => {
    if (!batchUnavailable) {
      try {
        const outcome = await getBatch(client, caller, chunk);
        for (const read of outcome.values) current.set(read.name, toCurrent(read));
        for (const [id, code] of outcome.errors)
          current.set(id, fromCode(code, 'BatchGetSecretValue'));
        for (const name of chunk) if (!current.has(name)) current.set(name, { state: 'missing' });
        return;
      } catch (error) {
        if (!isOperationUnavailable(error)) {
          const failed: CurrentValue = {
            state: 'error',
            code: errorCode(error),
            message: explainMigrateFailure(error, 'BatchGetSecretValue'),
          };
          for (const name of chunk) current.set(name, failed);
          return;
        }
        batchUnavailable = true;
      }
    }
    for (const name of chunk) current.set(name, await readOne(client, caller, name));
  });
  return current;
}

async function readOne(
  client: SecretsManagerClient,
  caller: AwsCaller,
  name: string,
): Promise<CurrentValue> {
  try {
    return toCurrent(await getOne(client, caller, name, {}));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ResourceNotFoundException') return { state: 'missing' };
    return { state: 'error', code, message: explainMigrateFailure(error, 'GetSecretValue') };
  }
}
