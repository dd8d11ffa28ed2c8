/**
 * The hook through the real `pre-commit` tool: this repository (as it is on disk) is the hook
 * repository, pinned by path and rev, and each scenario is a real `git commit` in a temp repo.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubToken, leakedSecrets } from '../cli/helpers.js';
import {
  commitFiles,
  hermeticEnv,
  makeHookRepo,
  makeProject,
  mustRun,
  preCommitAvailable,
  runHookRepoCli,
  runTool,
  type HookRepo,
} from './pre-commit-helpers.js';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const available = preCommitAvailable();
const title = available
  ? 'pre-commit hook (real pre-commit, hook repo by path and rev)'
  : 'pre-commit hook: SKIPPED because `pre-commit` is not on PATH (apt-get install pre-commit)';
if (!available) console.warn(title);

// The first install of the hook environment runs npm install / pack / install -g.
const installTimeout = 900_000;
const commitTimeout = 120_000;

/** A small Python module; `secret` (if any) is assigned on line 3. */
function settingsPy(secret: string | undefined, suffix = ''): string {
  const value = secret === undefined ? 'os.environ["GITHUB_TOKEN"]' : JSON.stringify(secret);
  return `import os\n\nGITHUB_TOKEN = ${value}${suffix}\n\n\ndef token():\n    return GITHUB_TOKEN\n`;
}

async function commitCount(root: string, env: NodeJS.ProcessEnv): Promise<number> {
  return Number((await mustRun('git', ['rev-list', '--count', 'HEAD'], root, env)).trim());
}

describe.skipIf(!available)(title, () => {
  let hook: HookRepo;
  let env: NodeJS.ProcessEnv;
  let scratch: string;
  const planted: string[] = [];
  const project = (files: Record<string, string> = {}) => makeProject(hook, env, files, scratch);

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'secrets-action-pre-commit-'));
    const gitConfig = join(scratch, 'gitconfig');
    await writeFile(gitConfig, '');
    env = hermeticEnv(join(scratch, 'pre-commit-home'), gitConfig);
    hook = await makeHookRepo(projectRoot, env, scratch);

    const help = await runHookRepoCli(hook, ['hook', '--help'], hook.path, env);
    if (help.code !== 0) {
      throw new Error(
        `dist/ has no working hook command; run \`npm run build\` first:\n${help.stderr}`,
      );
    }

    // Install the hook environment once; every scenario's project reuses it from PRE_COMMIT_HOME.
    const warmup = await project();
    const started = Date.now();
    await mustRun('pre-commit', ['install-hooks'], warmup, env);
    console.info(
      `pre-commit hook environment installed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, installTimeout);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it(
    'lets a clean commit through',
    async () => {
      const root = await project();
      const run = await commitFiles(
        root,
        env,
        { 'app/settings.py': settingsPy(undefined) },
        'clean',
      );
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout + run.stderr).toMatch(/secrets-action\.+Passed/);
      expect(await commitCount(root, env)).toBe(2);
    },
    commitTimeout,
  );

  it(
    'blocks a commit that adds a token and names file:line and detector, never the value',
    async () => {
      const secret = githubToken(301);
      planted.push(secret);
      const root = await project({ 'README.md': '# demo\n' });
      const run = await commitFiles(
        root,
        env,
        { 'app/settings.py': settingsPy(secret), 'app/other.py': 'print("hello")\n' },
        'add a token',
      );
      const output = run.stdout + run.stderr;
      expect(run.code, output).not.toBe(0);
      expect(output).toMatch(/secrets-action\.+Failed/);
      expect(output).toContain('app/settings.py:3');
      expect(output).toContain('github-pat');
      expect(output).not.toContain('app/other.py:');
      expect(leakedSecrets([secret], output)).toEqual([]);
      expect(await commitCount(root, env)).toBe(1);
    },
    commitTimeout,
  );

  it(
    'lets a token recorded in .secrets.baseline through, and moving it rewrites nothing',
    async () => {
      const secret = githubToken(302);
      planted.push(secret);
      const root = await project();
      await writeFile(join(root, 'settings.py'), settingsPy(secret));
      await mustRun('git', ['add', 'settings.py'], root, env);
      const scan = await runHookRepoCli(
        hook,
        ['scan', '--baseline', '.secrets.baseline'],
        root,
        env,
      );
      expect(scan.code, scan.stdout + scan.stderr).toBe(0);
      const baseline = await readFile(join(root, '.secrets.baseline'), 'utf8');
      expect(baseline).toContain('settings.py');
      expect(leakedSecrets([secret], scan.stdout, scan.stderr, baseline)).toEqual([]);

      const first = await commitFiles(root, env, { '.secrets.baseline': baseline }, 'baselined');
      expect(first.code, first.stdout + first.stderr).toBe(0);

      // Two lines above the token move it from line 3 to line 5; the hook must not care.
      const moved = `# settings\n# more settings\n${settingsPy(secret)}`;
      const second = await commitFiles(root, env, { 'settings.py': moved }, 'move the token');
      expect(second.code, second.stdout + second.stderr).toBe(0);
      expect(await readFile(join(root, '.secrets.baseline'), 'utf8')).toBe(baseline);
      expect(await mustRun('git', ['status', '--porcelain'], root, env)).toBe('');
      expect(await commitCount(root, env)).toBe(3);
      expect(
        leakedSecrets([secret], first.stdout, first.stderr, second.stdout, second.stderr),
      ).toEqual([]);
    },
    commitTimeout,
  );

  it(
    'lets a token marked with an allowlist pragma through',
    async () => {
      const secret = githubToken(303);
      planted.push(secret);
      const root = await project();
      const content = settingsPy(secret, '  # pragma: allowlist secret');
      const run = await commitFiles(root, env, { 'settings.py': content }, 'allowlisted');
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(await commitCount(root, env)).toBe(2);
    },
    commitTimeout,
  );

  it(
    'checks exactly the files given to pre-commit run --files',
    async () => {
      const secret = githubToken(304);
      planted.push(secret);
      const root = await project();
      await writeFile(join(root, 'leaky.py'), settingsPy(secret));
      await writeFile(join(root, 'fine.py'), settingsPy(undefined));
      await mustRun('git', ['add', 'leaky.py', 'fine.py'], root, env);

      const fine = await runTool('pre-commit', ['run', '--files', 'fine.py'], root, env);
      expect(fine.code, fine.stdout + fine.stderr).toBe(0);
      const leaky = await runTool(
        'pre-commit',
        ['run', '--files', 'fine.py', 'leaky.py'],
        root,
        env,
      );
      expect(leaky.code, leaky.stdout + leaky.stderr).toBe(1);
      expect(leaky.stdout + leaky.stderr).toContain('leaky.py:3');
      expect(leakedSecrets(planted, fine.stdout, fine.stderr, leaky.stdout, leaky.stderr)).toEqual(
        [],
      );
    },
    commitTimeout,
  );
});
