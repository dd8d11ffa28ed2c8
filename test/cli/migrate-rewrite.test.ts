import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { expandTemplate } from '../helpers/tokens.js';
import { makeRepo, makeTree } from './helpers.js';
import { filesOtherThanEnv, leaks, runCliWithEnv } from './migrate-helpers.js';

let server: SecretsManagerServer;
beforeAll(async () => {
  server = await startSecretsManagerServer();
});
afterAll(() => server.close());

const token = expandTemplate('ghp_{an:36}', 21);
const password = expandTemplate('{an:20}', 22);
const pem = [
  '-----BEGIN PRIVATE KEY-----',
  expandTemplate('{b64:64}', 23),
  '-----END PRIVATE KEY-----',
];
const planted = [token, password, pem[1] as string];

// CRLF, comments, export, a multi-line value and config keys around the secrets.
const before = [
  '# Service configuration\r\n',
  'LOG_LEVEL=debug   # noisy on purpose\r\n',
  `export GITHUB_TOKEN=${token}\r\n`,
  '\r\n',
  '# database\r\n',
  `DB_PASSWORD="${password}" # rotated quarterly\r\n`,
  'DB_HOST=db.internal\r\n',
  `SIGNING_PRIVATE_KEY="${pem.join('\r\n')}"\r\n`,
  'PORT=8080',
].join('');
const after = [
  '# Service configuration\r\n',
  'LOG_LEVEL=debug   # noisy on purpose\r\n',
  '\r\n',
  '# database\r\n',
  'DB_HOST=db.internal\r\n',
  'PORT=8080',
].join('');

async function migrate(dir: string, ...args: string[]) {
  return runCliWithEnv(['migrate', ...args], dir, server.env());
}

describe('secrets-action migrate --rewrite', () => {
  it('removes exactly the migrated keys, writes .env.example and ignores .env in git', async () => {
    const dir = await makeRepo({ 'README.md': 'app\n', '.gitignore': 'node_modules/\n' });
    await writeFile(join(dir, '.env'), before);
    await chmod(join(dir, '.env'), 0o600);
    const run = await migrate(dir, '--prefix', 'r1/', '--rewrite');
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe(after);
    expect((await stat(join(dir, '.env'))).mode & 0o777).toBe(0o600);
    expect(server.get('r1/SIGNING_PRIVATE_KEY')?.current?.string).toBe(pem.join('\n'));
    const example = await readFile(join(dir, '.env.example'), 'utf8');
    expect(example.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
      'LOG_LEVEL=',
      'GITHUB_TOKEN=',
      'DB_PASSWORD=',
      'DB_HOST=',
      'SIGNING_PRIVATE_KEY=',
      'PORT=',
      '',
    ]);
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n/.env\n');
    expect(run.stdout).toContain('.env: removed 3 migrated keys');
    expect(run.stdout).toContain('.gitignore: now ignores .env');
    // No temporary or backup file is left next to it.
    expect((await readdir(dir)).sort()).toEqual([
      '.env',
      '.env.example',
      '.git',
      '.gitignore',
      'README.md',
    ]);
    expect(leaks(planted, run.stdout, run.stderr, ...(await filesOtherThanEnv(dir)))).toEqual([]);
    expect(leaks(planted, await readFile(join(dir, '.env'), 'utf8'))).toEqual([]);
  });

  it('respects a pattern that already ignores .env and merges a hand-made example', async () => {
    const dir = await makeRepo({
      '.gitignore': '.env*\n!.env.example\n',
      '.env.example': '# copy to .env\nLOG_LEVEL=info\n',
    });
    await writeFile(join(dir, '.env'), `LOG_LEVEL=debug\nAPI_TOKEN=${password}\n`);
    const run = await migrate(dir, '--prefix', 'r2/', '--rewrite');
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('.env*\n!.env.example\n');
    expect(run.stdout).toContain('.env: already ignored by git');
    expect(await readFile(join(dir, '.env.example'), 'utf8')).toBe(
      '# copy to .env\nLOG_LEVEL=info\n# added by secrets-action migrate\nAPI_TOKEN=\n',
    );
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe('LOG_LEVEL=debug\n');
  });

  it('warns when git tracks the .env, and works outside git', async () => {
    const tracked = await makeRepo({ '.env': `API_TOKEN=${password}\n` });
    const run = await migrate(tracked, '--prefix', 'r3/', '--rewrite');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('warning: git tracks .env, so its secrets are in the history');
    expect(await readFile(join(tracked, '.gitignore'), 'utf8')).toBe('/.env\n');

    const plain = await makeTree({
      'svc/.env': `API_TOKEN=${password}\n`,
      'svc/.gitignore': '*.log',
    });
    const outside = await migrate(plain, '--env-file', 'svc/.env', '--prefix', 'r4/', '--rewrite');
    expect(outside.code, outside.stderr).toBe(0);
    expect(await readFile(join(plain, 'svc/.gitignore'), 'utf8')).toBe('*.log\n/.env\n');
    expect(await readFile(join(plain, 'svc/.env'), 'utf8')).toBe('');
    const rerun = await migrate(plain, '--env-file', 'svc/.env', '--prefix', 'r4/', '--rewrite');
    expect(rerun.stdout).toContain('no secrets to migrate');
  });
});
