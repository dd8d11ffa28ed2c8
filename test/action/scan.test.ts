import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leakedSecrets } from '../cli/helpers.js';
import { GitRepo, shallowClone } from '../helpers/git-history.js';
import { buildPullRequest, type PullRequestFixture } from '../scanner/sources/git-log-fixture.js';
import { annotations, runScanStep, sarifSchemaErrors, scanBundle } from './scan-runner.js';

/** A `pull_request` payload shaped as GitHub sends it (the fields the step reads, and more). */
function pullRequestPayload(fixture: PullRequestFixture, commits: number) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      state: 'open',
      title: 'Feature',
      commits,
      base: { ref: 'main', sha: fixture.base, repo: { full_name: 'acme/web' } },
      head: { ref: 'feature', sha: fixture.head, repo: { full_name: 'acme/web' } },
    },
    repository: { full_name: 'acme/web', default_branch: 'main' },
  };
}

describe('the bundled scan Action on a pull request, run like the runner runs it', () => {
  let fixture: PullRequestFixture;
  let commits: number;
  beforeAll(async () => {
    if (!existsSync(scanBundle))
      throw new Error('dist/action/scan is missing: run `npm run build`');
    fixture = await buildPullRequest();
    commits = Number(fixture.repo.git('rev-list', '--count', `${fixture.base}..${fixture.head}`));
  });

  it('fails the check on the secrets the PR added, with annotations, a summary, SARIF and outputs', async () => {
    const step = await runScanStep({
      workspace: fixture.repo.root,
      event: 'pull_request',
      payload: pullRequestPayload(fixture, commits),
    });
    expect(step.exitCode, step.output).toBe(1);
    const errors = annotations(step.output).filter((a) => a.level === 'error');
    expect(errors.map((a) => [a.properties.file, a.properties.line])).toEqual(
      expect.arrayContaining([
        ['src/a.txt', '3'],
        ['docs/my notes é.md', '3'],
        ['shared.txt', '2'],
        ['win/app.ini', '3'],
        ['keys/deploy.pem', '2'],
      ]),
    );
    expect(errors).toHaveLength(5);
    const first = errors.find((a) => a.properties.file === 'src/a.txt');
    expect(first?.properties.title).toBe('Secret: GitHub Token');
    expect(first?.properties.col).toBe('16');
    expect(first?.message).toContain(
      `commit ${fixture.commits.addedThenRemoved.slice(0, 7)} by Mallory Dev`,
    );

    expect(step.outputs).toMatchObject({
      findings: '6',
      'new-findings': '5',
      commits: String(commits),
      files: expect.stringMatching(/^\d+$/),
    });
    expect(step.outputs.range).toContain('(pull request #7)');
    expect(step.output).toContain(`Scanned ${commits} commits of`);

    expect(step.summary).toContain('❌ 5 new secrets. 1 more is in the baseline.');
    expect(step.summary).toContain(
      `Scanned ${commits} commits of ${fixture.base.slice(0, 7)}..${fixture.head.slice(0, 7)} (pull request #7)`,
    );
    expect(step.summary).toContain(
      `<a href="https://github.com/acme/web/commit/${fixture.commits.addedThenRemoved}">${fixture.commits.addedThenRemoved.slice(0, 7)}</a>`,
    );
    expect(step.summary).toContain('Mallory Dev');
    expect(step.summary).toContain('<code>ghp_…</code>');
    expect(step.summary).toContain('in baseline');

    expect(sarifSchemaErrors(step.sarif)).toEqual([]);
    const run = step.sarif?.runs[0];
    expect(run?.results).toHaveLength(5);
    expect(run?.versionControlProvenance).toEqual([
      expect.objectContaining({
        repositoryUri: 'https://github.com/acme/web',
        revisionId: fixture.head,
      }),
    ]);
    const result = run?.results.find((r) => JSON.stringify(r).includes('src/a.txt')) as {
      properties: Record<string, string>;
    };
    expect(result.properties).toMatchObject({
      commit: fixture.commits.addedThenRemoved,
      author: 'Mallory Dev',
    });
    expect(leakedSecrets(fixture.all, step.everything)).toEqual([]);
  });

  it('deepens a shallow clone itself, and scans the same commits', async () => {
    const origin = fixture.repo.bareCopy();
    const clone = shallowClone(origin, 'feature');
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const step = await runScanStep({
      workspace: clone.root,
      event: 'pull_request',
      payload: pullRequestPayload(fixture, commits),
    });
    expect(step.exitCode, step.output).toBe(1);
    expect(step.output).toContain('git fetch');
    expect(step.outputs).toMatchObject({ commits: String(commits), 'new-findings': '5' });
    expect(leakedSecrets(fixture.all, step.everything)).toEqual([]);
  });

  it('fails with the fix on a shallow clone when deepen is false', async () => {
    const clone = shallowClone(fixture.repo.bareCopy(), 'feature');
    const step = await runScanStep({
      workspace: clone.root,
      event: 'pull_request',
      payload: pullRequestPayload(fixture, commits),
      inputs: { deepen: 'false' },
    });
    expect(step.exitCode).toBe(1);
    expect(step.output).toMatch(/::error::.*(fetch-depth: 0|not in the clone)/);
  });

  it('reports without failing under fail-on: none, and fails on baselined ones under fail-on: any', async () => {
    const payload = pullRequestPayload(fixture, commits);
    const none = await runScanStep({
      workspace: fixture.repo.root,
      event: 'pull_request',
      payload,
      inputs: { 'fail-on': 'none' },
    });
    expect(none.exitCode).toBe(0);
    expect(annotations(none.output).map((a) => a.level)).toEqual(Array(5).fill('warning'));
    const any = await runScanStep({
      workspace: fixture.repo.root,
      event: 'pull_request',
      payload,
      inputs: { 'fail-on': 'any', annotations: 'false', 'sarif-file': 'out/all.sarif' },
    });
    expect(any.exitCode).toBe(1);
    expect(annotations(any.output)).toEqual([]);
    expect(any.output).toContain('6 secrets found');
    expect(any.outputs['sarif-file']).toBe(`${fixture.repo.root}/out/all.sarif`);
    expect(any.sarif?.runs[0]?.results).toHaveLength(6);
  });
});

