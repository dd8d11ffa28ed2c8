/**
 * Real `pre-commit` runs against a snapshot of this repository used as a hook repository by
 * path and rev, in hermetic temp git repositories (own PRE_COMMIT_HOME, no global git config).
 */
import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/** Exit code and combined output of one external command. */
export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A hook repository: where it lives and the commit that `.pre-commit-config.yaml` pins. */
export interface HookRepo {
  path: string;
  rev: string;
}

/** True when the `pre-commit` executable is on PATH. */
export function preCommitAvailable(): boolean {
  const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return result.status === 0;
}

/**
 * The environment for every command: the caller's, minus variables that would leak the outer
 * repository or npm run into the temp repos (GIT_DIR from a git hook, npm_config_* from
 * `npm test`), plus a private pre-commit cache and an empty global git config.
 */
export function hermeticEnv(preCommitHome: string, gitConfig: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(GIT_|npm_|NPM_)/i.test(key) || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return {
    ...env,
    PRE_COMMIT_HOME: preCommitHome,
    PRE_COMMIT_COLOR: 'never',
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    // The hook environment's `npm install` may reuse the local npm cache; it still falls back
    // to the registry for anything missing.
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/** Runs `command args…` in `cwd`; never rejects on a non-zero exit. */
export function runTool(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Runs a command that must succeed and returns its stdout. */
export async function mustRun(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const run = await runTool(command, args, cwd, env);
  if (run.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${run.code}:\n${run.stdout}${run.stderr}`);
  }
  return run.stdout;
}

// Local state that is not part of the project: installs, caches, the Node 24 toolchain.
const skipped = new Set(['.git', 'node_modules', '.bench', 'coverage', join('.ci', 'node24')]);

/**
 * Copies the project's current working tree (uncommitted work included, dependencies and git
 * data excluded) into a fresh git repository under `parent` with one commit, so pre-commit
 * installs exactly the dist/ that is on disk now.
 */
export async function makeHookRepo(
  projectRoot: string,
  env: NodeJS.ProcessEnv,
  parent = tmpdir(),
): Promise<HookRepo> {
  const path = await mkdtemp(join(parent, 'hook-repo-'));
  await cp(projectRoot, path, {
    recursive: true,
    filter: (source) => {
      const rel = relative(projectRoot, source);
      return !skipped.has(rel) && !rel.split(sep).includes('node_modules');
    },
  });
  await initRepo(path, env);
  await mustRun('git', ['add', '-A'], path, env);
  await mustRun('git', ['commit', '-q', '--no-verify', '-m', 'hook repo snapshot'], path, env);
  const rev = (await mustRun('git', ['rev-parse', 'HEAD'], path, env)).trim();
  return { path, rev };
}

/** `git init` with a committer identity and no signing, as the temp repos need. */
export async function initRepo(path: string, env: NodeJS.ProcessEnv): Promise<void> {
  await mustRun('git', ['init', '-q', '-b', 'main'], path, env);
  await mustRun('git', ['config', 'user.name', 'Test'], path, env);
  await mustRun('git', ['config', 'user.email', 'test@example.com'], path, env);
  await mustRun('git', ['config', 'commit.gpgsign', 'false'], path, env);
}

/** The `.pre-commit-config.yaml` that uses `hook` by path and rev. */
export function preCommitConfig(hook: HookRepo): string {
  return [
    'repos:',
    `  - repo: ${JSON.stringify(hook.path)}`,
    `    rev: ${hook.rev}`,
    '    hooks:',
    '      - id: secrets-action',
    '',
  ].join('\n');
}

/** Writes `files` (paths relative to `root`), creating folders as needed. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** Runs the hook repository's bundled CLI (`secrets-action …`) in `cwd`. */
export function runHookRepoCli(
  hook: HookRepo,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ToolRun> {
  return runTool(process.execPath, [join(hook.path, 'dist', 'cli', 'index.js'), ...args], cwd, env);
}

/**
 * A temp project as a team adopts the hook: its first commit holds `.pre-commit-config.yaml`,
 * `files` and the `.secrets.baseline` that `scan --baseline` writes for them, and the git hook
 * is installed by `pre-commit install`. It is created under `parent`.
 */
export async function makeProject(
  hook: HookRepo,
  env: NodeJS.ProcessEnv,
  files: Record<string, string> = {},
  parent = tmpdir(),
): Promise<string> {
  const root = await mkdtemp(join(parent, 'project-'));
  await initRepo(root, env);
  await writeFiles(root, { '.pre-commit-config.yaml': preCommitConfig(hook), ...files });
  await mustRun('git', ['add', '-A'], root, env);
  const scan = await runHookRepoCli(hook, ['scan', '--baseline', '.secrets.baseline'], root, env);
  if (scan.code !== 0) throw new Error(`scan --baseline failed:\n${scan.stdout}${scan.stderr}`);
  await mustRun('git', ['add', '.secrets.baseline'], root, env);
  await mustRun('git', ['commit', '-q', '--no-verify', '-m', 'initial'], root, env);
  await mustRun('pre-commit', ['install'], root, env);
  return root;
}

/** Writes and stages `files`, then runs a real `git commit` (hooks included). */
export async function commitFiles(
  root: string,
  env: NodeJS.ProcessEnv,
  files: Record<string, string>,
  message: string,
): Promise<ToolRun> {
  await writeFiles(root, files);
  await mustRun('git', ['add', '--', ...Object.keys(files)], root, env);
  return runTool('git', ['commit', '-m', message], root, env);
}
