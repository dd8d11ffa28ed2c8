import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { hasBinaryExtension, looksBinary } from './binary.js';
import { readForScan, type ReadOutcome } from './read-file.js';

/** One file as it will be committed. */
export interface StagedFile {
  /** POSIX path relative to the root. */
  path: string;
  outcome: ReadOutcome;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Reads what a commit will hold for each of `paths` (POSIX, relative to `root`): the index
 * version, all of them through one `git cat-file --batch` process, since the work tree may
 * differ from what was staged. A path absent from the index (deleted, or never added) comes back
 * `missing`. Outside a git repository (`gitRoot` undefined), the work-tree files are read.
 */
export async function readStagedFiles(
  root: string,
  gitRoot: string | undefined,
  paths: readonly string[],
  maxFileSize: number,
): Promise<StagedFile[]> {
  if (gitRoot === undefined) {
    return paths.map((path) => ({ path, outcome: readForScan(resolve(root, path), maxFileSize) }));
  }
  // cat-file reads one object name per line: a path holding a newline cannot be named.
  const nameable = paths.filter((path) => !path.includes('\n'));
  const blobs = await catFileBatch(
    gitRoot,
    nameable.map((path) => `:0:${path}`),
  );
  return paths.map((path) => {
    const blob = blobs.get(`:0:${path}`);
    if (path.includes('\n'))
      return {
        path,
        outcome: { kind: 'skipped', reason: 'unreadable', detail: 'newline in name' },
      };
    return {
      path,
      outcome: blob === undefined ? { kind: 'missing' } : decode(path, blob, maxFileSize),
    };
  });
}

/** Decodes a blob as `readForScan` decodes a file: binary and oversized blobs are skipped. */
function decode(path: string, content: Buffer, maxFileSize: number): ReadOutcome {
  if (hasBinaryExtension(path)) return { kind: 'skipped', reason: 'binary', detail: 'extension' };
  if (content.length > maxFileSize)
    return {
      kind: 'skipped',
      reason: 'too-large',
      detail: `${content.length} bytes, limit ${maxFileSize}`,
    };
  if (looksBinary(content)) return { kind: 'skipped', reason: 'binary', detail: 'NUL bytes' };
  try {
    return { kind: 'text', text: utf8.decode(content), bytes: content.length, utf8: true };
  } catch {
    return { kind: 'text', text: latin1.decode(content), bytes: content.length, utf8: false };
  }
}

/** Runs `git cat-file --batch` once over `names`; blobs by name, absent names left out. */
async function catFileBatch(cwd: string, names: readonly string[]): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  if (names.length === 0) return found;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
  child.stdin.on('error', () => undefined);
  child.stdin.end(names.map((name) => `${name}\n`).join(''));
  const code = await exit;
  if (code !== 0) throw new Error(`git cat-file --batch failed (${code}): ${stderr.trim()}`);
  const output = Buffer.concat(chunks);
  let offset = 0;
  for (const name of names) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) break;
    const header = output.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    // `<name> missing` (or `ambiguous`) has no content; else `<oid> <type> <size>`.
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (match === null) continue;
    const size = Number(match[2]);
    if (match[1] === 'blob') found.set(name, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return found;
}

/** The paths a commit would add or change (not delete), root-relative, from the index. */
export async function listStagedPaths(gitRoot: string): Promise<string[]> {
  const output = await new Promise<string>((done, fail) => {
    const child = spawn(
      'git',
      ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=d'],
      { cwd: gitRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`git diff --cached failed: ${err.trim()}`)),
    );
  });
  return output.split('\0').filter((path) => path.length > 0);
}
