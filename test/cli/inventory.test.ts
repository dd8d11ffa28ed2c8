import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../helpers/tokens.js';
import { makeTree } from './helpers.js';
import { leaks, runCliWithEnv } from './migrate-helpers.js';

const githubPat = expandTemplate('ghp_{an:36}', 7);
const stripeKey = expandTemplate('sk_live_{an:24}', 7);
const password = `pw-${expandTemplate('{an:14}', 7)}`;
const random = expandTemplate('{an:32}', 8);
const dbPassword = expandTemplate('{an:16}', 9);
const planted = [githubPat, stripeKey, password, random, dbPassword];

const envText = [
  '# application settings',
  'LOG_LEVEL=debug',
  'NODE_ENV=production',
  'PORT=8080',
  'AWS_REGION=eu-west-1',
  'API_URL=https://api.example.com/v1',
  'FEATURE_NEW_CHECKOUT=true',
  'ENABLE_CACHE=1',
  `export GITHUB_TOKEN=${githubPat}`,
  `STRIPE_KEY='${stripeKey}'`,
  `DB_PASSWORD="${password}"`,
  `DATABASE_URL=postgres://app:${dbPassword}@db.internal:5432/app`,
  'REPLICA_URL=postgres://app:${DB_PASSWORD}@replica:5432/app',
  'PASSWORD_ALIAS=${DB_PASSWORD}',
  `SESSION_COOKIE=${random}`,
  'CACHE_KEY=true',
  'EMPTY_SECRET=',
  'PRIVATE_KEY="-----BEGIN PRIVATE KEY-----',
  expandTemplate('{b64:64}', 3),
  '-----END PRIVATE KEY-----"',
].join('\r\n');

describe('secrets-action inventory', () => {
  it('classifies every key with a reason and never prints a value', async () => {
    const dir = await makeTree({ '.env': envText });
    const run = await runCliWithEnv(['inventory'], dir, {});
    expect(run.code, run.stderr).toBe(0);
    const rows = Object.fromEntries(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('.env '))
        .map((line) => line.split(/\s{2,}/))
        .map(([, lineNo, key, cls, reason]) => [key, { line: Number(lineNo), cls, reason }]),
    );
    expect(rows).toMatchObject({
      LOG_LEVEL: { line: 2, cls: 'config', reason: 'known configuration name LOG_LEVEL' },
      NODE_ENV: { cls: 'config' },
      PORT: { cls: 'config' },
      AWS_REGION: { cls: 'config' },
      API_URL: { cls: 'config', reason: 'configuration name (*_URL)' },
      FEATURE_NEW_CHECKOUT: { cls: 'config', reason: 'a boolean' },
      ENABLE_CACHE: { cls: 'config' },
      GITHUB_TOKEN: { line: 9, cls: 'secret', reason: 'detector github-pat' },
      STRIPE_KEY: { cls: 'secret', reason: 'detector stripe-live-key' },
      DB_PASSWORD: { cls: 'secret' },
      DATABASE_URL: { cls: 'secret' },
      REPLICA_URL: { cls: 'reference', reason: 'URL whose password is a reference' },
      PASSWORD_ALIAS: { cls: 'reference', reason: expect.stringContaining('${DB_PASSWORD}') },
      SESSION_COOKIE: { cls: 'secret' },
      CACHE_KEY: { cls: 'config', reason: 'a boolean, although the name matches *_KEY' },
      EMPTY_SECRET: { cls: 'config', reason: 'empty value' },
      PRIVATE_KEY: { line: 18, cls: 'secret' },
    });
    expect(run.stdout).toContain('17 keys in 1 file: 6 secret, 9 configuration, 2 reference');
    expect(leaks(planted, run.stdout, run.stderr)).toEqual([]);
  });

  it('prints JSON with detector ids and references', async () => {
    const dir = await makeTree({ 'config/.env.production': envText });
    const run = await runCliWithEnv(
      ['inventory', '--format', 'json', 'config/.env.production'],
      dir,
      {},
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([]);
    expect(report.files[0].file).toBe('config/.env.production');
    const byKey = Object.fromEntries(
      report.files[0].entries.map((e: { key: string }) => [e.key, e]),
    );
    expect(byKey.GITHUB_TOKEN).toEqual({
      line: 9,
      key: 'GITHUB_TOKEN',
      class: 'secret',
      reason: 'detector github-pat',
      detector: 'github-pat',
    });
    expect(byKey.PASSWORD_ALIAS.references).toEqual(['DB_PASSWORD']);
    expect(leaks(planted, run.stdout, run.stderr)).toEqual([]);
  });

  it('exits 2 naming a duplicate key and both lines, and still lists the other files', async () => {
    const dir = await makeTree({
      '.env': `A=1\nTOKEN=${random}\n# again\nTOKEN=${password}\n`,
      'other.env': 'LOG_LEVEL=info\n',
    });
    const run = await runCliWithEnv(['inventory', '.env', 'other.env'], dir, {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('TOKEN on lines 2 and 4');
    expect(run.stdout).toContain('other.env  1     LOG_LEVEL');
    const json = await runCliWithEnv(['inventory', '--format', 'json'], dir, {});
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).errors[0]).toContain('TOKEN on lines 2 and 4');
    expect(leaks(planted, run.stdout, run.stderr, json.stdout)).toEqual([]);
  });

  it('warns about lines dotenv ignores, and fails on a missing file', async () => {
    const dir = await makeTree({ '.env': `not an assignment\nPASS=${password}#tail\n` });
    const run = await runCliWithEnv(['inventory'], dir, {});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('.env:1: warning: not KEY=value; dotenv ignores this line');
    expect(run.stderr).toContain(".env:2: warning: PASS: the unquoted value stops at '#'");
    const missing = await runCliWithEnv(['inventory', 'nope.env'], dir, {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.env (ENOENT)');
    const usage = await runCliWithEnv(['inventory', '--format', 'xml'], dir, {});
    expect(usage.code).toBe(2);
  });
});
