import * as core from '@actions/core';
import type { NameTransformation } from '../../sync/index.js';
import type { OrgVisibility } from '../../sync/github/types.js';
import type { SyncInputs } from '../../sync/plan/index.js';
import { InputError, booleanInput, lines, optional } from '../inputs.js';

/** Every input of sync/action.yml, validated and with its documented default applied. */
export interface ActionSyncInputs {
  /** The simple inputs as the sync core takes them; unused when `config` is set. */
  spec: SyncInputs;
  /** Path of the YAML fan-out file; when set, secret-ids and the target inputs are not used. */
  config?: string;
  region?: string;
  endpoint?: string;
  githubToken: string;
  githubApiUrl: string;
  dryRun: boolean;
  prune: boolean;
  reportFile?: string;
}

const transformations: readonly NameTransformation[] = ['uppercase', 'lowercase', 'none'];
const visibilities: readonly OrgVisibility[] = ['all', 'private', 'selected'];

/** An http(s) URL input, without trailing slashes. */
function urlInput(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(value))
    throw new InputError(`Input '${name}' must be an http(s) URL, got '${value}'.`);
  return value.replace(/\/+$/, '');
}

/** One of a fixed set of words, or the fallback when empty. */
function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = (optional(name) ?? fallback) as T;
  if (!allowed.includes(value))
    throw new InputError(`Input '${name}' must be ${allowed.join(', ')}, got '${value}'.`);
  return value;
}

/** The simple inputs (secret-ids and targets), as `fromInputs` in the sync core takes them. */
function specInputs(env: NodeJS.ProcessEnv, required: boolean): SyncInputs {
  const secretIds = core.getInput('secret-ids');
  if (required && secretIds === '')
    throw new InputError(
      "Nothing to sync: set 'secret-ids' (one secret name, ARN or prefix a line) or 'config' (a YAML fan-out file).",
    );
  const parseJson = booleanInput('parse-json-secrets', false);
  const jsonKeys = lines('json-keys');
  if (jsonKeys.length > 0 && !parseJson)
    throw new InputError(
      "Input 'json-keys' picks keys of parsed JSON: set parse-json-secrets: true.",
    );
  const org = optional('org');
  return {
    secretIds,
    parseJson,
    jsonKeys,
    nameTransformation: choice('name-transformation', transformations, 'uppercase'),
    stripPrefix: core.getInput('strip-prefix'),
    repositories: lines('repositories'),
    ...(env.GITHUB_REPOSITORY ? { currentRepository: env.GITHUB_REPOSITORY } : {}),
    environments: lines('environments'),
    createEnvironments: booleanInput('create-environments', false),
    ...(org !== undefined ? { org } : {}),
    orgVisibility: choice('org-visibility', visibilities, 'private'),
    // `owner/name` is accepted too: the API wants names within the org.
    orgSelectedRepositories: lines('org-selected-repositories').map(
      (line) => line.split('/').pop() ?? line,
    ),
    dependabot: booleanInput('dependabot', false),
  };
}

/** Reads and validates every input; throws {@link InputError} naming the first bad one. */
export function readSyncInputs(env: NodeJS.ProcessEnv = process.env): ActionSyncInputs {
  // Registered first: nothing printed after this can show the token, whatever goes wrong.
  const githubToken = core.getInput('github-token');
  if (githubToken === '')
    throw new InputError(
      "Input 'github-token' is empty: pass a fine-grained token or GitHub App token with the secrets permissions (GITHUB_TOKEN cannot write secrets).",
    );
  core.setSecret(githubToken);
  const config = optional('config');
  return {
    spec: specInputs(env, config === undefined),
    ...(config !== undefined ? { config } : {}),
    region: optional('region'),
    endpoint: urlInput('endpoint', optional('endpoint')),
    githubToken,
    githubApiUrl:
      urlInput('github-api-url', optional('github-api-url') ?? env.GITHUB_API_URL) ??
      'https://api.github.com',
    dryRun: booleanInput('dry-run', false),
    prune: booleanInput('prune', false),
    reportFile: optional('report-file'),
  };
}
