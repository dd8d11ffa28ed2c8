/**
 * A local AWS Secrets Manager for tests: a node:http server speaking the JSON 1.1 protocol
 * (`X-Amz-Target: secretsmanager.<Operation>`) for ListSecrets (paged, filtered),
 * BatchGetSecretValue, GetSecretValue, DescribeSecret and the writes (secrets-manager-writes.ts),
 * with injectable faults and per-operation call counts. The real SDK reaches it through
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`, as a user's workflow would.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsFault } from './secrets-manager-fault.js';
import { describeFields, matchesFilters, type SecretMetadata } from './secrets-manager-metadata.js';
import { writeOperations, type Stored, type Version } from './secrets-manager-writes.js';

export type { SecretMetadata, Tag } from './secrets-manager-metadata.js';

/** A secret to seed: a string or binary value, optionally with older versions. */
export interface SeedSecret {
  readonly name: string;
  readonly string?: string;
  readonly binary?: Uint8Array;
  /** Extra versions, each with its own stages (`AWSPREVIOUS`, custom labels). */
  readonly versions?: readonly SeedVersion[];
  /** Description, KMS key, tags, rotation settings and dates. */
  readonly metadata?: SecretMetadata;
}

/** A secret as stored, for assertions: the current value and the metadata. */
export interface StoredSecret {
  readonly name: string;
  readonly arn: string;
  readonly current?: {
    readonly id: string;
    readonly string?: string;
    readonly binary?: Uint8Array;
  };
  readonly versionCount: number;
  readonly metadata: SecretMetadata;
}

/** One extra version of a seeded secret. */
export interface SeedVersion {
  readonly id: string;
  readonly stages: readonly string[];
  readonly string?: string;
  readonly binary?: Uint8Array;
}

/** Faults to inject; each applies to the next matching calls until cleared. */
export interface Faults {
  /** The next `count` calls (of `operation`, or of any) answer ThrottlingException. */
  throttle(count: number, operation?: string): void;
  /** The next `count` calls (of `operation`, or of any) wait `ms` before answering. */
  delay(count: number, ms: number, operation?: string): void;
  /** Every call of `operation` answers AccessDeniedException (e.g. a role without Batch). */
  denyOperation(operation: string): void;
  /** Every call of `operation` answers UnknownOperationException (an emulator without it). */
  removeOperation(operation: string): void;
  /** Reading this secret is denied (GetSecretValue error, Batch per-secret `Errors`). */
  denySecret(name: string): void;
  /** Reading this secret fails with DecryptionFailure (KMS key not usable). */
  kmsFailure(name: string): void;
  /** Creating or writing this secret (value, description, tags) is denied. */
  denyWrite(name: string): void;
  /** Removes every fault. */
  clear(): void;
}

/** A running server. */
export interface SecretsManagerServer {
  readonly url: string;
  readonly region: string;
  readonly partition: string;
  /** Calls received per operation, faulted ones included. */
  readonly calls: Record<string, number>;
  readonly faults: Faults;
  /** Adds (or replaces) a secret and returns its full ARN. */
  put(secret: SeedSecret): string;
  /** The stored secret named `name`, if any. */
  get(name: string): StoredSecret | undefined;
  /** Every stored secret's name, sorted. */
  names(): string[];
  /** Environment for an SDK client or a child process: endpoint, region, generated credentials. */
  env(): Record<string, string>;
  /** The most requests that were in progress at once since the last reset. */
  peakInFlight(): number;
  /** Resets call counts and the in-flight peak. */
  resetCalls(): void;
  close(): Promise<void>;
}

const suffixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number, alphabet = suffixAlphabet): string {
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Starts a server on a free loopback port. */
export async function startSecretsManagerServer(
  options: { region?: string; partition?: string; account?: string; listPageSize?: number } = {},
): Promise<SecretsManagerServer> {
  const region = options.region ?? 'us-east-1';
  const partition = options.partition ?? 'aws';
  const account = options.account ?? '123456789012';
  const secrets = new Map<string, Stored>();
  const calls: Record<string, number> = {};
  const throttles: { count: number; operation?: string }[] = [];
  const delays: { count: number; ms: number; operation?: string }[] = [];
  const deniedOps = new Set<string>();
  const removedOps = new Set<string>();
  const deniedSecrets = new Set<string>();
  const kmsFailing = new Set<string>();
  const deniedWrites = new Set<string>();
  let clock = 1_700_000_000;
  let inFlight = 0;
  let peak = 0;
  const credentials = { id: `TEST${randomText(16).toUpperCase()}`, key: randomText(40) };

  const take = <T extends { count: number; operation?: string }>(list: T[], op: string) => {
    const entry = list.find((f) => f.count > 0 && (!f.operation || f.operation === op));
    if (entry) entry.count--;
    return entry;
  };

  const resolve = (id: string): Stored => {
    for (const secret of secrets.values()) {
      if (secret.name === id || secret.arn === id || secret.arn === `${id}-${secret.arn.slice(-6)}`)
        return secret;
    }
    // Like AWS, the message names the id; tests check the action never prints it anyway.
    throw new AwsFault('ResourceNotFoundException', `Secrets Manager can't find ${id}.`);
  };

  const readValue = (id: string, body: { VersionId?: string; VersionStage?: string }) => {
    const secret = resolve(id);
    const current = secret.versions.find((v) => v.stages.includes('AWSCURRENT'));
    // Fault messages quote the value, as a careless proxy might: the action must not echo them.
    if (deniedSecrets.has(secret.name))
      throw new AwsFault('AccessDeniedException', `denied reading ${current?.string ?? ''}`);
    if (kmsFailing.has(secret.name))
      throw new AwsFault('DecryptionFailure', `cannot decrypt ${current?.string ?? ''}`);
    const version = body.VersionId
      ? secret.versions.find((v) => v.id === body.VersionId)
      : secret.versions.find((v) => v.stages.includes(body.VersionStage ?? 'AWSCURRENT'));
    if (!version)
      throw new AwsFault('ResourceNotFoundException', `no such version of ${secret.name}`);
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.id,
      VersionStages: version.stages,
      CreatedDate: secret.created,
      ...(version.binary
        ? { SecretBinary: Buffer.from(version.binary).toString('base64') }
        : { SecretString: version.string ?? '' }),
    };
  };

  const operations: Record<string, (body: Record<string, unknown>) => unknown> = {
    GetSecretValue: (body) =>
      readValue(String(body.SecretId), body as { VersionId?: string; VersionStage?: string }),
    DescribeSecret: (body) => {
      const secret = resolve(String(body.SecretId));
      return {
        ARN: secret.arn,
        Name: secret.name,
        CreatedDate: secret.created,
        ...describeFields(secret.meta),
        VersionIdsToStages: Object.fromEntries(secret.versions.map((v) => [v.id, v.stages])),
      };
    },
    BatchGetSecretValue: (body) => {
      const ids = (body.SecretIdList as string[] | undefined) ?? [];
      if (ids.length === 0 || ids.length > 20)
        throw new AwsFault('InvalidParameterException', 'SecretIdList must hold 1 to 20 ids');
      const values: unknown[] = [];
      const errors: unknown[] = [];
      for (const id of ids) {
        try {
          values.push(readValue(id, {}));
        } catch (error) {
          if (!(error instanceof AwsFault)) throw error;
          errors.push({ SecretId: id, ErrorCode: error.code, Message: error.message });
        }
      }
      return { SecretValues: values, Errors: errors };
    },
    ...writeOperations({
      secrets,
      resolve,
      newArn: (name) =>
        `arn:${partition}:secretsmanager:${region}:${account}:secret:${name}-${randomText(6)}`,
      newVersionId: () => randomBytes(16).toString('hex'),
      now: () => clock++,
      deniedWrites,
    }),
    ListSecrets: (body) => {
      const max = (body.MaxResults as number | undefined) ?? 100;
      if (max < 1 || max > 100)
        throw new AwsFault('InvalidParameterException', 'MaxResults must be 1 to 100');
      const filters = (body.Filters as { Key: string; Values: string[] }[] | undefined) ?? [];
      const all = [...secrets.values()]
        .filter((s) => body.IncludePlannedDeletion === true || s.meta.deletedDate === undefined)
        .filter((s) => matchesFilters(s.name, s.meta, filters))
        .sort((a, b) => a.created - b.created || (a.name < b.name ? -1 : 1));
      const start = body.NextToken ? Number(Buffer.from(String(body.NextToken), 'base64url')) : 0;
      const size = Math.min(max, options.listPageSize ?? max);
      const page = all.slice(start, start + size);
      const next = start + size < all.length ? start + size : undefined;
      return {
        SecretList: page.map((s) => ({
          ARN: s.arn,
          Name: s.name,
          CreatedDate: s.created,
          ...describeFields(s.meta),
          SecretVersionsToStages: Object.fromEntries(s.versions.map((v) => [v.id, v.stages])),
        })),
        ...(next === undefined
          ? {}
          : { NextToken: Buffer.from(String(next)).toString('base64url') }),
      };
    },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('secretsmanager.') ? target.slice(15) : target;
    calls[operation] = (calls[operation] ?? 0) + 1;
    peak = Math.max(peak, ++inFlight);
    response.on('close', () => inFlight--);
    const delay = take(delays, operation);
    if (delay) await new Promise((r) => setTimeout(r, delay.ms));
    const send = (status: number, payload: unknown, errorType?: string) => {
      if (response.destroyed) return;
      response.writeHead(status, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomText(12),
        ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
      });
      response.end(JSON.stringify(payload));
    };
    try {
      const handler = operations[operation];
      if (!handler || removedOps.has(operation))
        throw new AwsFault('UnknownOperationException', `unknown operation ${operation}`);
      if (take(throttles, operation)) throw new AwsFault('ThrottlingException', 'Rate exceeded');
      if (deniedOps.has(operation))
        throw new AwsFault('AccessDeniedException', `not authorized to perform ${operation}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<
        string,
        unknown
      >;
      send(200, handler(body));
    } catch (error) {
      const fault =
        error instanceof AwsFault ? error : new AwsFault('InternalServiceError', 'boom', 500);
      send(fault.status, { __type: fault.code, message: fault.message }, fault.code);
    }
  };

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    region,
    partition,
    calls,
    faults: {
      throttle: (count, operation) => throttles.push({ count, operation }),
      delay: (count, ms, operation) => delays.push({ count, ms, operation }),
      denyOperation: (operation) => deniedOps.add(operation),
      removeOperation: (operation) => removedOps.add(operation),
      denySecret: (name) => deniedSecrets.add(name),
      kmsFailure: (name) => kmsFailing.add(name),
      denyWrite: (name) => deniedWrites.add(name),
      clear: () => {
        throttles.length = 0;
        delays.length = 0;
        deniedOps.clear();
        removedOps.clear();
        deniedSecrets.clear();
        kmsFailing.clear();
        deniedWrites.clear();
      },
    },
    put(seed) {
      const existing = secrets.get(seed.name);
      const arn =
        existing?.arn ??
        `arn:${partition}:secretsmanager:${region}:${account}:secret:${seed.name}-${randomText(6)}`;
      const current: Version = {
        id: randomBytes(16).toString('hex'),
        stages: ['AWSCURRENT'],
        ...(seed.binary ? { binary: seed.binary } : { string: seed.string ?? '' }),
      };
      const others = (seed.versions ?? []).map((v) => ({ ...v, stages: [...v.stages] }));
      secrets.set(seed.name, {
        name: seed.name,
        arn,
        versions: [current, ...others],
        created: clock++,
        meta: { ...seed.metadata, tags: seed.metadata?.tags?.map((tag) => ({ ...tag })) },
      });
      return arn;
    },
    get(name) {
      const secret = secrets.get(name);
      if (!secret) return undefined;
      const current = secret.versions.find((v) => v.stages.includes('AWSCURRENT'));
      return {
        name: secret.name,
        arn: secret.arn,
        ...(current
          ? { current: { id: current.id, string: current.string, binary: current.binary } }
          : {}),
        versionCount: secret.versions.length,
        metadata: { ...secret.meta, tags: secret.meta.tags?.map((tag) => ({ ...tag })) },
      };
    },
    names: () => [...secrets.keys()].sort(),
    env: () => ({
      AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: credentials.id,
      AWS_SECRET_ACCESS_KEY: credentials.key,
      AWS_EC2_METADATA_DISABLED: 'true',
    }),
    peakInFlight: () => peak,
    resetCalls: () => {
      peak = 0;
      for (const key of Object.keys(calls)) delete calls[key];
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
