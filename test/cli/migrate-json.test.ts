import { describe, expect, it } from 'vitest';
import { useSecretsManagerServer } from '../helpers/secrets-manager-lifecycle.js';
import type { SecretsManagerServer } from '../helpers/secrets-manager-server.js';
import { expandTemplate } from '../helpers/tokens.js';
import { makeRepo, makeTree } from './helpers.js';
import { leaks, runCliWithEnv } from './migrate-helpers.js';

let server: SecretsManagerServer;
useSecretsManagerServer((started) => (server = started));

const token = expandTemplate('ghp_{an:36}', 51);
const password = expandTemplate('{an:20}', 52);
const signing = expandTemplate('{an:40}', 53);
const planted = [token, password, signing];
const envText = `NODE_ENV=production\nGH_PAT=${token}\nDB_PASSWORD=${password}\nSIGNING_SECRET=${signing}\n`;

async function migrate(dir: string, ...args: string[]) {
  const run = await runCliWithEnv(['migrate', '--format', 'json', ...args], dir, server.env());
  expect(leaks(planted, run.stdout, run.stderr)).toEqual([]);
  return { ...run, json: JSON.parse(run.stdout) };
}

describe('migrate --format json', () => {
  it('prints the plan and the outcome as one document: names, actions, errors by code', async () => {
    const dir = await makeTree({ '.env': envText });
    server.put({ name: 'j1/DB_PASSWORD', string: 'old', metadata: { kmsKeyId: 'alias/old' } });
    server.put({ name: 'j1/SIGNING_SECRET', string: signing });
    const dry = await migrate(dir, '--prefix', 'j1/', '--dry-run', '--kms-key-id', 'alias/app');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json).toMatchObject({
      ok: true,
      file: '.env',
      region: 'us-east-1',
      dryRun: true,
      issues: [],
      summary: { create: 1, update: 1, 'update-settings': 1, retag: 0, unchanged: 0, skip: 1 },
      skipped: [{ key: 'NODE_ENV', reason: expect.stringContaining('config') }],
      outcome: null,
      rewrite: null,
    });
    expect(dry.json.plan).toEqual([
      { name: 'j1/GH_PAT', kind: 'single', keys: ['GH_PAT'], action: 'create' },
      {
        name: 'j1/DB_PASSWORD',
        kind: 'single',
        keys: ['DB_PASSWORD'],
        action: 'update',
        changes: {
          tags: ['migrated-from'],
          description: false,
          kmsKeyId: 'alias/app',
          currentKmsKeyId: 'alias/old',
        },
      },
      {
        name: 'j1/SIGNING_SECRET',
        kind: 'single',
        keys: ['SIGNING_SECRET'],
        action: 'update-settings',
        changes: {
          tags: ['migrated-from'],
          description: false,
          kmsKeyId: 'alias/app',
          currentKmsKeyId: null,
        },
      },
    ]);
    expect(dry.json.readBack.secretIds).toContain('GH_PAT,j1/GH_PAT');
    expect(server.calls.CreateSecret).toBeUndefined();

    server.faults.denyWrite('j1/GH_PAT');
    const applied = await migrate(dir, '--prefix', 'j1/', '--kms-key-id', 'alias/app');
    expect(applied.code).toBe(2);
    expect(applied.json.ok).toBe(false);
    expect(applied.json.outcome).toEqual({
      written: [
        { name: 'j1/DB_PASSWORD', keys: ['DB_PASSWORD'], status: 'updated' },
        { name: 'j1/SIGNING_SECRET', keys: ['SIGNING_SECRET'], status: 'settings-updated' },
      ],
      unchanged: [],
      failed: [
        {
          name: 'j1/GH_PAT',
          keys: ['GH_PAT'],
          action: 'create',
          operation: 'CreateSecret',
          code: 'AccessDeniedException',
          message: expect.stringContaining('allow secretsmanager:CreateSecret'),
        },
      ],
      errorsByCode: { AccessDeniedException: ['j1/GH_PAT'] },
    });
    expect(applied.json.readBack.secretIds).toEqual([
      'DB_PASSWORD,j1/DB_PASSWORD',
      'SIGNING_SECRET,j1/SIGNING_SECRET',
    ]);
    // stdout is only the document; the summary of the failure is on stderr.
    expect(applied.stderr).toContain('1 of 3 secrets failed');

    server.faults.clear();
    const again = await migrate(dir, '--prefix', 'j1/', '--kms-key-id', 'alias/app');
    expect(again.code, again.stderr).toBe(0);
    expect(again.json.summary).toMatchObject({ create: 1, unchanged: 2 });
    expect(again.json.outcome.written).toEqual([
      { name: 'j1/GH_PAT', keys: ['GH_PAT'], status: 'created' },
    ]);
  });

  it('a plan failure carries its AWS code; input problems are listed before any call', async () => {
    const dir = await makeTree({
      '.env': envText,
      'big.env': `HUGE_SECRET=${expandTemplate('{an:40}', 54).repeat(1_700)}\n`,
    });
    server.put({ name: 'j2/GH_PAT', string: 'x' });
    server.faults.denySecret('j2/GH_PAT');
    const run = await migrate(dir, '--prefix', 'j2/', '--dry-run');
    expect(run.code).toBe(2);
    expect(run.json.plan[0]).toMatchObject({
      action: 'fail',
      error: { code: 'AccessDeniedException', message: expect.stringContaining('GetSecretValue') },
    });

    server.resetCalls();
    const refused = await migrate(dir, '--env-file', 'big.env', '--prefix', 'j2/');
    expect(refused.code).toBe(2);
    expect(refused.json).toMatchObject({ ok: false, plan: [], outcome: null });
    expect(refused.json.issues).toEqual([
      "HUGE_SECRET: the value is 68000 bytes, over Secrets Manager's 65,536-byte limit",
    ]);
    expect(refused.stderr).toContain('nothing was written');
    expect(server.calls).toEqual({});
  });

  it('reports the rewrite, and the ignore check on a file with no secrets', async () => {
    const dir = await makeRepo({ 'README.md': 'x\n' }, { '.env': envText });
    const run = await migrate(dir, '--prefix', 'j3/', '--rewrite');
    expect(run.code, run.stderr).toBe(0);
    expect(run.json.rewrite).toEqual({
      envFile: '.env',
      removed: ['GH_PAT', 'DB_PASSWORD', 'SIGNING_SECRET'],
      example: { file: '.env.example', action: 'written' },
      gitignore: { file: '.gitignore', action: 'created' },
      tracked: false,
    });
    const none = await migrate(dir, '--prefix', 'j3/', '--rewrite');
    expect(none.json).toMatchObject({
      ok: true,
      plan: [],
      rewrite: { removed: [], gitignore: { action: 'already' }, tracked: false },
    });
    expect(none.json.rewrite.example).toBeUndefined();
  });

  it('refuses an unknown format', async () => {
    const dir = await makeTree({ '.env': envText });
    const run = await runCliWithEnv(['migrate', '--prefix', 'p/', '-f', 'yaml'], dir, {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format must be text or json, not 'yaml'");
  });
});