describe('the bundled scan Action on pushes and scheduled runs', () => {
  let repo: GitRepo;
  let tokens: string[];
  beforeAll(() => {
    tokens = [301, 302, 303].map((seed) => seededToken(seed));
    repo = GitRepo.create();
    repo.write({ 'a.txt': 'start\n' }).commit('start');
    repo.write({ 'old.txt': `token=${tokens[0]}\n` }).commit('old secret');
    repo.checkout('topic', true);
    repo.write({ 'b.txt': `token=${tokens[1]}\n` }).commit('topic secret');
    repo.write({ 'c.txt': `token=${tokens[2]}\n` }).commit('another');
  });

  it('scans before..after of a push', async () => {
    const step = await runScanStep({
      workspace: repo.root,
      event: 'push',
      payload: {
        ref: 'refs/heads/topic',
        before: repo.head('topic~1'),
        after: repo.head('topic'),
        forced: false,
      },
    });
    expect(step.exitCode).toBe(1);
    expect(step.outputs).toMatchObject({ commits: '1', 'new-findings': '1' });
    expect(step.outputs.range).toContain('push to branch topic');
    expect(annotations(step.output).map((a) => a.properties.file)).toEqual(['c.txt']);
  });

  it('scans what a new branch brought when before is all zeros', async () => {
    const step = await runScanStep({
      workspace: repo.root,
      event: 'push',
      payload: {
        ref: 'refs/heads/topic',
        before: '0'.repeat(40),
        after: repo.head('topic'),
        created: true,
      },
    });
    expect(step.outputs).toMatchObject({ commits: '2', 'new-findings': '2' });
    expect(
      annotations(step.output)
        .map((a) => a.properties.file)
        .sort(),
    ).toEqual(['b.txt', 'c.txt']);
  });

  it('falls back to the new commits when a force push left before unreachable', async () => {
    const step = await runScanStep({
      workspace: repo.root,
      event: 'push',
      payload: {
        ref: 'refs/heads/topic',
        before: 'f'.repeat(40),
        after: repo.head('topic'),
        forced: true,
      },
    });
    expect(step.output).toContain('force push');
    expect(step.outputs).toMatchObject({ commits: '2', 'new-findings': '2' });
  });

  it('passes a push that deleted a branch', async () => {
    const step = await runScanStep({
      workspace: repo.root,
      event: 'push',
      payload: {
        ref: 'refs/heads/gone',
        before: repo.head(),
        after: '0'.repeat(40),
        deleted: true,
      },
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ commits: '0', findings: '0', range: 'nothing' });
    expect(sarifSchemaErrors(step.sarif)).toEqual([]);
  });

  it('scans the work tree on a schedule, and the whole history with history: true', async () => {
    repo.checkout('main');
    const tree = await runScanStep({
      workspace: repo.root,
      event: 'schedule',
      payload: { schedule: '0 3 * * *' },
    });
    expect(tree.outputs).toMatchObject({ range: 'tree', commits: '0', 'new-findings': '1' });
    expect(sarifSchemaErrors(tree.sarif)).toEqual([]);
    const history = await runScanStep({
      workspace: repo.root,
      event: 'workflow_dispatch',
      payload: { inputs: {} },
      inputs: { history: 'true' },
      env: { SECRETS_ACTION_PROGRESS_MS: '0' },
    });
    expect(history.outputs).toMatchObject({ commits: '4', 'new-findings': '3', range: 'all refs' });
    expect(history.output).toMatch(/history: 4\/4 commits \(100%\)/);
    expect(leakedSecrets(tokens, tree.everything, history.everything)).toEqual([]);
  });

  it('annotates paths relative to the workspace when the checkout is in a subfolder', async () => {
    const step = await runScanStep({
      workspace: dirname(repo.root),
      event: 'push',
      payload: { ref: 'refs/heads/topic', before: repo.head('topic~1'), after: repo.head('topic') },
      inputs: { 'working-directory': basename(repo.root) },
    });
    expect(annotations(step.output).map((a) => a.properties.file)).toEqual([
      `${basename(repo.root)}/c.txt`,
    ]);
  });

  it('names a bad input and the fix', async () => {
    const step = await runScanStep({
      workspace: repo.root,
      event: 'push',
      payload: {},
      inputs: { 'fail-on': 'sometimes' },
    });
    expect(step.exitCode).toBe(1);
    expect(step.output).toContain(
      "::error::Input 'fail-on' must be new, any, none, got 'sometimes'.",
    );
  });
});

/** A GitHub-token-shaped value generated at test time. */
function seededToken(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let state = seed;
  let out = 'ghp_';
  for (let i = 0; i < 36; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}
