import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../../src/scanner/baseline/index.js';
import { emptyConfig } from '../../../src/scanner/config/types.js';
import { runHistoryScan, type HistoryOutcome } from '../../../src/scanner/sources/git-log.js';
import { historySelection, listCommits } from '../../../src/scanner/sources/git-log-range.js';
import { prepareScan } from '../../../src/scanner/sources/git-log-setup.js';
import { GitRepo } from '../../helpers/git-history.js';
import { githubToken } from '../../cli/helpers.js';
import { buildPullRequest, type PullRequestFixture } from './git-log-fixture.js';

async function scanRange(
  fixture: PullRequestFixture,
  withBaseline = true,
): Promise<HistoryOutcome> {
  const text = await readFile(join(fixture.repo.root, '.secrets.baseline'), 'utf8');
  const baseline = parseBaseline(text, '.secrets.baseline');
  const setup = prepareScan(emptyConfig(), {
    baseline,
    shown: '.secrets.baseline',
    relative: '.secrets.baseline',
  });
  return runHistoryScan({
    root: fixture.repo.root,
    selection: { revisions: [`${fixture.base}..${fixture.head}`], pathspec: [], label: 'the PR' },
    setup,
    ...(withBaseline && { baseline }),
    dedupeBy: 'line',
    reportBaselined: false,
    version: 'test',
  });
}

describe('range scans of a pull request (real git history)', () => {
  let fixture: PullRequestFixture;
  let outcome: HistoryOutcome;
  beforeAll(async () => {
    fixture = await buildPullRequest();
    outcome = await scanRange(fixture);
  });

  it('scans every commit of the range, well past 30, merges included', async () => {
    const commits = await listCommits(fixture.repo.root, {
      revisions: [`${fixture.base}..${fixture.head}`],
      pathspec: [],
      label: 'pr',
    });
    expect(commits.length).toBeGreaterThan(30);
    expect(outcome.report.stats.commits).toBe(commits.length);
    expect(commits).toContain(fixture.commits.evilMerge);
  });

  it('reports the secrets the PR added, each at its line in the file, with its commit', () => {
    const where = outcome.fresh.map((f) => [f.file, f.line, f.detectorId, f.commit]);
    expect(where).toEqual(
      expect.arrayContaining([
        ['src/a.txt', 3, 'github-pat', fixture.commits.addedThenRemoved],
        ['docs/my notes é.md', 3, 'github-pat', fixture.commits.unicodePath],
        ['shared.txt', 2, expect.any(String), fixture.commits.evilMerge],
        ['win/app.ini', 3, 'github-pat', fixture.commits.crlf],
        ['keys/deploy.pem', 2, expect.any(String), fixture.commits.key],
      ]),
    );
    expect(outcome.fresh).toHaveLength(5);
    const [added] = outcome.fresh.filter((f) => f.file === 'src/a.txt');
    expect(added).toMatchObject({
      column: 16,
      author: 'Mallory Dev',
      email: 'mallory@example.com',
      redacted: 'ghp_…',
    });
    expect(added?.date).toMatch(/^2024-01-01T/);
  });

  it('keeps a baselined secret suppressed after it moved lines, by content', () => {
    expect(outcome.known.map((f) => [f.file, f.line])).toEqual([['config/app.env', 5]]);
  });

  it('leaves out pragmas (same line and the line above), binaries, renames, deletions and what came from main', () => {
    const files = outcome.fresh.map((f) => f.file);
    for (const file of ['src/test.py', 'src/fixture.py', 'assets/blob.dat', 'main-only.txt'])
      expect(files).not.toContain(file);
    expect(files).not.toContain('config/prod.env');
    expect(outcome.report.stats.skipped.binary).toBe(1);
  });

  it('reports only secrets, never their values', () => {
    const json = JSON.stringify(outcome);
    for (const value of fixture.all) expect(json).not.toContain(value);
  });

  it('counts every finding as new without a baseline', async () => {
    const plain = await scanRange(fixture, false);
    expect(plain.fresh).toHaveLength(6);
    expect(plain.known).toHaveLength(0);
  });
});

describe('history scans', () => {
  it('reports one finding per path and secret, from the commit that introduced it', async () => {
    const token = githubToken(201);
    const repo = GitRepo.create();
    repo.write({ 'app.cfg': `a=1\ntoken=${token}\n` });
    const first = repo.commit('add');
    repo.write({ 'app.cfg': `a=2\nb=1\ntoken=${token}\n` }).commit('edit around it');
    repo.write({ 'app.cfg': `a=2\nb=1\ntoken=${token} # moved\n` }).commit('touch its line');
    repo.write({ 'copy.cfg': `token=${token}\n` }).commit('copy');
    repo
      .checkout('side', true)
      .write({ 'side.cfg': `t=${token}\n` })
      .commit('on a branch');
    repo.checkout('main');
    const outcome = await runHistoryScan({
      root: repo.root,
      selection: historySelection(undefined, []),
      setup: prepareScan(emptyConfig()),
      dedupeBy: 'location',
      reportBaselined: false,
      version: 'test',
    });
    expect(outcome.report.stats.commits).toBe(5);
    expect(outcome.fresh.map((f) => [f.file, f.commit === first])).toEqual([
      ['app.cfg', true],
      ['copy.cfg', false],
      ['side.cfg', false],
    ]);
  });

  it('refuses a shallow clone whose history is cut inside the range', async () => {
    const repo = GitRepo.create();
    for (let i = 0; i < 3; i++) repo.write({ 'f.txt': `${i}\n` }).commit(`c${i}`);
    const origin = repo.bareCopy();
    const { shallowClone } = await import('../../helpers/git-history.js');
    const clone = shallowClone(origin, 'main');
    await expect(
      runHistoryScan({
        root: clone.root,
        selection: historySelection(undefined, []),
        setup: prepareScan(emptyConfig()),
        dedupeBy: 'location',
        reportBaselined: false,
        version: 'test',
      }),
    ).rejects.toThrow(/shallow/);
  });
});
