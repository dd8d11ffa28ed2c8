import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CliError, ExitCode } from '../shared/errors.js';
import type { NameTransformation } from '../sync/index.js';

/** An Action input that cannot be used as given; the message names the input and the fix. */
export class InputError extends CliError {
  override readonly name = 'InputError';
  readonly exitCode = ExitCode.error;
}

/** Every input of action.yml, validated and with its documented default applied. */
export interface ActionInputs {
  /** The raw `secret-ids` text; parsed by the sync core, which names the bad line. */
  secretIds: string;
  parseJsonSecrets: boolean;
  /** Dotted JSON key paths to keep (`database.password`); empty keeps every key. */
  jsonKeys: string[];
  nameTransformation: NameTransformation;
  stripPrefix: string;
  versionStage?: string;
  versionId?: string;
  region?: string;
  endpoint?: string;
  exportEnv: boolean;
  exportOutputs: boolean;
  ignoreMissing: boolean;
  cleanup: boolean;
  concurrency: number;
  /** Node's dual-stack connect timeout in ms, accepted for compatibility with the AWS action. */
  autoSelectFamilyAttemptTimeout: number;
}

const transformations: readonly NameTransformation[] = ['uppercase', 'lowercase', 'none'];

/** A trimmed input, or undefined when it is empty. */
export function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/** The non-empty lines of a multi-line input, `# comments` removed. */
export function lines(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}

/**
 * A strict boolean: the YAML 1.2 core spellings only. `yes` or `1` is an error rather than a
 * silent `false`, because a typo in `export-env` or `cleanup` should not change behaviour.
 */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false, got '${value}'.`);
}

/** A whole number within bounds, or the fallback when empty. */
function integerInput(name: string, fallback: number, min: number, max: number): number {
  const value = core.getInput(name);
  if (value === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new InputError(
      `Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`,
    );
  return number;
}

/** Reads and validates every input; throws {@link InputError} naming the first bad one. */
export function readInputs(): ActionInputs {
  const secretIds = core.getInput('secret-ids');
  if (secretIds === '')
    throw new InputError(
      "Input 'secret-ids' is empty: list at least one secret name, ARN or prefix (one a line).",
    );
  const nameTransformation = (optional('name-transformation') ?? 'uppercase') as NameTransformation;
  if (!transformations.includes(nameTransformation))
    throw new InputError(
      `Input 'name-transformation' must be uppercase, lowercase or none, got '${nameTransformation}'.`,
    );
  const versionStage = optional('version-stage');
  const versionId = optional('version-id');
  if (versionStage !== undefined && versionId !== undefined)
    throw new InputError("Set either 'version-stage' or 'version-id', not both.");
  const endpoint = optional('endpoint');
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint))
    throw new InputError(`Input 'endpoint' must be an http(s) URL, got '${endpoint}'.`);
  const exportEnv = booleanInput('export-env', true);
  const exportOutputs = booleanInput('export-outputs', false);
  if (!exportEnv && !exportOutputs)
    throw new InputError(
      "Both 'export-env' and 'export-outputs' are false: the secrets would be read and then dropped. Enable one of them.",
    );
  const parseJsonSecrets = booleanInput('parse-json-secrets', false);
  const jsonKeys = core.getMultilineInput('json-keys').filter((line) => line !== '');
  if (jsonKeys.length > 0 && !parseJsonSecrets)
    throw new InputError(
      "Input 'json-keys' picks keys of parsed JSON: set parse-json-secrets: true.",
    );
  return {
    secretIds,
    parseJsonSecrets,
    jsonKeys,
    nameTransformation,
    stripPrefix: core.getInput('strip-prefix'),
    versionStage,
    versionId,
    region: optional('region'),
    endpoint,
    exportEnv,
    exportOutputs,
    ignoreMissing: booleanInput('ignore-missing', false),
    cleanup: booleanInput('cleanup', true),
    concurrency: integerInput('concurrency', 8, 1, 64),
    autoSelectFamilyAttemptTimeout: integerInput(
      'auto-select-family-attempt-timeout',
      1000,
      10,
      60_000,
    ),
  };
}

/**
 * The region: the input, else what configure-aws-credentials exports. Without any, the SDK would
 * fail on the first call with an error that names no fix, unless a profile could supply one.
 */
export function regionFor(input: string | undefined, env = process.env): string | undefined {
  const region = input || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  const profile =
    env.AWS_PROFILE || env.AWS_CONFIG_FILE || existsSync(join(homedir(), '.aws', 'config'));
  if (region === undefined && !profile)
    throw new InputError(
      "No AWS region: set the 'region' input, or run aws-actions/configure-aws-credentials (it sets AWS_REGION) before this step.",
    );
  return region;
}
