import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { hasBinaryExtension, looksBinary } from './binary.js';
import { catFileBatch } from './git-blobs.js';
import { readBytesForScan, readForScan, type BytesOutcome, type ReadOutcome } from './read-file.js';

/** One file as it will be committed. */
export interface StagedFile {
  /** POSIX path relative to the root. */
  path: string;
  /** `bytes` for the paths `readWhole` picked (key stores), which a file detector judges. */
  outcome: ReadOutcome | BytesOutcome;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Reads what a commit will hold for each of `paths` (POSIX, relative to `root`): the index
 * version, all of them through one `git cat-file --batch` process, since the work tree may
 * differ from what was staged. A path absent from the index (deleted, or never added) comes back
 * `missing`. Outside a git repository (`gitRoot` undefined), the work-tree files are read.
 * Paths `readWhole` picks come back as their bytes (within the size limit), not decoded.
 */
export async function readStagedFiles(
  root: string,
  gitRoot: string | undefined,
  paths: readonly string[],
  maxFileSize: number,
  readWhole: (path: string) => boolean = () => false,
): Promise<StagedFile[]> {
  if (gitRoot === undefined) {
    return paths.map((path) => ({
      path,
      outcome: readWhole(path)
        ? readBytesForScan(resolve(root, path), maxFileSize)
        : readForScan(resolve(root, path), maxFileSize),
    }));
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
    if (blob === undefined) return { path, outcome: { kind: 'missing' } };
    if (readWhole(path) && blob.length <= maxFileSize)
      return { path, outcome: { kind: 'bytes', content: blob } };
    return { path, outcome: decode(path, blob, maxFileSize) };
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
