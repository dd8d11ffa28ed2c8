import { BaselineError } from '../../shared/errors.js';
import { EXCLUDE_FILE_FILTER, EXCLUDE_LINE_FILTER, EXCLUDE_SECRET_FILTER } from './defaults.js';
import type { Baseline } from './types.js';

/**
 * The exclusions a detect-secrets baseline stores in `filters_used` (from `--exclude-files`,
 * `--exclude-lines`, `--exclude-secrets`), compiled for JavaScript. Each regex is used as
 * Python's `re.search`: it may match anywhere (`RegExp.test`).
 */
export interface BaselineExclusions {
  /** Matched against the POSIX path relative to the root: a match skips the file. */
  files: RegExp[];
  /** Matched against each line: a finding on a matching line is dropped. */
  lines: RegExp[];
  /** Matched against each secret: a matching secret is dropped. */
  secrets: RegExp[];
}

const filters = [
  { key: 'files', path: EXCLUDE_FILE_FILTER, option: '--exclude-files' },
  { key: 'lines', path: EXCLUDE_LINE_FILTER, option: '--exclude-lines' },
  { key: 'secrets', path: EXCLUDE_SECRET_FILTER, option: '--exclude-secrets' },
] as const;

/**
 * Reads and compiles the exclusion patterns a baseline stores. Throws `BaselineError` naming
 * the pattern when one is not a string or cannot be expressed as a JavaScript regex. A secret
 * pattern is named by its position only: it may be a literal secret.
 */
export function exclusionsFromBaseline(baseline: Baseline, source: string): BaselineExclusions {
  const result: BaselineExclusions = { files: [], lines: [], secrets: [] };
  for (const { key, path, option } of filters) {
    const patterns = baseline.filtersUsed
      .filter((filter) => filter.path === path)
      .flatMap((filter) => {
        const pattern = filter.pattern;
        if (typeof pattern === 'string') return [pattern];
        if (Array.isArray(pattern) && pattern.every((item) => typeof item === 'string'))
          return pattern as string[];
        throw new BaselineError(
          `${source}: the "pattern" of the filter ${path} is not a list of strings; fix it, ` +
            `or delete it and run \`secrets-action scan --baseline ${source}\` to regenerate it`,
          source,
        );
      });
    for (const [index, pattern] of patterns.entries()) {
      const translated = translatePythonRegex(pattern);
      if ('regex' in translated) {
        result[key].push(translated.regex);
        continue;
      }
      const named =
        key === 'secrets'
          ? `pattern ${index + 1} of its ${option} patterns (filter ${path})`
          : `${option} pattern ${JSON.stringify(pattern)} (filter ${path})`;
      throw new BaselineError(
        `${source}: the ${named} cannot be used: ${translated.problem}. Rewrite it in the ` +
          `baseline's "filters_used" as a regex that Python and JavaScript read alike.`,
        source,
      );
    }
  }
  return result;
}

/** A Python `re` pattern as a JavaScript regex, or why it cannot be one. */
export type TranslatedRegex = { regex: RegExp } | { problem: string };

/** Python's global inline flags, as JavaScript flags ('' = nothing to do in JavaScript). */
const flagMap: Record<string, string | undefined> = { i: 'i', m: 'm', s: 's', u: '', a: '' };

/**
 * Translates a Python `re` pattern (as detect-secrets compiles it, no flags) to JavaScript:
 * leading `(?imsua)` become flags, `(?P<name>` / `(?P=name)` become `(?<name>` / `\k<name>`,
 * `\A` / `\Z` become lookarounds, `(?#…)` comments go, `{,n}` becomes `{0,n}`, and a `]` first
 * in a class stays literal. What JavaScript cannot express (verbose or locale mode, scoped
 * or late flags on Node without modifiers, atomic groups, possessive quantifiers) is a problem.
 */
export function translatePythonRegex(pattern: string): TranslatedRegex {
  let flags = '';
  let rest = pattern;
  for (
    let match = /^\(\?([a-zA-Z]+)\)/.exec(rest);
    match;
    match = /^\(\?([a-zA-Z]+)\)/.exec(rest)
  ) {
    for (const flag of match[1] ?? '') {
      const mapped = flagMap[flag];
      if (mapped === undefined)
        return { problem: `the inline flag (?${flag}) has no JavaScript equivalent` };
      if (!flags.includes(mapped)) flags += mapped;
    }
    rest = rest.slice(match[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i] as string;
    const next = rest[i + 1];
    if (char === '\\') {
      if (next === undefined) return { problem: 'it ends with a lone backslash' };
      i++;
      if (!inClass && next === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && (next === 'Z' || next === 'z')) out += '(?![\\s\\S])';
      else if (next === 'U' || next === 'N')
        return { problem: `the escape \\${next} has no JavaScript equivalent` };
      else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += '[';
      if (rest[i + 1] === '^') out += rest[++i];
      // Python reads a `]` right after `[` or `[^` as a literal; JavaScript as the class end.
      if (rest[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (char === '(' && next === '?') {
      const group = rest.slice(i);
      if (group.startsWith('(?P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      const backref = /^\(\?P=(\w+)\)/.exec(group);
      if (backref) {
        out += `\\k<${backref[1]}>`;
        i += backref[0].length - 1;
        continue;
      }
      if (group.startsWith('(?#')) {
        const end = group.indexOf(')');
        if (end < 0) return { problem: 'a (?# comment is not closed' };
        i += end;
        continue;
      }
      if (/^\(\?[a-zA-Z]+\)/.test(group))
        return { problem: 'inline flags are only supported at the start of the pattern' };
    }
    if (char === '{' && /^\{,\d+\}/.test(rest.slice(i))) {
      out += '{0';
      continue;
    }
    out += char;
  }
  try {
    return { regex: new RegExp(out, flags) };
  } catch (error) {
    const message = (error as Error).message;
    // V8 writes "Invalid regular expression: /<source>/<flags>: <reason>"; keep the reason.
    return {
      problem: `JavaScript cannot compile it (${message.slice(message.lastIndexOf(': ') + 2)})`,
    };
  }
}
