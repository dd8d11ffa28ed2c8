import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectNoValueShown,
  expectValidRequests,
  planted,
  skipReason,
  startServers,
  syncJobFor,
  type Servers,
} from './sync-fixtures.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Sync into GitHub secrets'));

/** The n-th fenced YAML block of the README's sync section. */
function yamlBlock(n: number): string {
  const blocks = [...section.matchAll(/```yaml\n([^]*?)```/g)].map((m) => m[1] ?? '');
  return blocks[n] ?? '';
}

/** The `with:` of the README workflow's sync step, with the token expression replaced. */
function readmeWith(token: string): Record<string, string> {
  const workflow = parse(yamlBlock(0)) as {
    jobs: { sync: { steps: { uses: string; with: Record<string, unknown> }[] } };
  };
  const step = workflow.jobs.sync.steps.find((s) => s.uses.includes('secrets-action/sync'));
  const inputs = Object.fromEntries(
    Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v)]),
  );
  return { ...inputs, 'github-token': token };
}

describe.skipIf(skipReason !== undefined)("the README's sync examples, run as written", () => {
  let servers: Servers;
  beforeEach(async () => {
    servers = await startServers();
  });
  afterEach(async () => {
    await servers.aws.close();
    await servers.github.close();
  });

  it('the workflow example: 3 AWS secrets (one JSON) into a repo, two environments and the org', async () => {
    const v = {
      API_KEY: planted('api'),
      DEPLOY_KEY: `${planted('ssh1')}\n${planted('ssh2')}\n`,
      USERNAME: planted('user'),
      PASSWORD: planted('pw'),
      HOST: planted('host'),
    };
    servers.aws.put({ name: 'prod/api-key', string: v.API_KEY });
    servers.aws.put({ name: 'prod/deploy/ssh', string: v.DEPLOY_KEY });
    const db = { username: v.USERNAME, password: v.PASSWORD, host: v.HOST };
    servers.aws.put({ name: 'prod/db', string: JSON.stringify(db) });
    const job = await syncJobFor(servers);
    const step = await job.run(readmeWith(servers.github.token));

    expect(step.exitCode, step.output).toBe(0);
    const web = { kind: 'repository', owner: 'acme', repo: 'web' } as const;
    const targets = [
      web,
      { ...web, kind: 'environment', environment: 'staging' } as const,
      { ...web, kind: 'environment', environment: 'production' } as const,
      { kind: 'organization', org: 'acme' } as const,
    ];
    for (const target of targets)
      for (const [name, value] of Object.entries(v))
        expect(servers.github.secret(target, name)?.value, `${name} ${target.kind}`).toBe(value);
    expect(step.outputs).toMatchObject({ created: '20', failed: '0' });
    expectValidRequests(servers.github);
    expectNoValueShown(step, Object.values(v));
  });

  it('the fan-out file', async () => {
    const v = {
      API_KEY: planted('api'),
      DEPLOY_KEY: planted('ssh'),
      DB_PASSWORD: planted('pw'),
      APP_CONFIG_SENTRY_DSN: planted('dsn'),
      NPM_TOKEN: planted('npm'),
    };
    const unused = planted('unused');
    servers.aws.put({ name: 'prod/api-key', string: v.API_KEY });
    servers.aws.put({ name: 'prod/deploy/ssh', string: v.DEPLOY_KEY });
    servers.aws.put({
      name: 'prod/db',
      string: JSON.stringify({ username: unused, password: v.DB_PASSWORD }),
    });
    servers.aws.put({
      name: 'prod/app-config',
      string: JSON.stringify({ sentry: { dsn: v.APP_CONFIG_SENTRY_DSN }, other: unused }),
    });
    servers.aws.put({ name: 'prod/npm/token', string: v.NPM_TOKEN });
    servers.github.addRepo('acme/api');
    const job = await syncJobFor(servers);
    writeFileSync(join(job.dir, 'secrets-sync.yaml'), yamlBlock(1));
    const step = await job.run({
      'github-token': servers.github.token,
      config: join(job.dir, 'secrets-sync.yaml'),
    });

    expect(step.exitCode, step.output).toBe(0);
    const web = { kind: 'repository', owner: 'acme', repo: 'web' } as const;
    const env = (environment: string) => ({ ...web, kind: 'environment', environment }) as const;
    const org = { kind: 'organization', org: 'acme' } as const;
    expect(servers.github.secretNames(web)).toEqual(['API_KEY']);
    for (const environment of ['staging', 'production'])
      expect(servers.github.secretNames(env(environment))).toEqual([
        'API_KEY',
        'DB_PASSWORD',
        'DEPLOY_KEY',
      ]);
    expect(servers.github.secretNames(org)).toEqual(['API_KEY', 'APP_CONFIG_SENTRY_DSN']);
    expect(servers.github.secretNames({ ...web, kind: 'dependabot-repository' })).toEqual([
      'NPM_TOKEN',
    ]);
    expect(servers.github.secret(env('production'), 'DB_PASSWORD')?.value).toBe(v.DB_PASSWORD);
    expect(servers.github.secret(org, 'APP_CONFIG_SENTRY_DSN')).toMatchObject({
      value: v.APP_CONFIG_SENTRY_DSN,
      visibility: 'selected',
    });
    expectValidRequests(servers.github);
    expectNoValueShown(step, Object.values(v));
  });
});
