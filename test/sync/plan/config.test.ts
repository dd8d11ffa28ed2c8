import { describe, expect, it } from 'vitest';
import { fromInputs, parseSyncConfig, SyncConfigError } from '../../../src/sync/plan/index.js';

const good = `
name-transformation: uppercase
create-environments: true
targets:
  api: { repository: acme/api }
  envs:
    repository: acme/api
    environments: [staging, production]
  bot: { repository: acme/api, dependabot: true }
  org: { org: acme, visibility: selected, selected-repositories: [api, web] }
secrets:
  - aws: prod/db
    key: password
    name: DB_PASSWORD
    to: [api, envs]
  - { aws: prod/app-config, json: true, json-keys: [sentry], to: org }
  - { aws: 'prod/shared/*', to: [org, bot] }
`;

function issuesOf(text: string): string[] {
  try {
    parseSyncConfig(text, 'sync.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(SyncConfigError);
    return [...(error as SyncConfigError).issues];
  }
  throw new Error('expected a SyncConfigError');
}

describe('parseSyncConfig', () => {
  it('reads targets, mappings and selectors', () => {
    const spec = parseSyncConfig(good, 'sync.yml');
    expect(spec.createEnvironments).toBe(true);
    expect(spec.selectors.map((s) => s.id)).toEqual([
      'prod/db',
      'prod/app-config',
      'prod/shared/*',
    ]);
    expect(spec.targets).toEqual([
      { kind: 'repository', owner: 'acme', repo: 'api' },
      { kind: 'environment', owner: 'acme', repo: 'api', environment: 'staging' },
      { kind: 'environment', owner: 'acme', repo: 'api', environment: 'production' },
      { kind: 'dependabot-repository', owner: 'acme', repo: 'api' },
      {
        kind: 'organization',
        org: 'acme',
        visibility: 'selected',
        selectedRepositories: ['api', 'web'],
      },
    ]);
    expect(spec.mappings[0]).toMatchObject({
      where: 'sync.yml line 12',
      selectors: ['prod/db'],
      key: 'password',
      name: 'DB_PASSWORD',
    });
    expect(spec.mappings[0]?.targets).toHaveLength(3);
    expect(spec.mappings[1]).toMatchObject({ parseJson: true, jsonKeys: ['sentry'] });
  });

  it('reports every problem at once, each with its line', () => {
    const issues = issuesOf(`
targets:
  api: { repository: not-a-repo }
  org: { org: acme, visibility: secret, selected-repositories: [a] }
  both: { repository: a/b, org: acme }
secrets:
  - { aws: prod/db, to: [nope] }
  - { aws: 'x*', to: api }
  - { aws: 'prod/*', name: X, to: org }
  - { aws: prod/db, key: a, json: true, to: org }
  - { aws: prod/db, to: org, colour: blue }
  - { name: X, to: org }
`);
    expect(issues).toEqual([
      "sync.yml line 3: 'not-a-repo' is not owner/name",
      'sync.yml line 4: visibility must be all, private or selected',
      'sync.yml line 4: selected-repositories needs visibility: selected',
      "sync.yml line 5: target 'both' needs exactly one of repository or org",
      "sync.yml line 7: no target labelled 'nope' under targets",
      expect.stringMatching(/^sync.yml line 8: 'x\*' is not a valid prefix/),
      'sync.yml line 9: a prefix selects many secrets: name and key cannot be used with it',
      'sync.yml line 10: key picks one JSON leaf; json and json-keys flatten: use one or the other',
      expect.stringMatching(/^sync.yml line 11: unknown key 'colour'/),
      'sync.yml line 12: aws (the secret name, ARN or prefix*) is required',
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    expect(issuesOf('targets:\n  a: [\n')[0]).toMatch(/^sync.yml line \d+: /);
  });

  it('rejects non-boolean flags instead of guessing', () => {
    expect(
      issuesOf(good.replace('create-environments: true', 'create-environments: "yes"')),
    ).toEqual(['sync.yml line 3: create-environments must be true or false']);
  });
});

describe('fromInputs', () => {
  const base = {
    secretIds: 'prod/db\nAPP,prod/app',
    parseJson: false,
    nameTransformation: 'uppercase' as const,
    repositories: [],
    currentRepository: 'acme/api',
    environments: [],
    createEnvironments: false,
    orgVisibility: 'private' as const,
    orgSelectedRepositories: [],
    dependabot: false,
  };

  it('defaults to the current repository', () => {
    const spec = fromInputs(base);
    expect(spec.targets).toEqual([{ kind: 'repository', owner: 'acme', repo: 'api' }]);
    expect(spec.mappings[0]?.selectors).toEqual(['prod/db', 'prod/app']);
  });

  it('fans out to repositories, environments, the org and Dependabot', () => {
    const spec = fromInputs({
      ...base,
      repositories: ['acme/web'],
      environments: ['staging', 'production'],
      org: 'acme',
      orgVisibility: 'selected',
      orgSelectedRepositories: ['web'],
      dependabot: true,
    });
    expect(spec.targets.map((t) => t.kind)).toEqual([
      'repository',
      'environment',
      'environment',
      'dependabot-repository',
      'organization',
      'dependabot-organization',
    ]);
    expect(spec.targets[4]).toEqual({
      kind: 'organization',
      org: 'acme',
      visibility: 'selected',
      selectedRepositories: ['web'],
    });
  });

  it('writes only the org when only org is given', () => {
    expect(fromInputs({ ...base, org: 'acme' }).targets).toEqual([
      { kind: 'organization', org: 'acme', visibility: 'private' },
    ]);
  });

  it('names the input for bad values', () => {
    expect(() =>
      fromInputs({ ...base, repositories: ['nope'], orgSelectedRepositories: ['x'] }),
    ).toThrow(
      /repositories: 'nope' is not owner\/name[\s\S]*org-selected-repositories: needs org-visibility: selected/,
    );
  });
});
