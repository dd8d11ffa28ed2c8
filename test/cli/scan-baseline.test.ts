import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/scanner/baseline/index.js';
import { expandTemplate } from '../helpers/tokens.js';
import { leakedSecrets, makeRepo, runCli, type CliRun } from './helpers.js';

const stripe = (seed: number) => expandTemplate('sk_live_{an:24}', seed);
const planted = [1, 2, 3, 4, 5].map(stripe);
const [first, second, third, fourth] = planted as [string, string, string, string];
const B = '.secrets.baseline';

async function scanBaseline(root: string, ...args: string[]): Promise<CliRun> {
  const run = await runCli(['scan', '--baseline', B, ...args], root);
  const written = await readFile(join(root, B), 'utf8').catch(() => '');
  expect(leakedSecrets(planted, run.stdout, run.stderr, written)).toEqual([]);
  expect(run.stderr).not.toContain('internal error');
  return run;
}

const read = async (root: string) => parseBaseline(await readFile(join(root, B), 'utf8'), B);

describe('scan --baseline', () => {
  it('creates a detect-secrets baseline without a timestamp, and exits 0', async () => {
    const root = await makeRepo({ 'a.py': `k = "${first}"\n`, 'src/b.py': `x\nk = "${second}"\n` });
    const run = await scanBaseline(root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`baseline ${B} created: 2 added, 0 removed`);
    expect(run.stdout).toContain('a.py:1');
    const text = await readFile(join(root, B), 'utf8');
    expect(text.startsWith('{\n  "version": "1.5.0",\n  "plugins_used": [\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('generated_at');
    expect(text).toContain('"filename": ".secrets.baseline"');
    const baseline = await read(root);
    expect([...baseline.results.keys()]).toEqual(['a.py', 'src/b.py']);
    expect(baseline.results.get('src/b.py')).toMatchObject([
      { type: 'Stripe Access Key', lineNumber: 2, isVerified: false },
    ]);
    // Nothing changed: the second run writes nothing and adds nothing.
    const again = await scanBaseline(root);
    expect(again.stderr).toContain('unchanged: 0 added, 0 removed');
    expect(await readFile(join(root, B), 'utf8')).toBe(text);
    const stamped = await scanBaseline(root, '--timestamp');
    expect(stamped.code).toBe(0);
    expect(await readFile(join(root, B), 'utf8')).toMatch(
      /"generated_at": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\n}\n$/,
    );
  });

  it('keeps labels and reasons, follows moved lines, and removes stale entries', async () => {
    const root = await makeRepo({
      'a.py': `k = "${first}"\n`,
      'b.py': `k = "${second}"\nj = "${third}"\n`,
      'gone.py': `k = "${fourth}"\n`,
    });
    await scanBaseline(root);
    const text = await readFile(join(root, B), 'utf8');
    const labelled = text.replace(
      '"line_number": 1\n',
      '"line_number": 1,\n        "is_secret": false,\n        "reason": "test fixture",\n        "owner": "@team"\n',
    );
    await writeFile(join(root, B), labelled);
    await writeFile(join(root, 'a.py'), `# moved\n\nk = "${first}"\n`);
    await writeFile(join(root, 'b.py'), `k = "${second}"\n`);
    await rm(join(root, 'gone.py'));
    const run = await scanBaseline(root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('removed stale entry: b.py:2 Stripe Access Key');
    expect(run.stderr).toContain('removed stale entry: gone.py:1 Stripe Access Key');
    expect(run.stderr).toContain('updated: 0 added, 2 removed');
    expect(run.stdout).not.toContain('.py:');
    const baseline = await read(root);
    expect([...baseline.results.keys()]).toEqual(['a.py', 'b.py']);
    expect(baseline.results.get('a.py')).toMatchObject([
      { lineNumber: 3, isSecret: false, reason: 'test fixture', owner: '@team' },
    ]);
  });

  it('adds a second copy of a secret as an entry of its own', async () => {
    const root = await makeRepo({ 'a.py': `k = "${first}"\n` });
    await scanBaseline(root);
    await writeFile(join(root, 'a.py'), `k = "${first}"\nj = "${first}"\n`);
    const run = await scanBaseline(root);
    expect(run.stderr).toContain('1 added, 0 removed');
    expect((await read(root)).results.get('a.py')?.map((entry) => entry.lineNumber)).toEqual([
      1, 2,
    ]);
  });

  it('exits 2 on a conflicted or invalid baseline and never overwrites it', async () => {
    const root = await makeRepo({ 'a.py': `k = "${first}"\n` });
    for (const broken of [
      '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n',
      '{"version": "1.5.0",',
    ]) {
      await writeFile(join(root, B), broken);
      const run = await scanBaseline(root);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`secrets-action scan --baseline ${B}`);
      expect(run.stdout).toBe('');
      expect(await readFile(join(root, B), 'utf8')).toBe(broken);
    }
  });

  it('merges cleanly when two branches add findings in different files', async () => {
    const root = await makeRepo({ 'm/middle.py': `k = "${first}"\n` });
    const git = simpleGit({ baseDir: root });
    await scanBaseline(root);
    await git.add('.').commit('baseline');
    const main = (await git.revparse(['--abbrev-ref', 'HEAD'])).trim();
    await git.checkoutLocalBranch('one');
    await writeFile(join(root, 'a.py'), `k = "${second}"\n`);
    await scanBaseline(root);
    await git.add('.').commit('one');
    await git.checkout(main);
    await git.checkoutLocalBranch('two');
    await mkdir(join(root, 'z'));
    await writeFile(join(root, 'z/last.py'), `k = "${third}"\n`);
    await scanBaseline(root);
    await git.add('.').commit('two');
    await git.merge(['one', '--no-edit']);
    const merged = await readFile(join(root, B), 'utf8');
    expect(merged).not.toContain('<<<<<<<');
    expect([...(await read(root)).results.keys()]).toEqual(['a.py', 'm/middle.py', 'z/last.py']);
    // The merge result is exactly what a fresh scan writes: nothing to fix up.
    const run = await scanBaseline(root);
    expect(run.stderr).toContain('unchanged');
    expect(await readFile(join(root, B), 'utf8')).toBe(merged);
  });

  it('rejects --timestamp without --baseline', async () => {
    const root = await makeRepo({ 'a.py': 'x\n' });
    const run = await runCli(['scan', '--timestamp'], root);
    expect(run.code).toBe(2);
  });
});
