import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visibleOutput } from './runner.js';
import {
  expectNoValueShown,
  expectNotShown,
  expectValidRequests,
  planted,
  secretPuts,
  skipReason,
  startServers,
  syncJobFor,
  type Servers,
} from './sync-fixtures.js';

const repo = { kind: 'repository', owner: 'acme', repo: 'web' } as const;
const production = { ...repo, kind: 'environment', environment: 'production' } as const;

interface ReportItem {
  target: string;
  name: string;
  action: string;
  outcome: string;
  reason: string;
}

describe.skipIf(skipReason !== undefined)('the sync Action when things go wrong', () => {
  let servers: Servers;
  beforeEach(async () => {
    servers = await startServers();
    servers.github.addEnvironment('acme/web', 'production');
  });
  afterEach(async () => {
    await servers.aws.close();
    await servers.github.close();
  });

  /** Three AWS secrets (one JSON) for the repo and two environments: 12 items. */
  function seed() {
    const values = {
      API_KEY: planted('api'),
      TOKEN: planted('token'),
      USERNAME: planted('user'),
      PASSWORD: planted('pw'),
    };
    servers.aws.put({ name: 'app/api-key', string: values.API_KEY });
    servers.aws.put({ name: 'app/token', string: values.TOKEN });
    servers.aws.put({
      name: 'app/db',
      string: JSON.stringify({ username: values.USERNAME, password: values.PASSWORD }),
    });
    const inputs = {
      'github-token': servers.github.token,
      'secret-ids': 'app/api-key\napp/token\n,app/db',
      'strip-prefix': 'app/',
      'parse-json-secrets': 'true',
      environments: 'staging\nproduction',
      'report-file': 'REPORT',
    };
    return { values, inputs };
  }

  it('attempts every item through faults, fails once at the end with a per-item report, and a re-run converges', async () => {
    const { values, inputs } = seed();
    const { faults } = servers.github;
    // Transient: retried by the throttling and retry plugins.
    faults.next(1, { kind: 'secondary-rate-limit', status: 403, retryAfter: 1 }, { method: 'PUT' });
    faults.next(1, { kind: 'rate-limit', status: 429, resetAfter: 1 }, { method: 'PUT' });
    faults.next(1, { kind: 'server-error', status: 502 }, { route: /public-key$/ });
    faults.next(1, { kind: 'connection-reset' }, { method: 'PUT', route: /\/TOKEN$/ });
    // Lasting: one item cannot be written (a token without the Environments permission would).
    faults.always(
      { kind: 'status', status: 403, message: 'Resource not accessible by personal access token' },
      { method: 'PUT', route: /environments\/production\/secrets\/PASSWORD$/ },
    );
    const job = await syncJobFor(servers);
    const first = await job.run(inputs);

    expect(first.exitCode).toBe(1);
    const errors = first.output.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('PASSWORD');
    expect(errors[0]).toContain('production');
    const report = first.report as { items: ReportItem[] };
    const failed = report.items.filter((i) => i.outcome === 'failed');
    expect(failed.map((i) => [i.target, i.name])).toEqual([
      ['acme/web (environment production)', 'PASSWORD'],
    ]);
    expect(failed[0]?.reason).toMatch(/permission|403/i);
    expect(report.items.filter((i) => i.outcome === 'created')).toHaveLength(11);
    expect(first.outputs).toMatchObject({ created: '11', failed: '1' });
    expect(servers.github.secret(production, 'PASSWORD')).toBeUndefined();
    expect(servers.github.secret(production, 'USERNAME')?.value).toBe(values.USERNAME);
    expect(servers.github.secret(repo, 'TOKEN')?.value).toBe(values.TOKEN);
    expect(faults.pending()).toBe(1); // only the lasting fault is left: every transient was hit
    expectValidRequests(servers.github);
    expectNoValueShown(first, Object.values(values));

    faults.clear();
    servers.github.resetCalls();
    const second = await job.run(inputs);
    expect(second.exitCode, visibleOutput(second.output)).toBe(0);
    expect(secretPuts(servers.github)).toEqual([
      '/repos/acme/web/environments/production/secrets/PASSWORD',
    ]);
    expect(second.outputs).toMatchObject({ created: '1', unchanged: '11', failed: '0' });
    expect(servers.github.secret(production, 'PASSWORD')?.value).toBe(values.PASSWORD);
    expectNoValueShown(second, Object.values(values));
  });

  it('refuses a value over 48 KB and a reserved name before writing anything, naming the secret', async () => {
    const big = randomBytes(40 * 1024).toString('base64'); // about 54 KB of text
    const small = planted('small');
    servers.aws.put({ name: 'app/big', string: big });
    servers.aws.put({ name: 'app/small', string: small });
    const job = await syncJobFor(servers);
    const token = servers.github.token;
    const tooBig = await job.run({ 'github-token': token, 'secret-ids': 'app/big\napp/small' });
    expect(tooBig.exitCode).toBe(1);
    expect(visibleOutput(tooBig.output)).toMatch(/app\/big.*48/);
    const reserved = await job.run({
      'github-token': token,
      'secret-ids': 'GITHUB_THING,app/small',
    });
    expect(reserved.exitCode).toBe(1);
    expect(visibleOutput(reserved.output)).toMatch(/app\/small.*GITHUB_THING/);
    expect(servers.github.writes()).toEqual([]);
    expectNoValueShown(tooBig, [big, small]);
    expectNoValueShown(reserved, [small]);
    expectNotShown(reserved, [big]);
  });

  it('explains a missing token and a bad input without reaching GitHub', async () => {
    const job = await syncJobFor(servers);
    const noToken = await job.run({ 'secret-ids': 'app/x' });
    expect(noToken.exitCode).toBe(1);
    expect(noToken.output).toContain("Input 'github-token' is empty");
    const badBool = await job.run({
      'github-token': servers.github.token,
      'secret-ids': 'app/x',
      prune: 'yes',
    });
    expect(badBool.exitCode).toBe(1);
    expect(badBool.output).toContain("Input 'prune' must be true or false");
    expect(servers.github.requests).toEqual([]);
    // The token is masked before anything else is printed.
    expect(badBool.output.split('\n')[0]).toBe(`::add-mask::${servers.github.token}`);
  });
});
