import {
  BatchGetSecretValueCommand,
  GetSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { SecretValue } from '../types.js';
import type { AwsCaller } from './caller.js';

/** A value read from AWS, before it is tied back to the selector that asked for it. */
export interface ReadValue {
  readonly name: string;
  readonly arn: string;
  readonly versionId: string;
  readonly value: SecretValue;
}

/** The outcome of one batch: values found, and per-id error codes from its `Errors` list. */
export interface BatchOutcome {
  readonly values: ReadValue[];
  readonly errors: Map<string, string>;
}

interface RawValue {
  Name?: string;
  ARN?: string;
  VersionId?: string;
  SecretString?: string;
  SecretBinary?: Uint8Array;
}

function toReadValue(raw: RawValue, id: string): ReadValue {
  // SecretBinary stays bytes: decoding it as text is how the AWS action corrupts binaries.
  const value: SecretValue =
    raw.SecretString === undefined && raw.SecretBinary !== undefined
      ? { kind: 'binary', bytes: new Uint8Array(raw.SecretBinary) }
      : { kind: 'string', text: raw.SecretString ?? '' };
  return { name: raw.Name ?? id, arn: raw.ARN ?? '', versionId: raw.VersionId ?? '', value };
}

/** One GetSecretValue call (with retries), for a pinned version or when Batch is unavailable. */
export async function getOne(
  client: SecretsManagerClient,
  caller: AwsCaller,
  id: string,
  version: { versionStage?: string; versionId?: string },
): Promise<ReadValue> {
  const raw = await caller.call('GetSecretValue', () =>
    client.send(
      new GetSecretValueCommand({
        SecretId: id,
        ...(version.versionId ? { VersionId: version.versionId } : {}),
        ...(version.versionStage ? { VersionStage: version.versionStage } : {}),
      }),
    ),
  );
  return toReadValue(raw, id);
}

/** One BatchGetSecretValue call for up to 20 ids (with retries); throws if the whole call fails. */
export async function getBatch(
  client: SecretsManagerClient,
  caller: AwsCaller,
  ids: readonly string[],
): Promise<BatchOutcome> {
  const values: ReadValue[] = [];
  const errors = new Map<string, string>();
  let nextToken: string | undefined;
  // A batch of ids fits one page in practice, but the API allows NextToken: follow it.
  do {
    const page = await caller.call('BatchGetSecretValue', () =>
      client.send(
        new BatchGetSecretValueCommand({
          SecretIdList: [...ids],
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      ),
    );
    for (const raw of page.SecretValues ?? []) values.push(toReadValue(raw, raw.Name ?? ''));
    for (const error of page.Errors ?? []) {
      if (error.SecretId) errors.set(error.SecretId, error.ErrorCode ?? 'UnknownError');
    }
    nextToken = page.NextToken || undefined;
  } while (nextToken);
  return { values, errors };
}

/** True when `value` is the secret that `id` (a name, full ARN or partial ARN) names. */
export function matches(value: ReadValue, id: string): boolean {
  if (value.arn === id || value.name === id) return true;
  // A partial ARN lacks the `-xxxxxx` suffix AWS appends.
  return value.arn.startsWith(`${id}-`) && value.arn.length === id.length + 7;
}
