/**
 * The data that flows through the read side of sync: what the user asked for (selectors), what
 * AWS returned (fetched secrets) and what the job receives (variables). Pure types, no I/O.
 */

/** One line of `secret-ids`: an exact secret (name or ARN) or a name prefix (`prod/app/*`). */
export type SecretSelector =
  | {
      readonly kind: 'id';
      /** The name or ARN as written, without alias or comment. */
      readonly id: string;
      /** `ALIAS,id` gives the alias; `,id` gives `''` (a blank alias); no comma leaves it undefined. */
      readonly alias?: string;
      /** 1-based line in the `secret-ids` input, for messages. */
      readonly line: number;
    }
  | {
      readonly kind: 'prefix';
      /** The selector as written (`prod/app/*`), used in messages. */
      readonly id: string;
      /** The name prefix sent to ListSecrets (`prod/app/`). */
      readonly prefix: string;
      readonly alias?: string;
      readonly line: number;
    };

/** A secret value as AWS stores it: text, or bytes that must never be decoded as text. */
export type SecretValue =
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'binary'; readonly bytes: Uint8Array };

/** One secret read from Secrets Manager. */
export interface FetchedSecret {
  /** The id the value was requested with: the name or ARN as written, or the name a prefix matched. */
  readonly id: string;
  /** The `secret-ids` entry that selected it (equal to `id` unless it came from a prefix). */
  readonly selector: string;
  /** The secret's name in AWS (from the response). */
  readonly name: string;
  readonly arn: string;
  readonly versionId: string;
  /** Copied from the selector: undefined (none), '' (blank alias `,id`) or a variable name. */
  readonly alias?: string;
  readonly value: SecretValue;
}

/** How to read: version pinning, parallelism, retries, and what to do with missing secrets. */
export interface FetchOptions {
  /** A staging label (`AWSPREVIOUS`, a custom label); forces GetSecretValue per secret. */
  readonly versionStage?: string;
  /** A version id; forces GetSecretValue per secret. */
  readonly versionId?: string;
  /** AWS calls in flight at once (default 8). */
  readonly concurrency?: number;
  /** When true, unknown ids and empty prefixes are reported in `missing` instead of failing. */
  readonly ignoreMissing?: boolean;
  /** Retries of throttled or timed-out calls (default 5 attempts, 200 ms base, exponential, jittered). */
  readonly retry?: { readonly attempts?: number; readonly baseDelayMs?: number };
}

/** What `fetchSecrets` returns: the secrets, the selectors that matched nothing, and AWS calls made. */
export interface FetchResult {
  readonly secrets: FetchedSecret[];
  /** Ids or prefixes (as written) that matched nothing; only filled when `ignoreMissing` is true. */
  readonly missing: string[];
  /** AWS calls made per operation (`ListSecrets`, `BatchGetSecretValue`, `GetSecretValue`), retries included. */
  readonly calls: Record<string, number>;
}

/** How variable names are derived; the defaults match aws-actions/aws-secretsmanager-get-secrets. */
export interface NamingOptions {
  /** Flatten JSON-object secrets into `NAME_KEY_SUBKEY` variables (`parse-json-secrets`). */
  readonly parseJson: boolean;
  /**
   * Only these JSON keys (dotted paths such as `api_key` or `database.password`; a path selects
   * everything below it) become variables. Undefined or empty: every key.
   */
  readonly jsonKeys?: readonly string[];
  /** `uppercase` (default of the AWS action), `lowercase`, or `none` (case kept). */
  readonly nameTransformation: NameTransformation;
  /** Removed from the start of a secret's name before it becomes a variable name (`/APP/DEV/`). */
  readonly stripPrefix?: string;
}

/** The `name-transformation` input's values. */
export type NameTransformation = 'uppercase' | 'lowercase' | 'none';

/** One environment variable (and step output) to set. */
export interface Variable {
  readonly name: string;
  /** The text to export: the secret, a JSON leaf, or base64 of a binary secret. */
  readonly value: string;
  /** The secret id it comes from (as requested), for messages. */
  readonly sourceId: string;
  /** The JSON key path (dotted) when it comes from a flattened JSON secret. */
  readonly jsonPath?: string;
  /** True when `value` is the base64 of a binary secret. */
  readonly binary?: boolean;
  /**
   * Every string to register as a mask for this variable: whole value, each line, each JSON leaf
   * (see `maskableParts`). Filled by `toVariables` so the caller cannot forget the leaves.
   */
  readonly maskParts: readonly string[];
}
