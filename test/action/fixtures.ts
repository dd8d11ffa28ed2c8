/**
 * Shared set-up for the Action tests: a local Secrets Manager, a runner-style job pointed at it,
 * and planted values generated at test time (nothing secret-looking is committed).
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { Job, maskPrefixProblems, maskedValues, visibleOutput, type StepResult } from './runner.js';

/** A value no log line could contain by chance. */
export function planted(label: string): string {
  return `${label}-${randomBytes(12).toString('base64url')}`;
}

/** A job whose steps reach `server` the way a workflow would (endpoint variable, region, keys). */
export function jobFor(server: SecretsManagerServer): Promise<Job> {
  return Job.create({
    ...server.env(),
    // Keep the SDK away from the developer's own AWS configuration.
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
  });
}

/** Starts a server for one test file. */
export function startServer(): Promise<SecretsManagerServer> {
  return startSecretsManagerServer({ listPageSize: 100 });
}

/** The strings a value must never show as: the whole value and each non-empty trimmed line. */
function revealingForms(value: string): string[] {
  return [value, ...value.split(/\r?\n/).map((line) => line.trim())].filter(
    (form) => form.length >= 4,
  );
}

/**
 * The masking contract for one step: every planted value (and each of its lines) was registered
 * before any other output line, and none of them appears in what the runner would show (the log
 * without its mask commands, and the job summary).
 */
export function expectMaskedFirst(step: StepResult, values: readonly string[]): void {
  expect(maskPrefixProblems(step.output)).toEqual([]);
  const masks = new Set(maskedValues(step.output));
  for (const value of values)
    for (const form of revealingForms(value)) expect(masks.has(form), 'mask registered').toBe(true);
  expectNotShown(step, values);
}

/** None of the values (nor any of their lines) appears in the visible log or the summary. */
export function expectNotShown(step: StepResult, values: readonly string[]): void {
  const visible = visibleOutput(step.output);
  for (const value of values)
    for (const form of revealingForms(value)) {
      expect(visible.includes(form), 'value in the log').toBe(false);
      expect(step.summary.includes(form), 'value in the summary').toBe(false);
    }
}
