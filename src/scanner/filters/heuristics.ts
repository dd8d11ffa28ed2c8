import { basename } from 'node:path/posix';
import { genericOnly, unprefixed, everyDetector, type SecretFilter } from './types.js';

const sequences = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '0123456789ABCDEF',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/',
  '0123456789',
].map((alphabet) => alphabet + alphabet);

/** The whole value is a run of an alphabet (`ABCDEF…`, `0123…`), as detect-secrets checks. */
export function isSequentialString(secret: string): boolean {
  const upper = secret.toUpperCase();
  return upper.length >= 4 && sequences.some((sequence) => sequence.includes(upper));
}

/** The value holds a run of eight up or down an alphabet (`12345678`, `fedcba98`): typed, not generated. */
export function hasAscendingRun(secret: string, minimum = 8): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < secret.length; i++) {
    const step = secret.charCodeAt(i) - secret.charCodeAt(i - 1);
    const alphanumeric = /[0-9a-zA-Z]/.test(secret[i] as string);
    up = step === 1 && alphanumeric ? up + 1 : 1;
    down = step === -1 && alphanumeric ? down + 1 : 1;
    if (up >= minimum || down >= minimum) return true;
  }
  return false;
}

/** A version number or range (`13.0.7`, `^2.1.0-beta.1`): package manifests name packages `*-secret*`. */
export function isVersion(secret: string): boolean {
  return /^[~^=v]?\d{1,6}(?:\.\d{1,6}){1,2}(?:[-+][0-9A-Za-z.-]{1,40})?$/.test(secret);
}

/**
 * The value is keyed by a file path (`"@esbuild/linux-x64/bin/esbuild": "<sha>"`) or is a Travis
 * `secure:` value (encrypted for the repository, public by design): checksums and ciphertext.
 */
