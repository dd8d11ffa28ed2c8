import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../helpers/tokens.js';
import { githubToken, leakedSecrets, makeRepo, makeTree, runCli, type CliRun } from './helpers.js';

const stripe = (seed: number) => expandTemplate('sk_live_{an:24}', seed);
const planted = [stripe(1), stripe(2), stripe(3), githubToken(1), githubToken(2)];
const [known, fresh, other, ghp1, ghp2] = planted as [string, string, string, string, string];

const B = '.secrets.baseline';

/** Runs the hook and checks that no planted secret shows in anything it printed. */
async function hook(root: string, ...args: string[]): Promise<CliRun> {
  const run = await runCli(['hook', ...args], root);
  expect(leakedSecrets(planted, run.stdout, run.stderr)).toEqual([]);
  expect(run.stderr).not.toContain('internal error');
  return run;
}

/** Writes files and stages them. */
async function stage(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) await writeFile(join(root, path), content);
  await simpleGit({ baseDir: root }).add(Object.keys(files));
}

/** A repository whose baseline (made by `scan --baseline`) covers `app.py`'s key. */
async function baselinedRepo(): Promise<string> {
  const root = await makeRepo({ 'app.py': `import os\nkey = "${known}"\n`, 'readme.md': 'hi\n' });
  const run = await runCli(['scan', '--baseline', B], root);
  expect(run.code).toBe(0);
  await simpleGit({ baseDir: root }).add(B);
  return root;
}

