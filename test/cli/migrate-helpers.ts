import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliRun } from './helpers.js';

/** Runs the CLI in-process with `env` as its environment (the local Secrets Manager's). */
export async function runCliWithEnv(
  argv: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** Every file in `dir` except `.env` itself, with its content, for leak checks. */
export async function filesOtherThanEnv(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  const texts: string[] = [];
  for (const name of names) {
    if (name === '.env' || name.startsWith('.git/') || name === '.git') continue;
    try {
      texts.push(`${name}\n${await readFile(join(dir, name), 'utf8')}`);
    } catch {
      // A directory.
    }
  }
  return texts;
}

/** The planted values that appear in any of the texts (whole, or any 12-character slice). */
export function leaks(values: readonly string[], ...texts: string[]): string[] {
  return values.filter((value) =>
    texts.some((text) => {
      if (text.includes(value)) return true;
      for (let i = 0; i + 12 <= value.length; i += 6)
        if (text.includes(value.slice(i, i + 12))) return true;
      return false;
    }),
  );
}