export function isPathKeyedOrEncrypted(line: string, column: number): boolean {
  const before = line.slice(Math.max(0, column - 240), column);
  const key = /["']([^"']{1,200})["'][ \t]{0,5}:[ \t]{0,5}["']?$/.exec(before)?.[1];
  if (key !== undefined && /\/[^/]{1,100}$/.test(key) && !/\s/.test(key)) return true;
  return /(?:^|[\s{,])secure["']?[ \t]{0,5}:[ \t]{0,5}["']?$/.test(before);
}

const uuidPattern = /[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/i;

/** The value holds a UUID: an identifier, not a credential, for generic detectors. */
export function isPotentialUuid(secret: string): boolean {
  return uuidPattern.test(secret);
}

/**
 * `{x}`, `{{ x }}`, `<x>`, `${X}`, `%(x)s`, `%X%`, `$(X)`, or a value with a `{name}` / `{name:spec}`
 * format field inside: a template, not a value.
 */
export function isTemplatedSecret(secret: string): boolean {
  const value = secret.trim();
  return (
    /^\$?\{.{0,200}\}$/s.test(value) ||
    /^<[^<>]{1,200}>$/.test(value) ||
    /^%\(.{1,100}\)s$/.test(value) ||
    /^%[A-Za-z_][A-Za-z0-9_]{0,100}%$/.test(value) ||
    /^\$\([^()]{1,200}\)$/.test(value) ||
    /\$\{[A-Za-z_][A-Za-z0-9_.:-]{0,100}\}|\{\{[^{}]{1,200}\}\}|\{[A-Za-z_][\w.]{0,40}(?::[\w.<>^+-]{0,20})?\}/.test(
      value,
    )
  );
}

/** `password = $PASSWORD`: a shell or PHP variable reference. */
export function isPrefixedWithDollarSign(secret: string): boolean {
  return secret.startsWith('$');
}

/** `secret = get_secret()`, `key = request.headers['x-key']`: the value is looked up, not written. */
export function isIndirectReference(line: string): boolean {
  const assignment = /:=?|[!=]{1,3}/.exec(line);
  if (!assignment) return false;
  const value = line
    .slice(assignment.index + assignment[0].length)
    .trim()
    .replace(/[;,]$/, '');
  return /^[\w.-]{1,200}[[(]/.test(value) && /[\])]$/.test(value);
}

const lockFiles = new Set([
  'brewfile.lock.json',
  'cargo.lock',
  'cartfile.resolved',
  'composer.lock',
  'gemfile.lock',
  'go.sum',
  'gradle.lockfile',
  'mix.lock',
  'npm-shrinkwrap.json',
  'package-lock.json',
  'package.resolved',
  'packages.lock.json',
  'pipfile.lock',
  'pnpm-lock.yaml',
  'podfile.lock',
  'poetry.lock',
  'pubspec.lock',
  'uv.lock',
  'yarn.lock',
  'bun.lock',
  'flake.lock',
]);

/** Package-manager lock files: their hashes and integrity strings look random by design. */
export function isLockFile(path: string): boolean {
  return lockFiles.has(basename(path).toLowerCase());
}

/** No letter or digit at all (`********`, `-----`). */
export function isNotAlphanumericString(secret: string): boolean {
  return !/[A-Za-z0-9]/.test(secret);
}

const idContext = /(?:^|[^a-z0-9])(?:[a-z0-9]{0,50}_)?ids?["']?\s{0,5}[:=,(]{1,3}\s{0,5}["'`]?$/i;

/** The value is assigned to an `id` / `*_id` name: an identifier, for generic detectors. */
export function isLikelyIdString(line: string, column: number): boolean {
  return idContext.test(line.slice(Math.max(0, column - 80), column));
}

/** Swagger / OpenAPI files: full of example tokens. */
export function isSwaggerFile(path: string): boolean {
  return /swagger/i.test(path);
}

/** detect-secrets' heuristic filters, as pure named predicates. */
export const heuristicFilters: SecretFilter[] = [
  {
    name: 'sequential-string',
    description: 'an alphabet or digit sequence such as ABCDEF or 12345678',
    appliesTo: everyDetector,
    excludes: ({ secret }) => isSequentialString(secret),
  },
  {
    name: 'ascending-run',
    description: 'a guessed value holding a run such as 12345678 or fedcba98',
    appliesTo: genericOnly,
    excludes: ({ secret }) => hasAscendingRun(secret),
  },
  {
    name: 'alphabet-run',
    description: 'a typed run of twelve such as abcdefghijkl, which no generated token holds',
    appliesTo: everyDetector,
    excludes: ({ secret }) => hasAscendingRun(secret, 12),
  },
  {
    name: 'version',
    description: 'a version number or range, found by a generic detector',
    appliesTo: genericOnly,
    excludes: ({ secret }) => isVersion(secret),
  },
  {
    name: 'path-keyed-or-encrypted',
    description: 'a checksum keyed by a file path, or an encrypted Travis secure value',
    appliesTo: genericOnly,
    excludes: ({ line, column }) => isPathKeyedOrEncrypted(line, column),
  },
  {
    name: 'uuid',
    description: 'a UUID (an identifier) found by a generic detector',
    appliesTo: genericOnly,
    excludes: ({ secret }) => isPotentialUuid(secret),
  },
  {
    name: 'templated',
    description: 'a template variable such as ${X}, {{ x }} or <x>',
    appliesTo: unprefixed,
    excludes: ({ secret }) => isTemplatedSecret(secret),
  },
  {
    name: 'dollar-prefixed',
    description: 'a $variable reference',
    appliesTo: unprefixed,
    excludes: ({ secret }) => isPrefixedWithDollarSign(secret),
  },
  {
    name: 'indirect-reference',
    description: 'the value is a function call or lookup, not a literal',
    // It judges the whole line, so only the keyword detector (a value assigned to a name) may use it.
    appliesTo: (detector) => detector.id === 'keyword',
    excludes: ({ line }) => isIndirectReference(line),
  },
  {
    name: 'lock-file',
    description: 'package-manager lock files, whose hashes look random',
    appliesTo: unprefixed,
    excludes: ({ path }) => isLockFile(path),
  },
  {
    name: 'not-alphanumeric',
    description: 'a value with no letter or digit',
    appliesTo: everyDetector,
    excludes: ({ secret }) => isNotAlphanumericString(secret),
  },
  {
    name: 'likely-id',
    description: 'a value assigned to an id field, found by a generic detector',
    appliesTo: genericOnly,
    excludes: ({ line, column }) => isLikelyIdString(line, column),
  },
  {
    name: 'swagger-file',
    description: 'Swagger / OpenAPI files, whose tokens are examples',
    appliesTo: genericOnly,
    excludes: ({ path }) => isSwaggerFile(path),
  },
];
