import { VariableNameError } from './errors.js';
import { looksLikeBrokenJsonObject, parseJsonObject } from './json.js';
import { maskableParts } from './masking.js';
import { isSecretArn } from './selection.js';
import type { FetchedSecret, NameTransformation, NamingOptions, Variable } from './types.js';

const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Turns text into a variable name the way the AWS action does: `_` before a leading digit,
 * every character outside `[A-Za-z0-9_]` becomes `_`, then the case transformation.
 */
export function toEnvName(text: string, transformation: NameTransformation): string {
  const safe = (/^[0-9]/.test(text) ? `_${text}` : text).replace(/[^A-Za-z0-9_]/g, '_');
  if (transformation === 'uppercase') return safe.toUpperCase();
  if (transformation === 'lowercase') return safe.toLowerCase();
  return safe;
}

/** True for `[A-Za-z_][A-Za-z0-9_]*`. */
export function isValidEnvName(name: string): boolean {
  return validName.test(name);
}

/**
 * True for names the runner will not let a step set: `GITHUB_*`, `RUNNER_*`, `NODE_OPTIONS`
 * (compared without case, since Windows runners ignore it).
 */
export function isReservedName(name: string): boolean {
  const upper = name.toUpperCase();
  return upper.startsWith('GITHUB_') || upper.startsWith('RUNNER_') || upper === 'NODE_OPTIONS';
}

/** A variable before validation, with what identifies its origin. */
interface Candidate extends Variable {
  readonly origin: string;
}

/**
 * Derives the variables for fetched secrets with the AWS action's rules (alias, else the name
 * from an ARN, else the id as written; JSON keys appended with `_`; a blank alias `,id` keeps only
 * the keys), plus ours: binary values as base64, `stripPrefix`, `jsonKeys`, and every name
 * checked. Throws `VariableNameError` listing every invalid, reserved or colliding name.
 * `warnings` receives one line per secret that looks like JSON but does not parse.
 */
export function toVariables(
  secrets: readonly FetchedSecret[],
  options: NamingOptions,
  warnings: string[] = [],
): Variable[] {
  const candidates: Candidate[] = [];
  const picked = new Set<string>();
  for (const secret of secrets) {
    candidates.push(...variablesOf(secret, options, picked, warnings));
  }
  const unused = (options.jsonKeys ?? []).filter((key) => !picked.has(key));
  const issues = unused.map(
    (key) => `json key '${key}' is in no JSON secret that was read; check its spelling and case`,
  );
  return [...validate(candidates, issues)].map(({ origin: _origin, ...variable }) => variable);
}

function baseName(secret: FetchedSecret, options: NamingOptions): string {
  if (secret.alias) return secret.alias;
  const name = isSecretArn(secret.id) ? secret.name : secret.id;
  const strip = options.stripPrefix;
  return strip && name.startsWith(strip) && name.length > strip.length
    ? name.slice(strip.length)
    : name;
}

function variablesOf(
  secret: FetchedSecret,
  options: NamingOptions,
  picked: Set<string>,
  warnings: string[],
): Candidate[] {
  const origin = secret.arn || secret.id;
  const base = baseName(secret, options);
  const transform = options.nameTransformation;
  if (secret.value.kind === 'binary') {
    const value = Buffer.from(secret.value.bytes).toString('base64');
    const name = toEnvName(base, transform);
    return [{ name, value, sourceId: secret.id, binary: true, origin, maskParts: [value] }];
  }
  const text = secret.value.text;
  const object = options.parseJson ? parseJsonObject(text) : undefined;
  if (!object) {
    if (options.parseJson && looksLikeBrokenJsonObject(text)) {
      warnings.push(
        `secret '${secret.id}' starts like a JSON object but is not valid JSON; exported whole as ${toEnvName(base, transform)}`,
      );
    }
    const name = toEnvName(base, transform);
    return [{ name, value: text, sourceId: secret.id, origin, maskParts: maskableParts(text) }];
  }
  const prefix = secret.alias === '' ? '' : toEnvName(base, transform);
  const out: Candidate[] = [];
  flatten(object, prefix, [], (name, value, path) => {
    out.push({
      name,
      value,
      sourceId: secret.id,
      jsonPath: path.join('.'),
      origin: `${origin}\n${path.join('\n')}`,
      maskParts: maskableParts(value),
    });
  });
  const keys = options.jsonKeys ?? [];
  if (keys.length === 0) return out;
  return out.filter((variable) => {
    const path = variable.jsonPath ?? '';
    const key = keys.find((k) => path === k || path.startsWith(`${k}.`));
    if (key !== undefined) picked.add(key);
    return key !== undefined;
  });

  function flatten(
    node: Record<string, unknown>,
    namePrefix: string,
    path: readonly string[],
    emit: (name: string, value: string, path: readonly string[]) => void,
  ) {
    for (const [key, child] of Object.entries(node)) {
      const keyName = toEnvName(key, transform);
      const name = namePrefix ? `${namePrefix}_${keyName}` : keyName;
      // Like the AWS action: non-string leaves are exported as JSON text, and any value whose
      // text is a JSON object (a nested object, or a string holding one) is flattened further.
      const value = typeof child === 'string' ? child : JSON.stringify(child);
      const nested = parseJsonObject(value);
      if (nested) flatten(nested, name, [...path, key], emit);
      else emit(name, value, [...path, key]);
    }
  }
}

function* validate(candidates: readonly Candidate[], issues: string[]): Generator<Candidate> {
  const byName = new Map<string, Candidate>();
  const accepted: Candidate[] = [];
  for (const candidate of candidates) {
    const where = describe(candidate);
    if (!isValidEnvName(candidate.name)) {
      issues.push(
        `${where} gives the variable name '${candidate.name}', which is not valid; set an alias (ALIAS,${candidate.sourceId})`,
      );
      continue;
    }
    if (isReservedName(candidate.name)) {
      issues.push(
        `${where} would set ${candidate.name}, which the runner reserves (GITHUB_*, RUNNER_*, NODE_OPTIONS); set an alias (MY_${candidate.name},${candidate.sourceId})`,
      );
      continue;
    }
    const previous = byName.get(candidate.name);
    if (previous) {
      // The same secret selected twice (by name and by a prefix) is not a conflict.
      if (previous.origin !== candidate.origin) {
        issues.push(
          `${describe(previous)} and ${where} both map to ${candidate.name}; give one an alias (OTHER_NAME,${candidate.sourceId})`,
        );
      }
      continue;
    }
    byName.set(candidate.name, candidate);
    accepted.push(candidate);
  }
  if (issues.length > 0) throw new VariableNameError(issues);
  yield* accepted;
}

function describe(candidate: Candidate): string {
  return candidate.jsonPath === undefined
    ? `secret '${candidate.sourceId}'`
    : `key '${candidate.jsonPath}' of secret '${candidate.sourceId}'`;
}
