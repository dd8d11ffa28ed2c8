/** The rotation facts of one secret, as ListSecrets (or DescribeSecret) gives them. No value. */
export interface SecretRotationFacts {
  readonly name: string;
  readonly createdDate?: Date;
  readonly lastChangedDate?: Date;
  readonly lastRotatedDate?: Date;
  readonly nextRotationDate?: Date;
  /** Set when the secret is scheduled for deletion. */
  readonly deletedDate?: Date;
  readonly rotationEnabled: boolean;
  /** `RotationRules.AutomaticallyAfterDays`, when the schedule is given in days. */
  readonly rotationDays?: number;
  readonly tags: Readonly<Record<string, string>>;
}

/** A secret's standing against the policy, most severe first. */
export type RotationStatus =
  | 'rotation-failing'
  | 'overdue'
  | 'due-soon'
  | 'unmanaged'
  | 'ok'
  | 'ignored'
  | 'scheduled-for-deletion';

/** Every status in severity order (most severe first): table order and report keys. */
export const rotationStatuses: readonly RotationStatus[] = [
  'rotation-failing',
  'overdue',
  'due-soon',
  'unmanaged',
  'ok',
  'ignored',
  'scheduled-for-deletion',
];

/** The date an age is counted from, in order of preference. */
export type AgeSource = 'LastRotatedDate' | 'LastChangedDate' | 'CreatedDate';

/** One secret checked against the policy. Dates are ISO 8601 text; no value, no tags. */
export interface RotationFinding {
  readonly name: string;
  readonly status: RotationStatus;
  /** True when this finding fails the run under fail-on-overdue. */
  readonly failing: boolean;
  /** The rule that matched (first match wins). */
  readonly rule?: { readonly index: number; readonly label: string; readonly maxAgeDays: number };
  /** Which date the age is counted from, and that date. */
  readonly ageFrom?: AgeSource;
  readonly ageFromDate?: string;
  /** Whole days since `ageFromDate`. */
  readonly ageDays?: number;
  /** `ageFromDate` plus the rule's max-age. */
  readonly dueDate?: string;
  /** Whole days until `dueDate`; negative once overdue. */
  readonly daysLeft?: number;
  readonly rotationEnabled: boolean;
  readonly rotationDays?: number;
  readonly nextRotationDate?: string;
  /** Why the status is what it is, when the columns do not say it. */
  readonly note?: string;
}

/** Every secret's finding, sorted by severity then name, with counts per status. */
export interface RotationReport {
  /** The time the ages are computed at (`--now`, else the clock). */
  readonly now: string;
  readonly warnDays: number;
  readonly findings: readonly RotationFinding[];
  readonly counts: Readonly<Record<RotationStatus, number>>;
  /** True when some finding fails the run under fail-on-overdue. */
  readonly failing: boolean;
}
