import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { hasBinaryExtension, looksBinary } from './binary.js';

/** A file's text, or why it was not read. */
export type ReadOutcome =
  | { kind: 'text'; text: string; bytes: number; utf8: boolean }
  | { kind: 'skipped'; reason: 'binary' | 'too-large' | 'unreadable'; detail: string }
  /** Gone since it was listed (deleted but still tracked, or removed during the scan). */
  | { kind: 'missing' };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Reads a file for scanning. Binary and oversized files are recognised before their content is
 * read; a file that is not valid UTF-8 is decoded byte for byte, so ASCII tokens are still found.
 * Synchronous on purpose: for many small files one open, fstat, read and close costs a fifth of
 * what promise-based file handles do, and large scans run in worker threads.
 */
export function readForScan(absolutePath: string, maxFileSize: number): ReadOutcome {
  if (hasBinaryExtension(absolutePath))
    return { kind: 'skipped', reason: 'binary', detail: 'extension' };
  let fd: number;
  try {
    fd = openSync(absolutePath, 'r');
  } catch (error) {
    return failure(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'missing' };
    if (stat.size > maxFileSize) {
      return {
        kind: 'skipped',
        reason: 'too-large',
        detail: `${stat.size} bytes, limit ${maxFileSize}`,
      };
    }
    const content = readFileSync(fd);
    if (looksBinary(content)) return { kind: 'skipped', reason: 'binary', detail: 'NUL bytes' };
    try {
      return { kind: 'text', text: utf8.decode(content), bytes: content.length, utf8: true };
    } catch {
      // latin1 maps each byte to one code unit, so offsets of ASCII text stay where they were.
      return { kind: 'text', text: latin1.decode(content), bytes: content.length, utf8: false };
    }
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

function failure(error: unknown): ReadOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  return { kind: 'skipped', reason: 'unreadable', detail: code ?? (error as Error).message };
}
