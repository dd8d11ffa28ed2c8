import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/scanner/baseline/index.js';
import { expandTemplate } from '../helpers/tokens.js';
import { leakedSecrets, makeRepo, makeTree, runCli, type CliRun } from './helpers.js';

const stripe = (seed: number) => expandTemplate('sk_live_{an:24}', seed);
const planted = [1, 2, 3, 4].map(stripe);
const [first, second, third, fourth] = planted as [string, string, string, string];
const B = '.secrets.baseline';
const repo = resolve(__dirname, '../..');

/**
 * The driver as git runs it: the CLI source through tsx, which does not depend on dist/ being
 * rebuilt (dist/ is checked separately below when it already has the command).
 */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const sourceDriver = `node --import ${JSON.stringify(tsxLoader)} ${JSON.stringify(
  join(repo, 'src/cli/index.ts'),
)} merge-baseline %O %A %B %P`;
const distCli = join(repo, 'dist/cli/index.js');
// The entry file loads the rest of the CLI from chunks beside it: the command's help is in one.
const distHasCommand =
  existsSync(distCli) &&
  readdirSync(dirname(distCli)).some(
    (file) =>
      file.endsWith('.js') &&
      readFileSync(join(dirname(distCli), file), 'utf8').includes(
        'merge-baseline BASE OURS THEIRS',
      ),
  );
if (!distHasCommand)
  console.warn('skipping the dist/ merge-driver test: dist/cli/index.js lacks merge-baseline');

async function scanBaseline(root: string): Promise<CliRun> {
  const run = await runCli(['scan', '--baseline', B], root);
  expect(run.code).toBe(0);
  return run;
}

const read = async (root: string) => parseBaseline(await readFile(join(root, B), 'utf8'), B);

/**
 * Two branches off one baseline: `one` adds b1.py and labels m.py's entry, `two` adds b2.py.
 * b1.py and b2.py sort next to each other, so both insert their entries at the same place.
 */
async function divergedRepo(): Promise<string> {
  const root = await makeRepo({
    '.gitattributes': `${B} merge=secrets-baseline\n`,
    'm.py': `k = "${first}"\n`,
  });
  const git = simpleGit({ baseDir: root });
  await scanBaseline(root);
  await git.add('.').commit('baseline');
  const main = (await git.revparse(['--abbrev-ref', 'HEAD'])).trim();
  await git.checkoutLocalBranch('one');
  await writeFile(join(root, 'b1.py'), `k = "${second}"\n`);
  await scanBaseline(root);
  const text = await readFile(join(root, B), 'utf8');
  await writeFile(
    join(root, B),
    text.replace(
      /("filename": "m\.py",[^}]*"line_number": 1)/,
      '$1,\n        "is_secret": false,\n        "reason": "test fixture"',
    ),
  );
  await git.add('.').commit('one');
  await git.checkout(main);
  await git.checkoutLocalBranch('two');
  await writeFile(join(root, 'b2.py'), `k = "${third}"\n`);
  await scanBaseline(root);
  await git.add('.').commit('two');
  return root;
}

/** Merges `one` into `two` with the driver; the result is what a fresh scan writes. */
async function mergeWithDriver(driver: string): Promise<void> {
  const root = await divergedRepo();
  // simple-git refuses to set a merge driver unless told that this one is intended.
  const git = simpleGit({ baseDir: root, unsafe: { allowUnsafeMergeDriver: true } });
  await git.addConfig('merge.secrets-baseline.driver', driver);
  await git.merge(['one', '--no-edit']);
  const merged = await readFile(join(root, B), 'utf8');
  expect(leakedSecrets(planted, merged)).toEqual([]);
  expect(merged).not.toContain('<<<<<<<');
  const baseline = await read(root);
  expect([...baseline.results.keys()]).toEqual(['b1.py', 'b2.py', 'm.py']);
  expect(baseline.results.get('m.py')).toMatchObject([{ isSecret: false, reason: 'test fixture' }]);
  expect(await git.status()).toMatchObject({ conflicted: [] });
  const run = await scanBaseline(root);
  expect(run.stderr).toContain('unchanged: 0 added, 0 removed');
  expect(await readFile(join(root, B), 'utf8')).toBe(merged);
}

