/**
 * Starts the local Secrets Manager for CI's `uses: ./` smoke job, so the Action runs on a real
 * runner without an AWS account. Seeds generated values, then writes into DIR:
 * `env` (endpoint, region and dummy credentials, KEY=VALUE lines for `$GITHUB_ENV`) and
 * `expected` (`NAME=sha256` of each value the job should end up with). Runs until killed.
 *
 *   npx tsx test/action/serve.ts DIR
 */
import { createHash, randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSecretsManagerServer } from '../helpers/secrets-manager-server.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx test/action/serve.ts DIR');
  process.exit(2);
}

const value = () => randomBytes(18).toString('base64url');
const plain = value();
const username = value();
const password = `${value()}\n${value()}`;

const server = await startSecretsManagerServer();
server.put({ name: 'smoke/plain', string: plain });
server.put({ name: 'smoke/json', string: JSON.stringify({ username, password }) });

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const expected = { SMOKE_PLAIN: plain, USERNAME: username, PASSWORD: password };
writeFileSync(
  join(dir, 'expected'),
  Object.entries(expected)
    .map(([name, text]) => `${name}=${sha256(text)}\n`)
    .join(''),
);
// Written last, and renamed into place whole: the workflow waits for this file.
writeFileSync(
  join(dir, 'env.tmp'),
  Object.entries(server.env())
    .map(([name, text]) => `${name}=${text}\n`)
    .join(''),
);
renameSync(join(dir, 'env.tmp'), join(dir, 'env'));
console.log(`local Secrets Manager listening on ${server.url}`);
