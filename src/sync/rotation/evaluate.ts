import { Minimatch } from 'minimatch';
import { dayMs } from './duration.js';
import type { RotationPolicy, RotationRule } from './policy.js';
import {
  rotationStatuses,
  type AgeSource,
  type RotationFinding,
  type RotationReport,
  type RotationStatus,
  type SecretRotationFacts,
} from './types.js';

/** When to evaluate, and an optional override of the policy's warning window. */
export interface EvaluateOptions {
  readonly now: Date;
  readonly warnDays?: number;
}

// Secret names are case-sensitive in AWS; dots are ordinary characters in them.
const globOptions = { dot: true, nocomment: true } as const;

/** A compiled rule: does it cover this secret? */
function ruleMatcher(rule: RotationRule): (facts: SecretRotationFacts) => boolean {
  const globs = rule.match.map((glob) => new Minimatch(glob, globOptions));
  const tags = Object.entries(rule.tags);
  return (facts) =>
    (globs.length === 0 || globs.some((glob) => glob.match(facts.name))) &&
    tags.every(([key, value]) => (value === '*' ? key in facts.tags : facts.tags[key] === value));
}

/** The date the age counts from: the last rotation, else the last change, else creation. */
function ageReference(facts: SecretRotationFacts): [AgeSource, Date] | undefined {
  if (facts.lastRotatedDate) return ['LastRotatedDate', facts.lastRotatedDate];
  if (facts.lastChangedDate) return ['LastChangedDate', facts.lastChangedDate];
  if (facts.createdDate) return ['CreatedDate', facts.createdDate];
  return undefined;
}

/**
 * Checks every secret against the policy at `options.now`: ignored and scheduled-for-deletion
 * secrets are listed but never fail; the first matching rule gives the maximum age; rotation
 * that is enabled but whose NextRotationDate has passed is `rotation-failing`, whatever the age.
 * Pure: the same facts, policy and time give the same report.
 */
export function evaluateRotation(
  secrets: readonly SecretRotationFacts[],
  policy: RotationPolicy,
  options: EvaluateOptions,
): RotationReport {
  const now = options.now.getTime();
  const warnDays = options.warnDays ?? policy.warnDays;
  const ignore = policy.ignore.map((glob) => new Minimatch(glob, globOptions));
  const rules = policy.rules.map((rule) => ({ rule, matches: ruleMatcher(rule) }));
  const findings: RotationFinding[] = [];

  for (const facts of secrets) {
    const base = {
      name: facts.name,
      rotationEnabled: facts.rotationEnabled,
      ...(facts.rotationDays !== undefined ? { rotationDays: facts.rotationDays } : {}),
      ...(facts.nextRotationDate ? { nextRotationDate: facts.nextRotationDate.toISOString() } : {}),
    };
    if (facts.deletedDate) {
      findings.push({ ...base, status: 'scheduled-for-deletion', failing: false });
      continue;
    }
    if (ignore.some((glob) => glob.match(facts.name))) {
      findings.push({ ...base, status: 'ignored', failing: false, note: 'ignored by the policy' });
      continue;
    }
    const rule = rules.find((candidate) => candidate.matches(facts))?.rule;
    if (!rule) {
      if (policy.unmatched === 'ignore') continue;
      findings.push({
        ...base,
        status: 'unmanaged',
        failing: policy.unmatched === 'fail',
        note: 'no rule matches this secret',
      });
      continue;
    }
    findings.push({ ...base, ...judge(facts, rule, now, warnDays) });
  }

  const severity = (status: RotationStatus) => rotationStatuses.indexOf(status);
  findings.sort(
    (a, b) =>
      severity(a.status) - severity(b.status) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const counts = Object.fromEntries(rotationStatuses.map((status) => [status, 0])) as Record<
    RotationStatus,
    number
  >;
  for (const finding of findings) counts[finding.status]++;
  return {
    now: options.now.toISOString(),
    warnDays,
    findings,
    counts,
    failing: findings.some((finding) => finding.failing),
  };
}

/** Status, age and due date of a secret a rule covers. */
function judge(
  facts: SecretRotationFacts,
  rule: RotationRule,
  now: number,
  warnDays: number,
): Omit<RotationFinding, 'name' | 'rotationEnabled'> {
  const ruleRef = { index: rule.index, label: rule.label, maxAgeDays: rule.maxAgeDays };
  const reference = ageReference(facts);
  if (!reference)
    return {
      status: 'overdue',
      failing: true,
      rule: ruleRef,
      note: 'no LastRotatedDate, LastChangedDate or CreatedDate to count the age from',
    };
  const [ageFrom, from] = reference;
  const due = from.getTime() + rule.maxAgeDays * dayMs;
  const dated = {
    rule: ruleRef,
    ageFrom,
    ageFromDate: from.toISOString(),
    ageDays: Math.max(0, Math.floor((now - from.getTime()) / dayMs)),
    dueDate: new Date(due).toISOString(),
    daysLeft: Math.floor((due - now) / dayMs),
  };
  const nextRotation = facts.nextRotationDate?.getTime();
  if (facts.rotationEnabled && nextRotation !== undefined && nextRotation < now)
    return {
      ...dated,
      status: 'rotation-failing',
      failing: true,
      note: `rotation is enabled but NextRotationDate ${new Date(nextRotation).toISOString().slice(0, 10)} has passed: check the rotation function's logs`,
    };
  const slowSchedule =
    facts.rotationEnabled &&
    facts.rotationDays !== undefined &&
    facts.rotationDays > rule.maxAgeDays
      ? `automatic rotation every ${facts.rotationDays} days is slower than max-age ${rule.maxAgeDays} days`
      : undefined;
  const withNote = slowSchedule ? { note: slowSchedule } : {};
  if (now > due) return { ...dated, status: 'overdue', failing: true, ...withNote };
  if (due - now <= warnDays * dayMs)
    return { ...dated, status: 'due-soon', failing: false, ...withNote };
  return { ...dated, status: 'ok', failing: false, ...withNote };
}
