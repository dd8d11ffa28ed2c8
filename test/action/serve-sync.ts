/**
 * Starts a local Secrets Manager and a local GitHub API for CI's `uses: ./sync` smoke job, so
 * the sync Action runs on a real runner without an AWS account or a GitHub token. Seeds
 * generated values, then writes into DIR: `env` (KEY=VALUE lines for `$GITHUB_ENV`: the AWS
 * endpoint, region and dummy credentials, SMOKE_GITHUB_API_URL, SMOKE_GITHUB_TOKEN), `expected`
 * (`target name sha256` of each secret the job should end up with), and keeps `stored` (the same
 * lines for what the GitHub server holds, opened with its private keys) up to date. Runs until
 * killed.
 *
 *   npx tsx test/action/serve-sync.ts DIR
 */
import { createHash, randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubApiServer, type ScopeRef } from '../helpers/github-api-server.js';
import { startSecretsManagerServer } from '../helpers/secrets-manager-server.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx test/action/serve-sync.ts DIR');
  process.exit(2);
}

/** Writes a file whole (temp file, then rename), so a reader never sees half of it. */
function writeWhole(name: string, text: string): void {
  writeFileSync(join(dir as string, `${name}.tmp`), text);
  renameSync(join(dir as string, `${name}.tmp`), join(dir as string, name));
}

const value = () => randomBytes(18).toString('base64url');
const plain = value();
const databasePassword = value();
const apiKey = `${value()}\n${value()}`;

const aws = await startSecretsManagerServer();
aws.put({ name: 'smoke/plain', string: plain });
aws.put({
  name: 'smoke/app',
  string: JSON.stringify({ DB_PASSWORD: databasePassword, API_KEY: apiKey }),
});

const github = await startGitHubApiServer();
github.addRepo('smoke-org/smoke-repo');

const targets: Record<string, ScopeRef> = {
  repository: { kind: 'repository', owner: 'smoke-org', repo: 'smoke-repo' },
  production: {
    kind: 'environment',
    owner: 'smoke-org',
    repo: 'smoke-repo',
    environment: 'production',
  },
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const wanted = { SMOKE_PLAIN: plain, DB_PASSWORD: databasePassword, API_KEY: apiKey };
writeWhole(
  'expected',
  Object.keys(targets)
    .flatMap((target) =>
      Object.entries(wanted).map(([name, text]) => `${target} ${name} ${sha256(text)}\n`),
    )
    .sort()
    .join(''),
);

let last = '';
setInterval(() => {
  const lines = Object.entries(targets).flatMap(([target, scope]) => {
    if (scope.kind === 'environment' && !github.environments('smoke-org/smoke-repo').length)
      return [];
    return github
      .secretNames(scope)
      .map((name) => `${target} ${name} ${sha256(github.secret(scope, name)?.value ?? '')}\n`);
  });
  const text = lines.sort().join('');
  if (text !== last) writeWhole('stored', text);
  last = text;
}, 200);

// Written last: the workflow waits for this file.
writeWhole(
  'env',
  Object.entries({
    ...aws.env(),
    SMOKE_GITHUB_API_URL: github.url,
    SMOKE_GITHUB_TOKEN: github.token,
  })
    .map(([name, text]) => `${name}=${text}\n`)
    .join(''),
);
console.log(`local Secrets Manager on ${aws.url}, local GitHub API on ${github.url}`);
