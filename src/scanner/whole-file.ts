import { createHash } from 'node:crypto';
import type { FileDetector, Finding } from './types.js';

/**
 * The extension a file detector knows a path by: lower case, after the last dot of the file
 * name. A name that is only an extension (`.keystore`, keytool's default) counts as one.
 */
export function wholeFileExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** A size as people read it: `812 B`, `2.5 kB`, `1.2 MB` (powers of 1,000). */
export function formatByteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 999_950) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Runs file detectors: which paths they claim (by extension), and whether a claimed file's bytes
 * confirm the format. A confirmed file is one finding on line 1 whose hash is the SHA-1 of the
 * whole content, so the same file gives the same `hashed_secret` in the work tree, the index
 * and any commit. Its redacted form names the format and size, never a byte of it.
 */
export class WholeFileJudge {
  private readonly byExtension = new Map<string, FileDetector>();

  constructor(detectors: readonly FileDetector[]) {
    for (const detector of detectors)
      for (const extension of detector.extensions)
        if (!this.byExtension.has(extension)) this.byExtension.set(extension, detector);
  }

  /** Whether a file detector claims `path`: its content must be read whole and judged. */
  claims(path: string): boolean {
    return this.byExtension.has(wholeFileExtension(path));
  }

  /** The finding for a claimed file whose content confirms the format, else undefined. */
  judge(content: Uint8Array, path: string): Finding | undefined {
    const extension = wholeFileExtension(path);
    const detector = this.byExtension.get(extension);
    const format = detector?.recognize(content, extension);
    if (detector === undefined || format === undefined) return undefined;
    const hash = createHash('sha1').update(content).digest('hex');
    return {
      detectorId: detector.id,
      secretType: detector.secretType,
      provider: detector.provider,
      file: path,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      redacted: `(${format}, ${formatByteSize(content.length)})`,
      hashedSecret: hash,
      fingerprint: hash,
    };
  }
}
