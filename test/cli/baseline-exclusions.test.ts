import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/scanner/baseline/index.js';
import { expandTemplate } from '../helpers/tokens.js';
import { leakedSecrets, makeRepo, runCli, type CliRun } from './helpers.js';

const B = '.secrets.baseline';
const scenario = resolve(__dirname, '../../../shared/interop/detect-secrets/06-exclusions');
const present = existsSync(scenario);
if (!present) console.warn(`skipping the 06-exclusions CLI tests: ${scenario} is absent`);

const stripe = (template: string, seed: number) => expandTemplate(template, seed);
const planted = [
  stripe('sk_live_{an:24}', 1),
  stripe('sk_live_{an:24}', 2),
  stripe('sk_live_{an:24}', 3),
  stripe('sk_live_zz{an:22}', 4),
];
const [kept, vendored, example, dummy] = planted as [string, string, string, string];
/** The 06 fixture's values are fake, yet they stay out of every output all the same. */
const fixtureValues = ['fake-test-password', 'fake-password-0001', 'contraseña-falsa'];

async function cli(root: string, ...args: string[]): Promise<CliRun> {
  const run = await runCli(args, root);
  const written = await readFile(join(root, B), 'utf8').catch(() => '');
  expect(leakedSecrets(planted, run.stdout, run.stderr, written)).toEqual([]);
  for (const value of fixtureValues) expect(run.stdout + run.stderr).not.toContain(value);
  expect(run.stderr).not.toContain('internal error');
  return run;
}

const read = async (root: string) => parseBaseline(await readFile(join(root, B), 'utf8'), B);

/** Adds detect-secrets regex filters to the baseline file, as `--exclude-*` would store them. */
async function addFilters(root: string, patterns: Record<string, string[]>): Promise<void> {
  const json = JSON.parse(await readFile(join(root, B), 'utf8')) as {
    filters_used: Record<string, unknown>[];
  };
  for (const [kind, list] of Object.entries(patterns))
    json.filters_used.push({
      path: `detect_secrets.filters.regex.should_exclude_${kind}`,
      pattern: list,
    });
  await writeFile(join(root, B), `${JSON.stringify(json, null, 2)}\n`);
}

describe('the exclusions a baseline stores', () => {
  it('apply to scan --baseline and hook, Python syntax translated', async () => {
    const root = await makeRepo({ 'keep.py': `k = "${kept}"\n` });
    expect((await cli(root, 'scan', '--baseline', B)).code).toBe(0);
    await addFilters(root, {
      file: ['\\Avendor/'],
      line: ['(?P<tag>EXAMPLE)'],
      secret: ['(?i)^SK_LIVE_ZZ'],
    });
    const added = {
      'vendor/lib.py': `k = "${vendored}"\n`,
      'notes.py': `doc = "${example}"  # EXAMPLE\n`,
      'cfg.py': `k = "${dummy}"\n`,
    };
    await makeFiles(root, added);
    const scan = await cli(root, 'scan', '--baseline', B);
    expect(scan.code).toBe(0);
    expect(scan.stderr).toContain('0 added, 0 removed');
    expect([...(await read(root)).results.keys()]).toEqual(['keep.py']);
    // The filters are kept as written.
    expect(await readFile(join(root, B), 'utf8')).toContain('"(?P<tag>EXAMPLE)"');

    await simpleGit({ baseDir: root }).add(['.']);
    const files = Object.keys(added);
    expect((await cli(root, 'hook', '--baseline', B, ...files)).code).toBe(0);
    // Without the baseline, each of them is blocked.
    const bare = await cli(root, 'hook', ...files);
    expect(bare.code).toBe(1);
    for (const file of files) expect(bare.stdout).toContain(`${file}:1`);
  });

  it('exit 2 naming a pattern that cannot be translated, with the baseline untouched', async () => {
    const root = await makeRepo({ 'keep.py': `k = "${kept}"\n` });
    await cli(root, 'scan', '--baseline', B);
    await addFilters(root, { line: ['(?x) EXAMPLE  # verbose'] });
    const before = await readFile(join(root, B), 'utf8');
    for (const args of [
      ['scan', '--baseline', B],
      ['hook', '--baseline', B, 'keep.py'],
    ]) {
      const run = await cli(root, ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--exclude-lines pattern "(?x) EXAMPLE  # verbose"');
      expect(await readFile(join(root, B), 'utf8')).toBe(before);
    }
  });

  describe.skipIf(!present)('with detect-secrets 1.5.0 baselines (06-exclusions)', () => {
    /** The scenario's repository in a fresh git repo, with one of its baselines. */
    async function sampleRepo(baseline: string): Promise<string> {
      const repo = join(scenario, 'repo');
      const files: Record<string, string> = {};
      for (const entry of readdirSync(repo, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) {
          const path = join(entry.parentPath, entry.name);
          files[relative(repo, path)] = readFileSync(path, 'utf8');
        }
      files[B] = readFileSync(join(scenario, 'out', baseline), 'utf8');
      return makeRepo(files);
    }

    it('scan --baseline leaves out the stored files, lines and secrets', async () => {
      const root = await sampleRepo('make-baseline.after.json');
      expect((await cli(root, 'scan', '--baseline', B)).code).toBe(0);
      const files = [...(await read(root)).results.keys()];
      expect(files).toContain('app/config.py');
      expect(files).not.toContain('test/test_config.py');
      // The repeated flags' baseline also excludes *.md and secrets containing "contraseña".
      const repeated = await sampleRepo('scan-excludes-repeated.stdout');
      expect((await cli(repeated, 'scan', '--baseline', B)).code).toBe(0);
      const results = (await read(repeated)).results;
      expect([...results.keys()]).toEqual(['app/config.py']);
      expect(results.get('app/config.py')?.map((entry) => entry.lineNumber)).not.toContain(6);
    });

    it('the hook passes additions in excluded files, and blocks them without the baseline', async () => {
      const root = await sampleRepo('hook-excluded-additions.before.json');
      // The scenario's edit-4: one more line in each file, staged. The lines are put together
      // here so that this file itself holds nothing a scan of the repository would flag.
      const line = (name: string, ...parts: string[]) => `${name} = "${parts.join('')}"\n`;
      await appendFile(
        join(root, 'app/config.py'),
        line('OTHER_DOC_KEY', 'AKIA', 'FAKEFAKEEXAMPLE2'),
      );
      await appendFile(
        join(root, 'test/test_config.py'),
        line('password', 'fake-test-', 'password-0002'),
      );
      await simpleGit({ baseDir: root }).add(['app', 'test']);
      const paths = ['app/config.py', 'test/test_config.py'];
      expect((await cli(root, 'hook', '--baseline', B, ...paths)).code).toBe(0);
      const bare = await cli(root, 'hook', ...paths);
      expect(bare.code).toBe(1);
      expect(bare.stdout).toContain('test/test_config.py:');
    });
  });
});

/** Writes files under root, creating their directories. */
async function makeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}
