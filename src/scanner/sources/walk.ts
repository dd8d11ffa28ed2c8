import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Yields the files under `directory`, one directory at a time (memory stays flat however large
 * the tree), in a stable order. It skips `.git` and does not follow symbolic links to
 * directories (they can loop or leave the tree); a symbolic link to a file is yielded, and a
 * dangling one too, so that reading it reports it. A directory that cannot be listed is passed
 * to `onUnreadable` and the walk goes on.
 */
export async function* walkDirectory(
  directory: string,
  onUnreadable: (path: string, code: string) => void,
): AsyncGenerator<string> {
  const pending = [directory];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const entries: Dirent[] = [];
    try {
      for await (const entry of await opendir(current)) entries.push(entry);
    } catch (error) {
      onUnreadable(current, (error as NodeJS.ErrnoException).code ?? 'error');
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    const files: string[] = [];
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') pending.push(path);
      } else if (entry.isFile()) {
        files.push(path);
      } else if (entry.isSymbolicLink() && !(await isDirectory(path))) {
        files.push(path);
      }
    }
    yield* files.reverse();
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
