import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSecretsManagerServer } from '../helpers/secrets-manager-lifecycle.js';
import type { SecretsManagerServer } from '../helpers/secrets-manager-server.js';
import { expandTemplate } from '../helpers/tokens.js';
import { makeRepo, makeTree } from './helpers.js';
import { filesOtherThanEnv, leaks, runCliWithEnv } from './migrate-helpers.js';

let server: SecretsManagerServer;
useSecretsManagerServer((started) => (server = started));

const writeOps = ['CreateSecret', 'PutSecretValue', 'UpdateSecret', 'TagResource'];
const writes = () =>
  Object.fromEntries(writeOps.filter((op) => server.calls[op]).map((op) => [op, server.calls[op]]));

function fixture(seed: number) {
  const values = {
    API_TOKEN: expandTemplate('{an:32}', seed),
    DB_PASSWORD: expandTemplate('{an:20}', seed + 1),
    SIGNING_SECRET: expandTemplate('{an:40}', seed + 2),
  };
  const text = `LOG_LEVEL=info\n${Object.entries(values)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')}\n`;
  return { text, planted: Object.values(values) };
}

async function migrate(dir: string, ...args: string[]) {
  return runCliWithEnv(['migrate', ...args], dir, server.env());
}

describe('migrate on secrets that already exist: tags, description, KMS key', () => {
  it('retags unchanged secrets that lack a --tag, then re-runs without a write', async () => {
    const { text, planted } = fixture(41);
    const dir = await makeTree({ '.env': text });
    const first = await migrate(dir, '--prefix', 's1/');
    expect(first.code, first.stderr).toBe(0);

    server.resetCalls();
    const dry = await migrate(dir, '--prefix', 's1/', '--tag', 'team=payments', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/retag +s1\/API_TOKEN +API_TOKEN +sets tag team\n/);
    expect(dry.stdout).toContain('0 to create, 0 to update, 3 to retag, 0 unchanged');
    // Reads only: values in one batch, tags in one list page; the 3 that differ are confirmed.
    expect(server.calls).toEqual({ BatchGetSecretValue: 1, ListSecrets: 1, DescribeSecret: 3 });

    const retag = await migrate(dir, '--prefix', 's1/', '--tag', 'team=payments');
    expect(retag.code, retag.stderr).toBe(0);
    expect(retag.stdout).toMatch(/Written \(3\):\n {2}retagged +s1\/API_TOKEN \(API_TOKEN\)\n/);
    expect(writes()).toEqual({ TagResource: 3 });
    expect(server.get('s1/DB_PASSWORD')).toMatchObject({
      versionCount: 1,
      metadata: {
        tags: [
          { Key: 'migrated-from', Value: 'env' },
          { Key: 'team', Value: 'payments' },
        ],
      },
    });

    server.resetCalls();
    const again = await migrate(dir, '--prefix', 's1/', '--tag', 'team=payments');
    expect(again.stdout).toContain('0 to create, 0 to update, 3 unchanged');
    expect(server.calls).toEqual({ BatchGetSecretValue: 1, ListSecrets: 1 });
    const outputs = [first, dry, retag, again].flatMap((r) => [r.stdout, r.stderr]);
    expect(leaks(planted, ...outputs, ...(await filesOtherThanEnv(dir)))).toEqual([]);
  });

  it('update-settings for another --description or --kms-key-id, named in the plan', async () => {
    const { text } = fixture(42);
    const dir = await makeTree({ '.env': text });
    await migrate(dir, '--prefix', 's2/', '--kms-key-id', 'alias/app-secrets');
    server.resetCalls();
    const args = ['--prefix', 's2/', '--kms-key-id', 'alias/new', '--description', 'from .env'];
    const run = await migrate(dir, ...args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /update-settings +s2\/API_TOKEN +API_TOKEN +sets description; KMS key alias\/new \(now alias\/app-secrets\)\n/,
    );
    expect(run.stdout).toContain('3 to update settings');
    expect(run.stdout).toMatch(/settings-updated +s2\/API_TOKEN/);
    expect(writes()).toEqual({ UpdateSecret: 3 });
    expect(server.get('s2/API_TOKEN')).toMatchObject({
      versionCount: 1,
      metadata: { kmsKeyId: 'alias/new', description: 'from .env' },
    });
    server.resetCalls();
    expect((await migrate(dir, ...args)).stdout).toContain('3 unchanged');
    expect(writes()).toEqual({});
  });

  it('warns when tags cannot be read, and still writes no unchanged secret', async () => {
    const { text } = fixture(43);
    const dir = await makeTree({ '.env': text });
    await migrate(dir, '--prefix', 's3/');
    server.faults.denyOperation('ListSecrets');
    server.faults.denyOperation('DescribeSecret');
    server.resetCalls();
    const run = await migrate(dir, '--prefix', 's3/', '--tag', 'team=x');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /unchanged +s3\/API_TOKEN +API_TOKEN +tags, description and KMS key not checked \(DescribeSecret: AccessDeniedException\)/,
    );
    expect(run.stderr).toContain(
      'warning: the tags, description and KMS key of 3 secrets could not be read (DescribeSecret: AccessDeniedException)',
    );
    expect(writes()).toEqual({});
  });
});

describe('migrate --rewrite on a file with no secrets', () => {
  it('still makes sure git ignores the .env, and says so', async () => {
    const dir = await makeRepo({ 'README.md': 'x\n' });
    const env = 'LOG_LEVEL=info\nPORT=8080\n';
    await writeFile(join(dir, '.env'), env);
    const run = await migrate(dir, '--prefix', 'n1/', '--rewrite');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('no secrets to migrate');
    expect(run.stdout).toContain('.gitignore: created, ignoring .env');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('/.env\n');
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe(env);
    const again = await migrate(dir, '--prefix', 'n1/', '--rewrite');
    expect(again.stdout).toContain('.env: already ignored by git');
    expect(server.calls).toEqual({});
  });
});
