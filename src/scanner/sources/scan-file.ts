import type { SecretScanner } from '../engine.js';
import type { Finding, Skip } from '../types.js';
import { readForScan } from './read-file.js';
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

/** Reads one file and runs the engine on it; a file that cannot be read becomes a skip. */
export function scanFile(
  scanner: SecretScanner,
  file: FileRef,
  maxFileSize: number,
): FileScanResult {
  const outcome = readForScan(file.absolute, maxFileSize);
  const base = { file: file.relative, findings: [], skips: [], bytes: 0, utf8: true };
  if (outcome.kind === 'missing') return { ...base, status: 'missing' };
  if (outcome.kind === 'skipped') {
    const skip: Skip = { file: file.relative, reason: outcome.reason, detail: outcome.detail };
    return { ...base, status: 'skipped', skips: [skip] };
  }
  const { findings, skips } = scanner.scanText(outcome.text, file.relative);
  return {
    file: file.relative,
    status: 'scanned',
    findings,
    skips,
    bytes: outcome.bytes,
    utf8: outcome.utf8,
  };
}
