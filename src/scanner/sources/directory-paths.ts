import { sep } from 'node:path';

/**
 * A normalised directory path with its trailing separator: what every path under it starts with.
 * Only the file system root already ends in one.
 */
export function directoryPrefix(directory: string): string {
  return directory.endsWith(sep) ? directory : directory + sep;
}

/** Whether normalised `path` is `directory` itself or lies under it. */
export function isWithin(path: string, directory: string): boolean {
  return path === directory || path.startsWith(directoryPrefix(directory));
}