describe('hook', () => {
  it('blocks a new secret with file:line, detector, redacted value and both ways out', async () => {
    const root = await baselinedRepo();
    await stage(root, { 'new.py': `# config\nstripe = "${fresh}"\n` });
    const run = await hook(root, '--baseline', B, 'new.py', 'app.py');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ERROR: Potential secrets about to be committed to git repo!');
    expect(run.stdout).toContain('Location:    new.py:2');
    expect(run.stdout).toContain('Detector:    stripe-live-key');
    expect(run.stdout).toContain('Secret Type: Stripe Access Key');
    expect(run.stdout).toContain('sk_l…');
    expect(run.stdout).not.toContain('app.py');
    expect(run.stdout).toContain('# pragma: allowlist secret');
    expect(run.stdout).toContain('secrets-action scan --baseline .secrets.baseline');
    expect(run.stdout).toContain('"reason"');
    expect(run.stdout).toContain('rotate');
  });

  it('prints JSON with --json', async () => {
    const root = await baselinedRepo();
    await stage(root, { 'new.py': `stripe = "${fresh}"\n` });
    const run = await hook(root, '--json', '--baseline', B, 'new.py', 'app.py');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      passed: boolean;
      known: number;
      blocked: { file: string; line: number; detector: string; reason: string; redacted: string }[];
    };
    expect(json.passed).toBe(false);
    expect(json.known).toBe(1);
    expect(json.blocked).toMatchObject([
      { file: 'new.py', line: 1, detector: 'stripe-live-key', reason: 'new', redacted: 'sk_l…' },
    ]);
  });

  it('passes a baselined secret, also after its line moved, and leaves the baseline alone', async () => {
    const root = await baselinedRepo();
    const before = await readFile(join(root, B));
    await stage(root, { 'app.py': `# one\n# two\n# three\nimport os\nkey = "${known}"\n` });
    const run = await hook(root, '--baseline', B, 'app.py');
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(await readFile(join(root, B))).toEqual(before);
  });

  it('checks the staged content, not the work tree', async () => {
    const root = await baselinedRepo();
    // Staged with a key, then removed from the work tree only: the commit would hold the key.
    await stage(root, { 'staged.py': `token = "${fresh}"\n` });
    await writeFile(join(root, 'staged.py'), 'token = os.environ["TOKEN"]\n');
    const blocked = await hook(root, '--baseline', B, 'staged.py');
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('staged.py:1');
    // Staged clean, key added in the work tree only: the commit is clean.
    await stage(root, { 'worktree.py': 'token = None\n' });
    await writeFile(join(root, 'worktree.py'), `token = "${other}"\n`);
    expect(await hook(root, '--baseline', B, 'worktree.py')).toMatchObject({ code: 0 });
    // With no file named, the staged files are checked.
    const all = await hook(root, '--baseline', B);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('staged.py:1');
    expect(all.stdout).not.toContain('worktree.py');
  });

  it('skips files deleted in the index and the baseline itself', async () => {
    const root = await baselinedRepo();
    await simpleGit({ baseDir: root }).rm(['app.py']);
    expect(await hook(root, '--baseline', B, 'app.py', B)).toMatchObject({ code: 0, stdout: '' });
  });

  it('reports a second copy of a baselined secret in the same file', async () => {
    const root = await baselinedRepo();
    await stage(root, { 'app.py': `import os\nkey = "${known}"\nagain = "${known}"\n` });
    const run = await hook(root, '--baseline', B, 'app.py');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('app.py:');
    expect(run.stdout.match(/Location:/g)).toHaveLength(1);
  });

  it('tells two GitHub tokens of one file apart (detect-secrets hashes only "ghp")', async () => {
    const root = await makeRepo({ 'deploy.sh': `export GITHUB_TOKEN=${ghp1}\n` });
    await runCli(['scan', '--baseline', B], root);
    await stage(root, { 'deploy.sh': `export GITHUB_TOKEN=${ghp1}\nexport OTHER=${ghp2}\n` });
    const run = await hook(root, '--baseline', B, 'deploy.sh');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('deploy.sh:2');
  });

  it('reports a secret whose baseline entry expired', async () => {
    const root = await baselinedRepo();
    const text = await readFile(join(root, B), 'utf8');
    await writeFile(
      join(root, B),
      text.replace('"line_number": 2', '"line_number": 2,\n        "expires": "2001-01-01"'),
    );
    const run = await hook(root, '--baseline', B, 'app.py');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('app.py:2');
    expect(run.stdout).toContain('expired on 2001-01-01');
    const later = text.replace(
      '"line_number": 2',
      '"line_number": 2,\n        "expires": "2999-01-01"',
    );
    await writeFile(join(root, B), later);
    expect(await hook(root, '--baseline', B, 'app.py')).toMatchObject({ code: 0 });
  });

  it('fails on unaudited or real entries only when asked', async () => {
    const root = await baselinedRepo();
    expect(await hook(root, '--fail-on-real', '--baseline', B, 'app.py')).toMatchObject({
      code: 0,
    });
    const unaudited = await hook(root, '--fail-on-unaudited', '--baseline', B, 'app.py');
    expect(unaudited.code).toBe(1);
    expect(unaudited.stdout).toContain('not audited');
    expect(unaudited.stdout).toContain(`secrets-action audit ${B}`);
    const text = await readFile(join(root, B), 'utf8');
    await writeFile(
      join(root, B),
      text.replace('"line_number": 2', '"line_number": 2,\n        "is_secret": true'),
    );
    expect(await hook(root, '--fail-on-unaudited', '--baseline', B, 'app.py')).toMatchObject({
      code: 0,
    });
    const real = await hook(root, '--fail-on-real', '--baseline', B, 'app.py');
    expect(real.code).toBe(1);
    expect(real.stdout).toContain('labelled a real secret');
  });

  it('fails on every finding without --baseline, and exits 2 for a missing baseline', async () => {
    const root = await baselinedRepo();
    const none = await hook(root, 'app.py');
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('app.py:2');
    const missing = await hook(root, '--baseline', 'missing.baseline', 'app.py');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.baseline does not exist');
    expect(missing.stderr).toContain('secrets-action scan --baseline missing.baseline');
  });

  it('exits 2 on a merge-conflicted baseline, says how to fix it, and leaves it untouched', async () => {
    const root = await baselinedRepo();
    const text = await readFile(join(root, B), 'utf8');
    const conflicted = text.replace(
      '  "results": {',
      '<<<<<<< HEAD\n  "results": {\n=======\n  "results": {\n>>>>>>> feature\n',
    );
    await writeFile(join(root, B), conflicted);
    const run = await hook(root, '--baseline', B, 'app.py');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('merge-conflict markers');
    expect(run.stderr).toContain(`secrets-action scan --baseline ${B}`);
    expect(await readFile(join(root, B), 'utf8')).toBe(conflicted);
  });

  it('reads the files themselves outside git', async () => {
    const root = await makeTree({ 'a.py': `key = "${fresh}"\n`, 'b.py': 'ok\n' });
    const run = await hook(root, 'a.py', 'b.py');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a.py:1');
    await rm(join(root, 'a.py'));
    expect(await hook(root, 'b.py')).toMatchObject({ code: 0 });
  });

  it('documents its options and exit codes', async () => {
    const run = await hook('.', '--help');
    expect(run.code).toBe(0);
    for (const text of [
      '--baseline',
      '--json',
      '--fail-on-unaudited',
      '--fail-on-real',
      'Exit codes',
    ])
      expect(run.stdout).toContain(text);
  });
});
