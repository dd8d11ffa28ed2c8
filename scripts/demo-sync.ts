/**
 * `npm run demo:sync`: the README's sync example, locally. Starts the local Secrets Manager and
 * the local GitHub API (which checks every request against GitHub's OpenAPI description and opens
 * every sealed value), seeds three AWS secrets (one JSON), runs the built sync Action
 * (dist/action/sync) the way the runner does for a repository, two environments and the org, runs
 * it again to show that nothing is rewritten, and prints what GitHub then holds: names, not values.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  openApiMissingReason,
  startGitHubApiServer,
  type ScopeRef,
} from '../test/helpers/github-api-server.js';
import { startSecretsManagerServer } from '../test/helpers/secrets-manager-server.js';
import { visibleOutput } from '../test/action/runner.js';
import { SyncJob, syncBundle } from '../test/action/sync-runner.js';

const missing = openApiMissingReason();
if (missing) throw new Error(missing);
if (!existsSync(syncBundle)) throw new Error(`${syncBundle} is missing: run npm run build`);

const generated = () => randomBytes(18).toString('base64url');
const aws = await startSecretsManagerServer();
const github = await startGitHubApiServer();
try {
  aws.put({ name: 'prod/api-key', string: generated() });
  aws.put({ name: 'prod/deploy/ssh', string: `${generated()}\n${generated()}\n` });
  aws.put({
    name: 'prod/db',
    string: JSON.stringify({ username: generated(), password: generated(), host: 'db.internal' }),
  });
  github.addOrg('acme');
  github.addRepo('acme/web');
  github.addEnvironment('acme/web', 'staging'); // production is created by the run

  const job = await SyncJob.create({
    ...aws.env(),
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/web',
    SECRETS_ACTION_WRITE_SPACING_MS: '0',
  });
  // The README's `with:` block.
  const inputs = {
    'github-token': github.token,
    'secret-ids': 'prod/api-key\nDEPLOY_KEY,prod/deploy/ssh\n,prod/db',
    'parse-json-secrets': 'true',
    'strip-prefix': 'prod/',
    repositories: 'acme/web',
    environments: 'staging\nproduction',
    'create-environments': 'true',
    org: 'acme',
    prune: 'true',
  };

  const section = (title: string) => console.log(`\n\x1b[1m== ${title}\x1b[0m`);
  for (const [label, note] of [
    ['First run', 'creates everything'],
    ['Second run', 'nothing changed in AWS: no secret is rewritten'],
  ]) {
    github.resetCalls();
    const step = await job.run(inputs);
    section(`${label} (${note}): exit ${step.exitCode}`);
    // As the runner shows it: no mask commands, debug lines hidden (ACTIONS_STEP_DEBUG is off).
    const log = visibleOutput(step.output).split('\n');
    console.log(
      log
        .filter((line) => !line.startsWith('::debug::'))
        .join('\n')
        .trim(),
    );
    const writes = github.writes().map((r) => `${r.method} ${r.path}`);
    console.log(`\nGitHub received ${github.requests.length} requests, ${writes.length} writes.`);
    if (label === 'First run') {
      section('Job summary (markdown)');
      console.log(step.summary.trim());
    }
  }

  section('What the local GitHub now holds (names only; values are sealed per target)');
  const scopes: [string, ScopeRef][] = [
    ['acme/web repository secrets', { kind: 'repository', owner: 'acme', repo: 'web' }],
    ...['staging', 'production'].map((environment): [string, ScopeRef] => [
      `acme/web environment ${environment}`,
      { kind: 'environment', owner: 'acme', repo: 'web', environment },
    ]),
    ['org acme secrets', { kind: 'organization', org: 'acme' }],
  ];
  for (const [label, scope] of scopes) {
    const manifest = github.variable(scope, 'SECRETS_ACTION_MANIFEST')
      ? ' (+ manifest variable)'
      : '';
    console.log(`${label.padEnd(34)} ${github.secretNames(scope).join(', ')}${manifest}`);
  }
  const problems = github.problems.length;
  console.log(`\nRequests that did not match GitHub's OpenAPI description: ${problems}`);
  console.log(`Bundle: ${join('dist', 'action', 'sync', 'index.js')}`);
} finally {
  await aws.close();
  await github.close();
}
