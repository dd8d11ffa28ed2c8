import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSecretsManagerServer } from '../helpers/secrets-manager-lifecycle.js';
import type { SecretsManagerServer } from '../helpers/secrets-manager-server.js';
import { expandTemplate } from '../helpers/tokens.js';
import { makeTree } from './helpers.js';
import { filesOtherThanEnv, leaks, runCliWithEnv } from './migrate-helpers.js';

let server: SecretsManagerServer;
useSecretsManagerServer((started) => (server = started));

const writes = ['CreateSecret', 'PutSecretValue', 'UpdateSecret', 'TagResource'];
const writeCalls = () => writes.reduce((sum, op) => sum + (server.calls[op] ?? 0), 0);

function fixture(seed: number) {
  const values = {
    GITHUB_PAT: expandTemplate('ghp_{an:36}', seed),
    STRIPE_KEY: expandTemplate('sk_live_{an:24}', seed),
    DB_PASSWORD: `p#${expandTemplate('{an:18}', seed)}`,
    JWT_SECRET: expandTemplate('{an:40}', seed + 1),
  };
  const text = [
    '# service',
    'LOG_LEVEL=info',
    `export GITHUB_PAT=${values.GITHUB_PAT}`,
    `STRIPE_KEY='${values.STRIPE_KEY}' # live`,
    `DB_PASSWORD="${values.DB_PASSWORD}"`,
    'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app',
    `JWT_SECRET=${values.JWT_SECRET}`,
    'FEATURE_SEARCH=on',
    '',
  ].join('\n');
  return { values, text, planted: Object.values(values) };
}

async function migrate(dir: string, ...args: string[]) {
  return runCliWithEnv(['migrate', ...args], dir, server.env());
}