describe('merge-baseline as a git merge driver', () => {
  it('conflicts without the driver when both branches add neighbouring files', async () => {
    const root = await divergedRepo();
    const git = simpleGit({ baseDir: root });
    await expect(git.merge(['one', '--no-edit'])).rejects.toThrow(/CONFLICT/);
    expect(await readFile(join(root, B), 'utf8')).toContain('<<<<<<<');
    await git.merge(['--abort']);
  });

  it('merges cleanly with the driver (CLI source through tsx)', async () => {
    await mergeWithDriver(sourceDriver);
  }, 30_000);

  it.skipIf(!distHasCommand)(
    'merges cleanly with the driver (committed dist/)',
    async () => {
      await mergeWithDriver(`node ${JSON.stringify(distCli)} merge-baseline %O %A %B %P`);
    },
    30_000,
  );
});

describe('merge-baseline', () => {
  /** A baseline text made by `scan --baseline` over `files`. */
  async function baselineOf(files: Record<string, string>): Promise<string> {
    const root = await makeRepo(files);
    await scanBaseline(root);
    return readFile(join(root, B), 'utf8');
  }

  async function merge(base: string, ours: string, theirs: string) {
    const dir = await makeTree({ base, ours, theirs });
    const run = await runCli(['merge-baseline', 'base', 'ours', 'theirs', B], dir);
    expect(leakedSecrets(planted, run.stdout, run.stderr)).toEqual([]);
    expect(run.stderr).not.toContain('internal error');
    return { run, ours: await readFile(join(dir, 'ours'), 'utf8') };
  }

  it('applies removals from either side and keeps ours on a label clash, with a warning', async () => {
    const base = await baselineOf({ 'a.py': `k = "${first}"\n`, 'c.py': `k = "${second}"\n` });
    const label = (text: string, reason: string) =>
      text.replace(
        /("filename": "a\.py",[^}]*"line_number": 1)/,
        `$1,\n        "is_secret": false,\n        "reason": "${reason}"`,
      );
    // Ours: labels a.py; theirs: labels it differently and removes c.py's secret.
    const ours = label(base, 'ours');
    const theirs = label(await baselineOf({ 'a.py': `k = "${first}"\n` }), 'theirs');
    const { run, ours: merged } = await merge(base, ours, theirs);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: .secrets.baseline: a.py: Stripe Access Key');
    expect(run.stderr).toContain('"reason" was changed on both sides; ours was kept');
    const baseline = parseBaseline(merged, B);
    expect([...baseline.results.keys()]).toEqual(['a.py']);
    expect(baseline.results.get('a.py')).toMatchObject([{ isSecret: false, reason: 'ours' }]);
    expect(merged).toBe(theirs.replace('"theirs"', '"ours"'));
  });

  it('merges two baselines added on both sides (empty ancestor)', async () => {
    const ours = await baselineOf({ 'a.py': `k = "${first}"\n` });
    const theirs = await baselineOf({ 'z.py': `k = "${fourth}"\n`, 'a.py': `k = "${first}"\n` });
    const { run, ours: merged } = await merge('', ours, theirs);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(merged).toBe(theirs);
  });

  it('exits 1 and leaves OURS alone when a side is not a baseline', async () => {
    const good = await baselineOf({ 'a.py': `k = "${first}"\n` });
    for (const [base, ours, theirs] of [
      [good, good, '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> x\n'],
      [good, '{"version": ', good],
      ['[1, 2]', good, good],
    ] as const) {
      const { run, ours: after } = await merge(base, ours, theirs);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('cannot merge .secrets.baseline');
      expect(after).toBe(ours);
    }
  });

  it('documents the git setup and rejects a wrong number of arguments', async () => {
    const dir = await makeTree({});
    const help = await runCli(['merge-baseline', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('.secrets.baseline merge=secrets-baseline');
    expect(help.stdout).toContain(
      'git config merge.secrets-baseline.driver "npx secrets-action merge-baseline %O %A %B %P"',
    );
    expect((await runCli(['merge-baseline', 'a', 'b'], dir)).code).toBe(2);
    expect((await runCli(['--help'], dir)).stdout).toContain('merge-baseline');
  });
});
