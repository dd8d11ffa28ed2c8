/** One AWS secret to write: a single `.env` key, or a group of keys as one JSON object. */
export interface MigrationItem {
  readonly secretName: string;
  readonly kind: 'single' | 'group';
  /** The `.env` keys it holds, in file order. */
  readonly keys: readonly string[];
  /** A single key's value, or every grouped key's value by key. */
  readonly value: string | Readonly<Record<string, string>>;
}

/** What is set on every secret created (tags also on every update). */
export interface MigrationSettings {
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  readonly kmsKeyId?: string;
  readonly description?: string;
}

/** The value AWS holds for a name now, as far as planning needs it. */
export type CurrentValue =
  | { readonly state: 'missing' }
  | { readonly state: 'string'; readonly text: string }
  | { readonly state: 'binary' }
  | { readonly state: 'error'; readonly message: string };

/** What the plan does with one item. `fail` items are reported and never written. */
export interface PlanEntry {
  readonly item: MigrationItem;
  readonly action: 'create' | 'update' | 'unchanged' | 'fail';
  /** The SecretString to write (create, update); never printed. */
  readonly secretString?: string;
  /** Why a `fail` item cannot be planned, or a remark on an update (names only). */
  readonly reason?: string;
}

/** What happened to one planned write. */
export interface WriteOutcome {
  readonly entry: PlanEntry;
  readonly status: 'created' | 'updated' | 'failed';
  /** For a failure: one line built from the AWS error code, never from SDK text. */
  readonly message?: string;
}
