import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleGit } from 'simple-git';
import { main } from '../../src/cli/main.js';
import { expandTemplate } from '../helpers/tokens.js';

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as `secrets-action …` in `cwd`. */
export async function runCli(argv: string[], cwd: string, stderrIsTTY = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: {},
    stderrIsTTY,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory holding `files` (paths relative to it). */
export async function makeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'secrets-action-test-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** A git repository holding `committed` in one commit, then `untracked` written after it. */
export async function makeRepo(
  committed: Record<string, string | Uint8Array>,
  untracked: Record<string, string | Uint8Array> = {},
): Promise<string> {
  const root = await makeTree(committed);
  const git = simpleGit({ baseDir: root });
  await git.init();
  await git.addConfig('user.name', 'Test');
  await git.addConfig('user.email', 'test@example.com');
  await git.addConfig('commit.gpgsign', 'false');
  await git.add('.');
  await git.commit('initial');
  for (const [path, content] of Object.entries(untracked)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** A GitHub classic token generated at test time (never committed), one per seed. */
export function githubToken(seed: number): string {
  return expandTemplate('ghp_{an:36}', seed);
}

/** Fails when any planted secret value appears in any of the texts. */
export function leakedSecrets(secrets: readonly string[], ...texts: string[]): string[] {
  return secrets.filter((secret) =>
    texts.some((text) => text.includes(secret.slice(0, 8)) || text.includes(secret.slice(8))),
  );
}
