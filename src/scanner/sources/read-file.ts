import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeText, textEncodingOf, type TextEncoding } from '../text-encoding.js';
import { hasBinaryExtension, looksBinary } from './binary.js';

/** A file's text, or why it was not read. */
export type ReadOutcome =
  | { kind: 'text'; text: string; bytes: number; utf8: boolean }
  | { kind: 'skipped'; reason: 'binary' | 'too-large' | 'unreadable'; detail: string }
  /** Gone since it was listed (deleted but still tracked, or removed during the scan). */
  | { kind: 'missing' };

/**
 * One buffer, grown to the largest file read so far, holds every file in turn: a fresh buffer
 * per file is memory outside the V8 heap that only a full collection returns, so the resident
 * size would grow with the number of files scanned rather than with the largest one.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * Reads to the end of the file, not just `size` bytes: the size from fstat is stale for a file
 * being written. Stops once past `limit`, so a file that keeps growing cannot take the memory.
 */
function readWhole(fd: number, size: number, limit: number, area?: ReadArea): Buffer {
  // Room beyond the size, so that a read returning less than asked for marks the end: a regular
  // file gives a short read only there, and no second read is needed to confirm it.
  const target = area?.(size + 1);
  let filled = 0;
  if (target !== undefined) {
    filled = readSync(fd, target, 0, size + 1, null);
    if (filled <= size) return target.subarray(0, filled);
    // Grown since fstat: go on in the shared buffer.
    if (scratch.length < 2 * filled) scratch = Buffer.allocUnsafe(2 * filled);
    scratch.set(target);
  } else if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(size + 1);
  for (;;) {
    if (filled === scratch.length) {
      if (filled > limit) return scratch.subarray(0, filled);
      scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
    }
    const wanted = scratch.length - filled;
    const read = readSync(fd, scratch, filled, wanted, null);
    filled += read;
    if (read < wanted) return scratch.subarray(0, filled);
  }
}

/** A file's raw content, read whole for a file detector (key stores); the caller's own copy. */
export interface BytesOutcome {
  kind: 'bytes';
  content: Buffer;
}

/**
 * A text file's bytes, a view into the shared buffer that the next read overwrites, and how
 * they decode: the engine decodes them only when its prefilter has a hit.
 */
export interface EncodedOutcome {
  kind: 'encoded';
  content: Buffer;
  encoding: TextEncoding;
}

/**
 * Where to read a file of `length` bytes instead of the shared buffer (the engine's own input,
 * so that it scans the bytes where they are); undefined for the shared buffer.
 */
export type ReadArea = (length: number) => Buffer | undefined;

/**
 * Reads a file as {@link readForScan} does, leaving the decoding to the engine; into `area`
 * when given.
 */
export function readEncodedForScan(
  absolutePath: string,
  maxFileSize: number,
  area?: ReadArea,
): EncodedOutcome | Exclude<ReadOutcome, { kind: 'text' }> {
  if (hasBinaryExtension(absolutePath))
    return { kind: 'skipped', reason: 'binary', detail: 'extension' };
  const raw = readRaw(absolutePath, maxFileSize, area);
  return raw.kind === 'raw' ? encodedForScan(raw.content) : raw;
}

/** Content that is not binary (no NUL bytes), with how it decodes. */
function encodedForScan(content: Buffer): EncodedOutcome | Exclude<ReadOutcome, { kind: 'text' }> {
  if (looksBinary(content)) return { kind: 'skipped', reason: 'binary', detail: 'NUL bytes' };
  return { kind: 'encoded', content, encoding: textEncodingOf(content) };
}

/** Content read within the size limit (a view into the shared buffer), or why it was not. */
type RawRead = { kind: 'raw'; content: Buffer } | Exclude<ReadOutcome, { kind: 'text' }>;

/**
 * Reads a file for scanning. Binary and oversized files are recognised before their content is
 * read; a file that is not valid UTF-8 is decoded byte for byte, so ASCII tokens are still found.
 * Synchronous on purpose: for many small files one open, fstat, read and close costs a fifth of
 * what promise-based file handles do, and large scans run in worker threads.
 */
export function readForScan(absolutePath: string, maxFileSize: number): ReadOutcome {
  return decoded(readEncodedForScan(absolutePath, maxFileSize));
}

/**
 * Reads a file's bytes whatever its extension or content, within the size limit: for a file a
 * file detector claims (a key store), which judges the bytes before any text is decoded.
 */
export function readBytesForScan(
  absolutePath: string,
  maxFileSize: number,
): BytesOutcome | Exclude<ReadOutcome, { kind: 'text' }> {
  const raw = readRaw(absolutePath, maxFileSize);
  return raw.kind === 'raw' ? { kind: 'bytes', content: Buffer.from(raw.content) } : raw;
}

/** Decodes read content as {@link readForScan} does: NUL bytes make it binary, else text. */
export function decodeForScan(content: Buffer): ReadOutcome {
  return decoded(encodedForScan(content));
}

function decoded(outcome: EncodedOutcome | Exclude<ReadOutcome, { kind: 'text' }>): ReadOutcome {
  if (outcome.kind !== 'encoded') return outcome;
  const { content, encoding } = outcome;
  const text = decodeText(content, encoding);
  return { kind: 'text', text, bytes: content.length, utf8: encoding !== 'latin1' };
}

function readRaw(absolutePath: string, maxFileSize: number, area?: ReadArea): RawRead {
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
    const content = readWhole(fd, stat.size, maxFileSize, area);
    if (content.length > maxFileSize) {
      return {
        kind: 'skipped',
        reason: 'too-large',
        detail: `${content.length} bytes, limit ${maxFileSize}`,
      };
    }
    return { kind: 'raw', content };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

function failure(error: unknown): Exclude<ReadOutcome, { kind: 'text' }> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  return { kind: 'skipped', reason: 'unreadable', detail: code ?? (error as Error).message };
}
