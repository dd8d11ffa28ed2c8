/** One AWS secret to write: a single `.env` key, or a group of keys as one JSON object. */
export interface MigrationItem {
  readonly secretName: string;
  readonly kind: 'single' | 'group';
  /** The `.env` keys it holds, in file order. */
  readonly keys: readonly string[];
  /** A single key's value, or every grouped key's value by key. */
  readonly value: string | Readonly<Record<string, string>>;
}

/** A tag, spelled as the Secrets Manager API spells it. */
export interface SecretTag {
  readonly Key: string;
  readonly Value: string;
}

/** What every migrated secret carries besides its value: set on create, repaired on re-runs. */
export interface MigrationSettings {
  readonly tags: readonly SecretTag[];
  readonly kmsKeyId?: string;
  readonly description?: string;
}

/** The value AWS holds for a name now, as far as planning needs it. */
export type CurrentValue =
  | { readonly state: 'missing' }
  | { readonly state: 'string'; readonly text: string }
  | { readonly state: 'binary' }
  | { readonly state: 'error'; readonly code: string; readonly message: string };

/**
 * The tags, description and KMS key an existing secret has (`known`), or why they could not be
 * read (`unknown`: the secret is then compared by value only).
 */
export type CurrentSettings =
  | {
      readonly state: 'known';
      readonly tags: readonly SecretTag[];
      readonly description?: string;
      readonly kmsKeyId?: string;
    }
  | {
      readonly state: 'unknown';
      readonly operation: 'DescribeSecret';
      readonly code: string;
      readonly message: string;
    };

/** What an existing secret lacks of the wanted settings; names and key ids, never a value. */
export interface SettingsChange {
  /** Tags that are missing or hold another value (TagResource keeps every other tag). */
  readonly tags: readonly SecretTag[];
  /** The description to set, when it differs. */
  readonly description?: string;
  /** The KMS key to switch to, when it differs. */
  readonly kmsKeyId?: string;
  /** The key the secret uses now (undefined: aws/secretsmanager), shown next to a KMS change. */
  readonly currentKmsKeyId?: string;
}

/** The plan's verdict on one item. */
export type PlanAction = 'create' | 'update' | 'update-settings' | 'retag' | 'unchanged' | 'fail';

/** What the plan does with one item. `fail` items are reported and never written. */
export interface PlanEntry {
  readonly item: MigrationItem;
  /**
   * create (no such secret), update (another value), update-settings (same value, another
   * description or KMS key), retag (same value and settings, tags missing), unchanged, fail.
   */
  readonly action: PlanAction;
  /** The SecretString to write (create, update); never printed. */
  readonly secretString?: string;
  /** Why a `fail` item cannot be planned, or a remark on an update (names only). */
  readonly reason?: string;
  /** For a `fail` item: the AWS error code, or a code of ours (`NotAJsonObject`). */
  readonly code?: string;
  /** What else an update, update-settings or retag sets besides the value. */
  readonly changes?: SettingsChange;
  /** Set when the settings could not be read, so only the value was compared. */
  readonly settingsUnchecked?: { readonly operation: string; readonly code: string };
}

/** What happened to one planned write. */
export interface WriteOutcome {
  readonly entry: PlanEntry;
  readonly status: 'created' | 'updated' | 'settings-updated' | 'retagged' | 'failed';
  /** For a failure: the operation that failed and its AWS error code. */
  readonly operation?: string;
  readonly code?: string;
  /** For a failure: one line built from the AWS error code, never from SDK text. */
  readonly message?: string;
}
