import type { OrgVisibility, TargetRef } from '../github/types.js';
import { parseSecretIds } from '../selection.js';
import type { NameTransformation } from '../types.js';
import { parseRepository } from './config.js';
import { SyncConfigError } from './errors.js';
import type { SyncSpec } from './types.js';

/** The simple inputs of the sync Action, already split into lines and parsed as booleans. */
export interface SyncInputs {
  /** The `secret-ids` input, same syntax as the env Action (aliases, `,id`, `prefix*`). */
  readonly secretIds: string;
  readonly parseJson: boolean;
  readonly jsonKeys?: readonly string[];
  readonly nameTransformation: NameTransformation;
  readonly stripPrefix?: string;
  /** `owner/name` per entry; empty means `currentRepository` (unless only `org` is targeted). */
  readonly repositories: readonly string[];
  /** `GITHUB_REPOSITORY`, the default target. */
  readonly currentRepository?: string;
  /** Environment names: environment secrets in every target repository. */
  readonly environments: readonly string[];
  readonly createEnvironments: boolean;
  readonly org?: string;
  readonly orgVisibility: OrgVisibility;
  /** Repository names (without owner) for `org-visibility: selected`. */
  readonly orgSelectedRepositories: readonly string[];
  /** Also write the Dependabot secrets of every target repository (and of the org). */
  readonly dependabot: boolean;
}

/**
 * The spec for the simple inputs: every selected secret, named exactly as the env Action names
 * it, goes to every target: repository secrets of each repository, each environment of each
 * repository, the org (and their Dependabot counterparts with `dependabot`). With `org` set and
 * neither `repositories` nor `environments`, only the org is written. Throws `SyncConfigError`
 * naming the input for anything unusable.
 */
export function fromInputs(inputs: SyncInputs): SyncSpec {
  const issues: string[] = [];
  const selectors = parseSecretIds(inputs.secretIds);
  if (selectors.length === 0) issues.push('secret-ids: no secret id given');
  const orgOnly =
    inputs.org !== undefined &&
    inputs.repositories.length === 0 &&
    inputs.environments.length === 0;
  const names =
    inputs.repositories.length > 0
      ? inputs.repositories
      : orgOnly
        ? []
        : [inputs.currentRepository ?? ''];
  const repos: { owner: string; repo: string }[] = [];
  for (const name of names) {
    const parsed = parseRepository(name);
    if (parsed) repos.push(parsed);
    else if (name === '') issues.push('repositories: none given and GITHUB_REPOSITORY is not set');
    else issues.push(`repositories: '${name}' is not owner/name`);
  }
  for (const environment of inputs.environments) {
    if (environment.trim() === '' || /[\r\n]/.test(environment)) {
      issues.push(`environments: '${environment}' is not an environment name`);
    }
  }
  if (inputs.orgSelectedRepositories.length > 0 && inputs.orgVisibility !== 'selected') {
    issues.push('org-selected-repositories: needs org-visibility: selected');
  }
  if (inputs.orgVisibility === 'selected' && inputs.org === undefined) {
    issues.push('org-visibility: selected needs org');
  }
  if (issues.length > 0) throw new SyncConfigError('the sync inputs are not usable:', issues);

  const targets: TargetRef[] = [];
  for (const repo of repos) {
    targets.push({ kind: 'repository', ...repo });
    for (const environment of inputs.environments)
      targets.push({ kind: 'environment', ...repo, environment });
    if (inputs.dependabot) targets.push({ kind: 'dependabot-repository', ...repo });
  }
  if (inputs.org !== undefined) {
    const access = {
      org: inputs.org,
      visibility: inputs.orgVisibility,
      ...(inputs.orgVisibility === 'selected'
        ? { selectedRepositories: [...inputs.orgSelectedRepositories] }
        : {}),
    };
    targets.push({ kind: 'organization', ...access });
    if (inputs.dependabot) targets.push({ kind: 'dependabot-organization', ...access });
  }
  return {
    selectors,
    mappings: [
      {
        where: 'secret-ids',
        selectors: selectors.map((s) => s.id),
        parseJson: inputs.parseJson,
        ...(inputs.jsonKeys && inputs.jsonKeys.length > 0 ? { jsonKeys: inputs.jsonKeys } : {}),
        targets,
      },
    ],
    targets,
    createEnvironments: inputs.createEnvironments,
    nameTransformation: inputs.nameTransformation,
    ...(inputs.stripPrefix ? { stripPrefix: inputs.stripPrefix } : {}),
  };
}
