/**
 * The port between the sync plan and GitHub: where secrets go (targets), what is already there,
 * and the manifest that remembers what this action wrote. Pure types plus one error class.
 */
import { CliError, ExitCode } from '../../shared/errors.js';

/** Who may read an organization secret. */
export type OrgVisibility = 'all' | 'private' | 'selected';

/** One place GitHub stores secrets, each with its own public key. */
export type TargetRef =
  | { kind: 'repository'; owner: string; repo: string }
  | { kind: 'environment'; owner: string; repo: string; environment: string }
  | {
      kind: 'organization';
      org: string;
      visibility: OrgVisibility;
      /** Repository names (without owner), used for new secrets when visibility is `selected`. */
      selectedRepositories?: string[];
    }
  | { kind: 'dependabot-repository'; owner: string; repo: string }
  | {
      kind: 'dependabot-organization';
      org: string;
      visibility: OrgVisibility;
      /** Repository names (without owner), used for new secrets when visibility is `selected`. */
      selectedRepositories?: string[];
    };

/** A human label for a target, used in reports and error messages (never holds a value). */
export function targetLabel(t: TargetRef): string {
  switch (t.kind) {
    case 'repository':
      return `${t.owner}/${t.repo}`;
    case 'environment':
      return `${t.owner}/${t.repo} (environment ${t.environment})`;
    case 'organization':
      return `org ${t.org}`;
    case 'dependabot-repository':
      return `${t.owner}/${t.repo} (dependabot)`;
    case 'dependabot-organization':
      return `org ${t.org} (dependabot)`;
  }
}

/** A secret as GitHub lists it: its name and when it last changed (values are never readable). */
export interface ExistingSecret {
  name: string;
  updatedAt?: string;
}

/**
 * What this action last wrote to one target: secret name → fingerprint (hex SHA-256 of the AWS
 * ARN, version id, JSON path and name transformation, never derived from the value).
 */
export interface Manifest {
  v: 1;
  secrets: Record<string, string>;
}

/** The operations the sync needs on GitHub, one target at a time. */
export interface GitHubTargets {
  /** Every secret in the target (all pages). */
  listSecrets(t: TargetRef): Promise<ExistingSecret[]>;
  /**
   * Seals `value` with the target's own public key (fetched once per target per run) and writes
   * it. Organization targets keep an existing secret's visibility and selected repositories and
   * use the target's settings for a new one.
   */
  putSecret(t: TargetRef, name: string, value: string): Promise<'created' | 'updated'>;
  /** Deletes one secret from the target. */
  deleteSecret(t: TargetRef, name: string): Promise<void>;
  /** The manifest stored in the target's variable, or undefined when there is none (or it is unreadable). */
  readManifest(t: TargetRef): Promise<Manifest | undefined>;
  /** Stores the manifest in the target's variable, creating or updating it. */
  writeManifest(t: TargetRef, m: Manifest): Promise<void>;
  /** Creates the environment when it is missing. */
  ensureEnvironment(
    owner: string,
    repo: string,
    environment: string,
  ): Promise<'created' | 'exists'>;
  /** API calls made so far, per `"METHOD /route/{template}"`, for the bench. */
  calls(): Record<string, number>;
}

/**
 * A GitHub API call that failed. The message is one line naming the target, the operation and
 * the fix (usually a token permission); it never contains a response body.
 */
export class GitHubApiError extends CliError {
  override readonly name = 'GitHubApiError';
  readonly exitCode = ExitCode.error;

  constructor(
    message: string,
    /** HTTP status, or 0 when no response arrived (connection reset, timeout). */
    readonly status: number,
    /** The target's label (`targetLabel`), or `owner/repo` for repository-level operations. */
    readonly target: string,
    /** What was attempted: `put secret FOO`, `list secrets`, `read public key`, … */
    readonly operation: string,
  ) {
    super(message);
  }
}
