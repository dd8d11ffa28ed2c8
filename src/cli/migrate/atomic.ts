import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../../shared/errors.js';

/**
 * Replaces `path` with `text` atomically: a temporary file in the same directory (so the rename
 * stays on one file system), then rename over the original. The original's permission bits are
 * kept (or `mode` for a new file). No backup copy is left behind.
 */
export async function writeFileAtomic(path: string, text: string, mode?: number): Promise<void> {
  let keep = mode;
  try {
    keep = (await stat(path)).mode & 0o7777;
  } catch {
    // A new file: the given mode, or the umask's default.
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx', ...(keep !== undefined ? { mode: keep } : {}) });
    // writeFile's mode is reduced by the umask; the original's bits are wanted as they were.
    if (keep !== undefined) await chmod(temp, keep);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new IoError(`cannot write ${basename(path)} in ${dirname(path)} (${code})`);
  }
}
