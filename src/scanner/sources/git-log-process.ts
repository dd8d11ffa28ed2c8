import { spawn } from 'node:child_process';
import { IoError } from '../../shared/errors.js';

/** What a finished git command left. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Settings every history command runs with: no pager, no colour, no external diff or textconv
 * driver (a repository's config must not run programs or reshape what is scanned), and paths
 * left unquoted where git allows.
 */
const gitDefaults = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];

/** Runs a git command to its end; never throws on a non-zero exit (the caller decides). */
export function runGit(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...gitDefaults, ...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new IoError(`cannot run git: ${error.message}`)));
    child.on('close', (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8').trim(),
      }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** Runs a git command and returns its stdout; a non-zero exit is an {@link IoError}. */
export async function gitOutput(
  cwd: string,
  args: readonly string[],
  input?: string,
): Promise<string> {
  const result = await runGit(cwd, args, input);
  if (result.code !== 0)
    throw new IoError(`git ${args[0] ?? ''} failed (exit ${result.code}): ${result.stderr}`);
  return result.stdout;
}

/**
 * Streams a git command's stdout as lines (without `\n`), decoded as UTF-8 (bytes that are not
 * become U+FFFD; ASCII tokens survive). Reading pauses while the consumer works, so memory stays
 * flat however long the history. `onBytes` counts raw bytes as they arrive.
 */
export async function* gitLines(
  cwd: string,
  args: readonly string[],
  input: string | undefined,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  const child = spawn('git', [...gitDefaults, ...args], {
    cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  const exit = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new IoError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
  exit.catch(() => undefined);
  child.stdin.on('error', () => undefined);
  child.stdin.end(input ?? '');
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      onBytes?.(chunk.length);
      const text = carry + decoder.decode(chunk, { stream: true });
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        yield text.slice(start, end);
        start = end + 1;
      }
      carry = text.slice(start);
    }
    carry += decoder.decode();
    if (carry !== '') yield carry;
    finished = true;
  } finally {
    // A consumer that stops early (an error while scanning) must not leave git running.
    if (!finished) child.kill();
  }
  const code = await exit;
  if (code !== 0) throw new IoError(`git ${args[0] ?? ''} failed (exit ${code}): ${stderr.trim()}`);
}
