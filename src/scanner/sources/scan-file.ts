import type { SecretScanner } from '../engine.js';
import type { Finding, Skip } from '../types.js';
import { hasBinaryExtension } from './binary.js';
import {
  decodeForScan,
  readBytesForScan,
  readEncodedForScan,
  type BytesOutcome,
  type EncodedOutcome,
  type ReadOutcome,
} from './read-file.js';
import type { FileRef } from './targets.js';

/** What scanning one file produced; plain data, so it can come back from a worker thread. */
export interface FileScanResult {
  file: string;
  /** `missing`: gone since it was listed; neither scanned nor reported. */
  status: 'scanned' | 'skipped' | 'missing';
  findings: Finding[];
  skips: Skip[];
  bytes: number;
  /** False when the file was not valid UTF-8 and was scanned byte for byte. */
  utf8: boolean;
}

/**
 * Content that was read: decoded text, a text file's bytes, or the bytes of a file a file
 * detector claims.
 */
export type ReadContent = Extract<ReadOutcome, { kind: 'text' }> | EncodedOutcome | BytesOutcome;

/** Reads one file and runs the engine on it; a file that cannot be read becomes a skip. */
export function scanFile(
  scanner: SecretScanner,
  file: FileRef,
  maxFileSize: number,
): FileScanResult {
  // A key store's bytes are judged whole; every other file is read as text.
  const outcome = scanner.claimsWholeFile(file.relative)
    ? readBytesForScan(file.absolute, maxFileSize)
    : readEncodedForScan(file.absolute, maxFileSize, (length) => scanner.readArea(length));
  const base = { file: file.relative, findings: [], skips: [], bytes: 0, utf8: true };
  if (outcome.kind === 'missing') return { ...base, status: 'missing' };
  if (outcome.kind === 'skipped') {
    const skip: Skip = { file: file.relative, reason: outcome.reason, detail: outcome.detail };
    return { ...base, status: 'skipped', skips: [skip] };
  }
  return { file: file.relative, ...scanContent(scanner, outcome, file.relative) };
}

/**
 * Scans content already read. Bytes go to the file detectors first; when they do not confirm a
 * key store (an empty or text file with such a name), the file is treated as any other: skipped
 * when its extension or NUL bytes say binary, else scanned as text.
 */
export function scanContent(
  scanner: SecretScanner,
  content: ReadContent,
  path: string,
): Omit<FileScanResult, 'file'> {
  if (content.kind === 'encoded') {
    const { findings, skips } = scanner.scanBytes(content.content, path, content.encoding);
    const { length: bytes } = content.content;
    return { status: 'scanned', findings, skips, bytes, utf8: content.encoding !== 'latin1' };
  }
  let text = content;
  if (text.kind === 'bytes') {
    const bytes = text.content.length;
    const whole = scanner.scanWholeFile(text.content, path);
    if (whole !== undefined)
      return { status: 'scanned', findings: whole, skips: [], bytes, utf8: true };
    const decoded: ReadOutcome = hasBinaryExtension(path)
      ? { kind: 'skipped', reason: 'binary', detail: 'extension' }
      : decodeForScan(text.content);
    if (decoded.kind !== 'text') {
      const skip: Skip = { file: path, reason: 'binary', detail: 'not a key store' };
      return { status: 'skipped', findings: [], skips: [skip], bytes: 0, utf8: true };
    }
    text = decoded;
  }
  const { findings, skips } = scanner.scanText(text.text, path);
  return { status: 'scanned', findings, skips, bytes: text.bytes, utf8: text.utf8 };
}