describe('secrets-action migrate', () => {
  it('plans with --dry-run (reads only), applies, and re-runs without a write', async () => {
    const { text, values, planted } = fixture(1);
    const dir = await makeTree({ '.env': text });
    const dry = await migrate(dir, '--prefix', 'm1/', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(writeCalls()).toBe(0);
    expect(server.calls).toEqual({ BatchGetSecretValue: 1 });
    expect(server.names().filter((n) => n.startsWith('m1/'))).toEqual([]);
    expect(dry.stdout).toMatch(/create +m1\/GITHUB_PAT +GITHUB_PAT/);
    expect(dry.stdout).toMatch(/skip +- +LOG_LEVEL +config: known configuration name/);
    expect(dry.stdout).toMatch(/skip +- +DATABASE_URL +reference: /);
    expect(dry.stdout).toContain('4 to create, 0 to update, 0 unchanged, 3 keys skipped');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(dry.stdout).toContain('DATABASE_URL refers to DB_PASSWORD, which moves to AWS');

    const applied = await migrate(
      dir,
      '--prefix',
      'm1/',
      '--tag',
      'team=payments',
      '--kms-key-id',
      'alias/app-secrets',
      '--description',
      'from .env',
    );
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Written (4):');
    expect(server.get('m1/DB_PASSWORD')).toMatchObject({
      current: { string: values.DB_PASSWORD },
      metadata: {
        kmsKeyId: 'alias/app-secrets',
        description: 'from .env',
        tags: [
          { Key: 'migrated-from', Value: 'env' },
          { Key: 'team', Value: 'payments' },
        ],
      },
    });
    expect(applied.stdout).toContain('        GITHUB_PAT,m1/GITHUB_PAT\n');
    expect(applied.stdout).toContain('- { aws: m1/JWT_SECRET, name: JWT_SECRET, to: app }');

    server.resetCalls();
    const again = await migrate(dir, '--prefix', 'm1/');
    expect(again.code).toBe(0);
    expect(writeCalls()).toBe(0);
    expect(again.stdout).toContain('0 to create, 0 to update, 4 unchanged');
    expect(again.stdout).toContain('Written: none');
    const outputs = [dry, applied, again].flatMap((r) => [r.stdout, r.stderr]);
    expect(leaks(planted, ...outputs, ...(await filesOtherThanEnv(dir)))).toEqual([]);
  });

  it('groups keys into one JSON secret and prints the parse-json-secrets step', async () => {
    const { text, values, planted } = fixture(2);
    const dir = await makeTree({ '.env': text });
    const run = await migrate(dir, '--prefix', 'app/production/', '--group', 'api-keys');
    expect(run.code, run.stderr).toBe(0);
    expect(server.names().filter((n) => n.startsWith('app/production/'))).toEqual([
      'app/production/api-keys',
    ]);
    expect(JSON.parse(server.get('app/production/api-keys')?.current?.string ?? '')).toEqual(
      values,
    );
    expect(run.stdout).toContain(
      '      secret-ids: |\n        ,app/production/api-keys\n      parse-json-secrets: true\n',
    );
    expect(run.stdout).toContain(
      '- { aws: app/production/api-keys, key: STRIPE_KEY, name: STRIPE_KEY, to: app }',
    );
    server.resetCalls();
    const again = await migrate(dir, '--prefix', 'app/production/', '--group', 'api-keys');
    expect(again.stdout).toMatch(/unchanged +app\/production\/api-keys +GITHUB_PAT, STRIPE_KEY/);
    expect(writeCalls()).toBe(0);
    expect(leaks(planted, run.stdout, run.stderr, again.stdout)).toEqual([]);
  });

  it('refuses values over 64 KB, bad names and duplicate keys before any AWS call', async () => {
    const big = expandTemplate('{an:40}', 3).repeat(1_700);
    const dir = await makeTree({
      '.env': `HUGE_SECRET=${big}\nAPI_TOKEN=${expandTemplate('{an:30}', 4)}\n`,
      'dup.env': `A_TOKEN=${expandTemplate('{an:30}', 5)}\nX=1\nA_TOKEN=${expandTemplate('{an:30}', 6)}\n`,
    });
    const huge = await migrate(dir, '--prefix', 'm3/');
    expect(huge.code).toBe(2);
    expect(huge.stderr).toContain(
      "HUGE_SECRET: the value is 68000 bytes, over Secrets Manager's 65,536-byte limit",
    );
    const badName = await migrate(dir, '--prefix', 'bad prefix/', '--only', 'API_TOKEN');
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('API_TOKEN: the secret name bad prefix/API_TOKEN has');
    const dup = await migrate(dir, '--env-file', 'dup.env', '--prefix', 'm3/');
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('A_TOKEN on lines 1 and 3');
    expect(server.calls).toEqual({});
    expect(leaks([big], huge.stdout, huge.stderr)).toEqual([]);
  });

  it('keeps going past AccessDenied on one secret, names both lists, and converges', async () => {
    const { text, planted } = fixture(4);
    const dir = await makeTree({ '.env': text });
    server.faults.denyWrite('m4/STRIPE_KEY');
    const first = await migrate(dir, '--prefix', 'm4/', '--rewrite');
    expect(first.code).toBe(2);
    expect(first.stdout).toMatch(/Written \(3\):\n {2}created +m4\/GITHUB_PAT \(GITHUB_PAT\)\n/);
    expect(first.stdout).toContain(
      'Failed (1):\n  m4/STRIPE_KEY (STRIPE_KEY): not created: access denied (AccessDeniedException); allow secretsmanager:CreateSecret on this secret for the credentials in use\n',
    );
    expect(first.stderr).toContain('1 of 4 secrets failed');
    expect(first.stderr).toContain('.env was not rewritten');
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe(text);

    server.faults.clear();
    server.resetCalls();
    const second = await migrate(dir, '--prefix', 'm4/');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('1 to create, 0 to update, 3 unchanged');
    // One ListSecrets page reads the tags of the 3 written ones: right, so no DescribeSecret.
    expect(server.calls).toEqual({ BatchGetSecretValue: 1, ListSecrets: 1, CreateSecret: 1 });
    expect(leaks(planted, first.stdout, first.stderr, second.stdout, second.stderr)).toEqual([]);
  });

  it('updates a changed value and --only picks keys by name', async () => {
    const { text, values } = fixture(5);
    const dir = await makeTree({ '.env': text });
    server.put({ name: 'm5/JWT_SECRET', string: 'rotated-elsewhere' });
    const run = await migrate(dir, '--prefix', 'm5/', '--only', 'JWT_SECRET,LOG_LEVEL');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/update +m5\/JWT_SECRET/);
    expect(run.stdout).toMatch(/create +m5\/LOG_LEVEL/);
    expect(run.stdout).toMatch(/skip +- +GITHUB_PAT +not in --only/);
    expect(server.get('m5/JWT_SECRET')?.current?.string).toBe(values.JWT_SECRET);
    const unknown = await migrate(dir, '--prefix', 'm5/', '--only', 'NOPE');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('NOPE: not a key in .env');
    const reference = await migrate(dir, '--prefix', 'm5/', '--only', 'DATABASE_URL');
    expect(reference.stderr).toContain('DATABASE_URL: URL whose password is a reference');
  });

  it('explains usage errors', async () => {
    const dir = await makeTree({ '.env': 'A_TOKEN=x\n' });
    const noPrefix = await migrate(dir);
    expect(noPrefix.code).toBe(2);
    expect(noPrefix.stderr).toContain('migrate needs --prefix');
    const badTag = await migrate(dir, '--prefix', 'p/', '--tag', 'novalue');
    expect(badTag.stderr).toContain("--tag 'novalue' is not KEY=VALUE");
    const both = await migrate(dir, '--prefix', 'p/', '--dry-run', '--rewrite');
    expect(both.code).toBe(2);
    const noRegion = await runCliWithEnv(['migrate', '--prefix', 'p/', '--only', 'A_TOKEN'], dir, {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: server.url,
    });
    expect(noRegion.stderr).toContain('no AWS region: pass --region or set AWS_REGION');
    const help = await migrate(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: secrets-action migrate');
  });
});
