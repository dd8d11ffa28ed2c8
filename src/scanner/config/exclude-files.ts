import { Minimatch } from 'minimatch';

/**
 * A predicate for `exclude-files` globs, matched against root-relative POSIX paths. Dot files
 * match like any other; a pattern without a slash matches a name at any depth (as in
 * .gitignore); a pattern that matches a directory excludes everything under it.
 */
export function createFileExcluder(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const options = { dot: true, nocomment: true };
  const matchers = globs.flatMap((glob) => {
    const trimmed = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const pattern = trimmed.includes('/') ? trimmed : `**/${trimmed}`;
    return [new Minimatch(pattern, options), new Minimatch(`${pattern}/**`, options)];
  });
  return (path) => matchers.some((matcher) => matcher.match(path));
}
