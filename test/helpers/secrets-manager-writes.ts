/**
 * The write side of the local Secrets Manager: CreateSecret, PutSecretValue, UpdateSecret,
 * TagResource and UntagResource, with the API's validation (names, 64 KB values, existing and
 * deleted secrets) and version staging (a new value becomes AWSCURRENT, the old one AWSPREVIOUS).
 * The SDK sends a ClientRequestToken on every write; it becomes the version id, so a retried
 * write is idempotent as on AWS.
 */
import { AwsFault } from './secrets-manager-fault.js';
import { mergeTags, type SecretMetadata, type Tag } from './secrets-manager-metadata.js';

/** A stored version. */
export interface Version {
  id: string;
  stages: string[];
  string?: string;
  binary?: Uint8Array;
}

/** A stored secret. */
export interface Stored {
  name: string;
  arn: string;
  versions: Version[];
  created: number;
  meta: SecretMetadata;
}

/** What the write operations need from the server. */
export interface WriteContext {
  readonly secrets: Map<string, Stored>;
  resolve(id: string): Stored;
  newArn(name: string): string;
  newVersionId(): string;
  /** The server's clock, epoch seconds; each call moves it on. */
  now(): number;
  /** Names whose writes answer AccessDeniedException. */
  readonly deniedWrites: ReadonlySet<string>;
}

const maxValueBytes = 65_536;
const namePattern = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

type Body = Record<string, unknown>;

function valueOf(body: Body): Pick<Version, 'string' | 'binary'> | undefined {
  if (typeof body.SecretString === 'string') {
    if (Buffer.byteLength(body.SecretString) > maxValueBytes)
      throw new AwsFault('InvalidParameterException', 'SecretString exceeds 65536 bytes');
    return { string: body.SecretString };
  }
  if (typeof body.SecretBinary === 'string') {
    const binary = Buffer.from(body.SecretBinary, 'base64');
    if (binary.length > maxValueBytes)
      throw new AwsFault('InvalidParameterException', 'SecretBinary exceeds 65536 bytes');
    return { binary: new Uint8Array(binary) };
  }
  return undefined;
}

function sameValue(version: Version, value: Pick<Version, 'string' | 'binary'>): boolean {
  if (value.binary)
    return version.binary !== undefined && Buffer.from(version.binary).equals(value.binary);
  return version.string === value.string;
}

function checkWritable(context: WriteContext, secret: Stored, operation: string): void {
  if (context.deniedWrites.has(secret.name))
    throw new AwsFault('AccessDeniedException', `not authorized to perform ${operation}`);
  if (secret.meta.deletedDate !== undefined)
    throw new AwsFault(
      'InvalidRequestException',
      `You can't perform this operation on the secret because it was marked for deletion.`,
    );
}

/** Adds a version holding `value` and makes it AWSCURRENT; returns its id. */
function addVersion(context: WriteContext, secret: Stored, value: Version, token?: string): string {
  const existing = token ? secret.versions.find((v) => v.id === token) : undefined;
  if (existing) {
    if (sameValue(existing, value)) return existing.id;
    throw new AwsFault('ResourceExistsException', 'A version with this token already exists.');
  }
  for (const version of secret.versions) {
    version.stages = version.stages.filter((s) => s !== 'AWSPREVIOUS');
    if (version.stages.includes('AWSCURRENT'))
      version.stages = [...version.stages.filter((s) => s !== 'AWSCURRENT'), 'AWSPREVIOUS'];
  }
  secret.versions = secret.versions.filter((v) => v.stages.length > 0);
  secret.versions.unshift({
    ...value,
    id: token ?? context.newVersionId(),
    stages: ['AWSCURRENT'],
  });
  secret.meta.lastChangedDate = context.now();
  return secret.versions[0]!.id;
}

/** The write operations, keyed by API name. */
export function writeOperations(context: WriteContext): Record<string, (body: Body) => unknown> {
  return {
    CreateSecret: (body) => {
      const name = String(body.Name ?? '');
      if (!namePattern.test(name))
        throw new AwsFault('InvalidParameterException', 'Invalid name. Must be a valid name.');
      const existing = context.secrets.get(name);
      if (existing?.meta.deletedDate !== undefined)
        throw new AwsFault(
          'InvalidRequestException',
          `You can't create this secret because a secret with this name is already scheduled for deletion.`,
        );
      if (existing)
        throw new AwsFault(
          'ResourceExistsException',
          `The operation failed because the secret ${name} already exists.`,
        );
      if (context.deniedWrites.has(name))
        throw new AwsFault('AccessDeniedException', 'not authorized to perform CreateSecret');
      const now = context.now();
      const secret: Stored = {
        name,
        arn: context.newArn(name),
        versions: [],
        created: now,
        meta: {
          description: body.Description as string | undefined,
          kmsKeyId: body.KmsKeyId as string | undefined,
          tags: mergeTags([], body.Tags as Tag[] | undefined),
        },
      };
      const value = valueOf(body);
      const token = body.ClientRequestToken as string | undefined;
      const versionId = value ? addVersion(context, secret, value as Version, token) : undefined;
      secret.meta.lastChangedDate = now;
      context.secrets.set(name, secret);
      return { ARN: secret.arn, Name: name, ...(versionId ? { VersionId: versionId } : {}) };
    },
    PutSecretValue: (body) => {
      const secret = context.resolve(String(body.SecretId));
      checkWritable(context, secret, 'PutSecretValue');
      const value = valueOf(body);
      if (!value)
        throw new AwsFault('InvalidParameterException', 'SecretString or SecretBinary is required');
      const id = addVersion(context, secret, value as Version, body.ClientRequestToken as string);
      const stages = secret.versions.find((v) => v.id === id)?.stages ?? [];
      return { ARN: secret.arn, Name: secret.name, VersionId: id, VersionStages: stages };
    },
    UpdateSecret: (body) => {
      const secret = context.resolve(String(body.SecretId));
      checkWritable(context, secret, 'UpdateSecret');
      if (typeof body.Description === 'string') secret.meta.description = body.Description;
      if (typeof body.KmsKeyId === 'string') secret.meta.kmsKeyId = body.KmsKeyId;
      const value = valueOf(body);
      const id = value
        ? addVersion(context, secret, value as Version, body.ClientRequestToken as string)
        : undefined;
      if (!value) secret.meta.lastChangedDate = context.now();
      return { ARN: secret.arn, Name: secret.name, ...(id ? { VersionId: id } : {}) };
    },
    TagResource: (body) => {
      const secret = context.resolve(String(body.SecretId));
      checkWritable(context, secret, 'TagResource');
      secret.meta.tags = mergeTags(secret.meta.tags, body.Tags as Tag[] | undefined);
      return {};
    },
    UntagResource: (body) => {
      const secret = context.resolve(String(body.SecretId));
      checkWritable(context, secret, 'UntagResource');
      const keys = new Set((body.TagKeys as string[] | undefined) ?? []);
      secret.meta.tags = (secret.meta.tags ?? []).filter((tag) => !keys.has(tag.Key));
      return {};
    },
  };
}
