import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from '../action/scan-runner.js';
import { GitRepo } from '../helpers/git-history.js';
import { buildPullRequest, type PullRequestFixture } from '../scanner/sources/git-log-fixture.js';
import { githubToken, leakedSecrets, runCli, type CliRun } from './helpers.js';

describe('scan --diff and --history', () => {
  let fixture: PullRequestFixture;
  beforeAll(async () => {
    fixture = await buildPullRequest();
  });
  const cli = (...args: string[]) => runCli(args, fixture.repo.root);
  const noLeaks = (...runs: CliRun[]) =>
    expect(leakedSecrets(fixture.all, ...runs.flatMap((run) => [run.stdout, run.stderr]))).toEqual(
      [],
    );

  it('--diff reports what the branch added and the baseline does not cover, exit 1', async () => {
    const run = await cli('scan', '--diff', 'main..feature', '--baseline', '.secrets.baseline');
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 5).map((line) => line.split(': ')[0])).toEqual([
      'docs/my notes é.md:3:6',
      'keys/deploy.pem:2:6',
      'shared.txt:2:11',
      'src/a.txt:3:16',
      'win/app.ini:3:7',
    ]);
    expect(lines[3]).toContain(
      `(commit ${fixture.commits.addedThenRemoved.slice(0, 7)}, Mallory Dev, 2024-01-01;`,
    );
    expect(run.stdout).toMatch(
      /5 secrets found in 5 files \(1 more in the baseline\)\. Scanned \d+ commits of main\.\.feature/,
    );
    expect(run.stderr).toMatch(/^history: \d+ commits to scan in main\.\.feature/);
    noLeaks(run);
  });

  it('--diff limited to paths, and a clean range exits 0', async () => {
    const limited = await cli('scan', '--diff', 'main..feature', '--format', 'json', 'src');
    const json = JSON.parse(limited.stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual(['src/a.txt']);
    expect(json.findings[0]).toMatchObject({
      commit: fixture.commits.addedThenRemoved,
      author: 'Mallory Dev',
      email: 'mallory@example.com',
      redacted: 'ghp_…',
    });
    const clean = await cli('scan', '--diff', 'feature~1..feature');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^No new secrets found\. Scanned 1 commit of/);
  });

  it('--history --format sarif is schema-valid and names commits; progress goes to stderr', async () => {
    const run = await runCli(['scan', '--history', '--format', 'sarif'], fixture.repo.root);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const results = sarif.runs[0].results;
    // One per path and secret: the baselined token counts once in config/app.env (moved), once
    // in config/prod.env (renamed later adds no line), plus main's own and the deleted file's.
    const files = results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri),
    );
    expect(files).toEqual(expect.arrayContaining(['main-only.txt', 'old/legacy.txt', 'src/a.txt']));
    expect(new Set(files).size).toBe(files.length);
    expect(results[0].properties.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(run.stderr).toMatch(/history: [\d,]+\/[\d,]+ commits \(100%\)/);
    noLeaks(run);
  });

  it('--shard splits the commits; merge-sarif puts the shards back together, deduplicated', async () => {
    const dir = fixture.repo.root;
    const whole = await cli('scan', '--history', '--format', 'sarif', '--output', 'whole.sarif');
    const parts = [];
    for (const shard of ['1/3', '2/3', '3/3'])
      parts.push(
        await cli(
          'scan',
          '--history',
          '--shard',
          shard,
          '--format',
          'sarif',
          '-o',
          `part${shard[0]}.sarif`,
        ),
      );
    expect(parts.map((p) => p.stderr)).toEqual(parts.map(() => expect.stringContaining('shard')));
    // The same secret introduced in two shards counts once after the merge; write a duplicate.
    const merged = await cli(
      'merge-sarif',
      'part1.sarif',
      'part2.sarif',
      'part3.sarif',
      'part1.sarif',
      '-o',
      'all.sarif',
    );
    expect(merged.code).toBe(0);
    expect(merged.stderr).toMatch(/merged 4 SARIF files: \d+ results, \d+ duplicates? dropped/);
    const all = JSON.parse(await readFile(join(dir, 'all.sarif'), 'utf8'));
    const full = JSON.parse(await readFile(join(dir, 'whole.sarif'), 'utf8'));
    expect(sarifSchemaErrors(all)).toEqual([]);
    const key = (r: {
      ruleId: string;
      partialFingerprints: Record<string, string>;
      locations: unknown;
    }) =>
      `${r.ruleId} ${JSON.stringify(r.locations)} ${r.partialFingerprints.primaryLocationLineHash}`;
    expect(all.runs).toHaveLength(1);
    expect(all.runs[0].results.map(key).sort()).toEqual(full.runs[0].results.map(key).sort());
    // Commit counts add up file by file (part1 was given twice).
    const part1 = JSON.parse(await readFile(join(dir, 'part1.sarif'), 'utf8'));
    expect(all.runs[0].properties.commits).toBe(
      full.runs[0].properties.commits + part1.runs[0].properties.commits,
    );
    expect(all.runs[0].properties.shard).toBeUndefined();
    for (const result of all.runs[0].results)
      expect(all.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(whole.code).toBe(1);
  });

  it('rejects option mixes that make no sense, naming the fix', async () => {
    const cases: [string[], RegExp][] = [
      [['--diff', 'a..b', '--history'], /exclude each other/],
      [['--log-opts=--since=1.day'], /--log-opts applies to --history/],
      [['--shard', '1/2'], /--shard applies to --diff and --history/],
      [['--history', '--shard', '3/2'], /i\/n/],
      [['--diff', 'nope..feature'], /'nope' is not a commit/],
      [['--diff', 'main..feature', '--baseline', 'missing.baseline'], /does not exist/],
    ];
    for (const [args, message] of cases) {
      const run = await cli('scan', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('scan --history --log-opts', () => {
  it('limits the commits to the revisions and paths given', async () => {
    const repo = GitRepo.create();
    repo
      .write({ 'a/x.txt': `t=${githubToken(401)}\n`, 'b/y.txt': `t=${githubToken(402)}\n` })
      .commit('both');
    repo
      .checkout('other', true)
      .write({ 'c.txt': `t=${githubToken(403)}\n` })
      .commit('other');
    repo.checkout('main');
    const run = await runCli(
      ['scan', '--history', '--log-opts', 'main -- a', '--format', 'json'],
      repo.root,
    );
    const json = JSON.parse(run.stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual(['a/x.txt']);
    expect(json.summary).toMatchObject({ range: 'main', commits: 1 });
  });
});
