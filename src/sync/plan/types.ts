/**
 * The data of the write side of sync: what the user asked for (a spec), what each target should
 * hold (desired secrets), what it holds (state), what to do (plan) and what happened (outcomes).
 * Values live only in `DesiredSecret.value()` and `PlanItem.value()`: functions, so that
 * `JSON.stringify` or a snapshot of any of these objects can never contain one.
 */
import type { ExistingSecret, Manifest, TargetRef } from '../github/types.js';
import type { NameTransformation, SecretSelector } from '../types.js';

/** One group of AWS secrets and how they become GitHub secrets in some targets. */
export interface SecretMapping {
  /** Where it was written, for messages: `config line 12` or `secret-ids`. */
  readonly where: string;
  /** Selector ids as written (`prod/db`, `prod/app/*`), matched against `FetchedSecret.selector`. */
  readonly selectors: readonly string[];
  /** The GitHub name (config `name`); overrides the selector's alias. For `json: true`, the prefix. */
  readonly name?: string;
  /** One JSON leaf (dotted path) of the secret becomes the secret `name` (config `key`). */
  readonly key?: string;
  /** Flatten JSON objects into `NAME_KEY_SUBKEY` secrets, as `parse-json-secrets` does. */
  readonly parseJson: boolean;
  /** Only these JSON keys (dotted paths) when flattening; empty or undefined: every key. */
  readonly jsonKeys?: readonly string[];
  /** Where the secrets go. */
  readonly targets: readonly TargetRef[];
}

/** Everything a run needs to know before it reads AWS or GitHub: from inputs or a config file. */
export interface SyncSpec {
  /** What to fetch from AWS (pass to `fetchSecrets`); aliases already applied to the mappings. */
  readonly selectors: readonly SecretSelector[];
  readonly mappings: readonly SecretMapping[];
  /** Every target, including those no secret maps to (so `prune` can empty them). */
  readonly targets: readonly TargetRef[];
  /** Create missing environments before writing (never in a dry run). */
  readonly createEnvironments: boolean;
  readonly nameTransformation: NameTransformation;
  readonly stripPrefix?: string;
}

/** Where a GitHub secret's value comes from in AWS (never the value). */
export interface SecretSource {
  /** The secret id as requested (name, ARN, or the name a prefix matched). */
  readonly secretId: string;
  readonly arn: string;
  readonly versionId: string;
  /** Dotted JSON path when the value is one leaf of a JSON secret. */
  readonly jsonPath?: string;
}

/** One GitHub secret one target should hold after the run. */
export interface DesiredSecret {
  readonly target: TargetRef;
  /** The GitHub name, upper-case (GitHub stores names upper-case). */
  readonly name: string;
  readonly source: SecretSource;
  /** `fingerprintOf(source, nameTransformation)`: identifies the value without deriving from it. */
  readonly fingerprint: string;
  /** The plaintext to write; a function so that serialising this object never leaks it. */
  readonly value: () => string;
}

/** What one target holds now, or why it could not be read. */
export interface TargetState {
  readonly target: TargetRef;
  /** Secrets GitHub lists (names upper-case); empty when the read failed. */
  readonly existing: readonly ExistingSecret[];
  readonly manifest?: Manifest;
  /** Set when the target could not be read: every item of the target fails with this reason. */
  readonly error?: string;
  /** True when the environment does not exist yet (dry run with `create-environments`). */
  readonly missingEnvironment?: boolean;
}

/** What the plan does with one secret name in one target. */
export type PlanAction = 'create' | 'update' | 'unchanged' | 'delete';

/** One line of the plan. */
export interface PlanItem {
  readonly target: TargetRef;
  readonly name: string;
  readonly action: PlanAction;
  /** Why this action (`new secret`, `AWS version changed`, `not managed yet`, `vanished from source`). */
  readonly reason: string;
  /** Absent for deletes. */
  readonly source?: SecretSource;
  readonly fingerprint?: string;
  /** The plaintext for create/update; absent for unchanged and delete. */
  readonly value?: () => string;
}

/** The plan for one target: its items and the manifest it starts from. */
export interface TargetPlan {
  readonly target: TargetRef;
  readonly items: readonly PlanItem[];
  /** The manifest read from the target (undefined: none yet). */
  readonly manifest?: Manifest;
  /** The target could not be read: nothing is written there and every item fails with this. */
  readonly error?: string;
}

/** Create / update / unchanged / delete per target, in target order. */
export interface Plan {
  readonly targets: readonly TargetPlan[];
}

/** What happened to one item: the API's answer, `planned` in a dry run, or `failed`. */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'deleted' | 'failed' | 'planned';

/** The result of one plan item; `reason` is a one-line message and never holds a value. */
export interface ItemOutcome {
  readonly target: TargetRef;
  readonly name: string;
  readonly action: PlanAction;
  readonly outcome: Outcome;
  readonly source?: SecretSource;
  readonly reason: string;
}

/** Counts for the Action's outputs. */
export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
  planned: number;
}

/** Everything `applyPlan` did. */
export interface ApplyResult {
  readonly dryRun: boolean;
  readonly items: readonly ItemOutcome[];
  /** Manifests that could not be written (label + reason); the next run rewrites those secrets. */
  readonly manifestFailures: readonly { readonly target: TargetRef; readonly reason: string }[];
  readonly counts: OutcomeCounts;
}
