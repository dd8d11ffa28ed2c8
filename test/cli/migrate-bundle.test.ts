import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { expandTemplate } from '../helpers/tokens.js';
import { makeRepo } from './helpers.js';
import { filesOtherThanEnv, leaks } from './migrate-helpers.js';

const run = promisify(execFile);
const bundle = resolve('dist/cli/index.js');

let server: SecretsManagerServer;
beforeAll(async () => {
  server = await startSecretsManagerServer();
});
afterAll(() => server.close());

/** Runs the bundle as a user would, with only the local server's AWS settings in the env. */
async function cli(cwd: string, ...args: string[]) {
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, ...server.env() };
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('inventory and migrate from the built bundle', () => {
  it.runIf(existsSync(bundle))('migrates a .env end to end through dist/cli', async () => {
    const token = expandTemplate('ghp_{an:36}', 31);
    const secret = expandTemplate('{an:32}', 32);
    const dir = await makeRepo({ 'README.md': 'x\n' });
    await writeFile(
      join(dir, '.env'),
      `NODE_ENV=production\nGH_PAT=${token}\nAPP_SECRET=${secret}\n`,
    );

    const inventory = await cli(dir, 'inventory', '--format', 'json');
    expect(inventory.code, inventory.stderr).toBe(0);
    const classes = JSON.parse(inventory.stdout).files[0].entries.map(
      (e: { key: string; class: string }) => `${e.key}:${e.class}`,
    );
    expect(classes).toEqual(['NODE_ENV:config', 'GH_PAT:secret', 'APP_SECRET:secret']);

    const migrated = await cli(dir, 'migrate', '--prefix', 'bundle/app/');
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(server.get('bundle/app/GH_PAT')?.current?.string).toBe(token);
    expect(server.get('bundle/app/APP_SECRET')?.metadata.tags).toEqual([
      { Key: 'migrated-from', Value: 'env' },
    ]);
    expect(migrated.stdout).toContain('GH_PAT,bundle/app/GH_PAT');

    // A re-run that adds a tag retags the unchanged secrets and nothing else, then rewrites.
    const args = ['--prefix', 'bundle/app/', '--tag', 'team=web', '--rewrite', '-f', 'json'];
    const retag = await cli(dir, 'migrate', ...args);
    expect(retag.code, retag.stderr).toBe(0);
    const report = JSON.parse(retag.stdout);
    expect(report.summary).toMatchObject({ retag: 2, unchanged: 0 });
    expect(report.rewrite.removed).toEqual(['GH_PAT', 'APP_SECRET']);
    expect(server.get('bundle/app/GH_PAT')).toMatchObject({ versionCount: 1 });
    expect(server.get('bundle/app/GH_PAT')?.metadata.tags).toContainEqual({
      Key: 'team',
      Value: 'web',
    });
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe('NODE_ENV=production\n');

    const help = await cli(dir, '--help');
    expect(help.stdout).toContain('migrate --env-file .env --prefix PREFIX');
    const texts = [inventory.stdout, inventory.stderr, migrated.stdout, migrated.stderr];
    texts.push(retag.stdout, retag.stderr);
    expect(leaks([token, secret], ...texts, ...(await filesOtherThanEnv(dir)))).toEqual([]);
  });
});
