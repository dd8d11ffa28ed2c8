import { targetLabel } from '../github/types.js';
import { VariableNameError } from '../errors.js';
import { parseJsonObject } from '../json.js';
import { toEnvName, toVariables } from '../naming.js';
import type { FetchedSecret } from '../types.js';
import { SyncConfigError } from './errors.js';
import { fingerprintOf } from './fingerprint.js';
import { targetKey } from './keys.js';
import { githubNameProblem, MAX_SECRET_BYTES, secretLimit } from './names.js';
import type { DesiredSecret, SecretMapping, SecretSource, SyncSpec } from './types.js';

interface Named {
  readonly name: string;
  readonly value: string;
  readonly source: SecretSource;
}

/**
 * What every target should hold, from the fetched secrets: names derived with the env Action's
 * rules (`toVariables`), a config `key` picks one JSON leaf. Validated as a whole before any
 * write: GitHub name rules, values ≤ 48 KB, case-insensitive uniqueness per target, secret limits.
 * Throws `SyncConfigError` listing every problem, each naming the config line or secret id.
 */
export function resolveDesired(spec: SyncSpec, fetched: readonly FetchedSecret[]): DesiredSecret[] {
  const issues: string[] = [];
  const byTarget = new Map<string, Map<string, { desired: DesiredSecret; origin: string }>>();
  const out: DesiredSecret[] = [];
  for (const mapping of spec.mappings) {
    const secrets = fetched.filter((s) => mapping.selectors.includes(s.selector));
    for (const named of namesOf(mapping, secrets, spec, issues)) {
      const origin = describe(mapping, named.source);
      const name = named.name.toUpperCase();
      const problem = githubNameProblem(name);
      if (problem) {
        issues.push(
          `${origin} gives the GitHub secret name ${name}, which ${problem}; set a name for it`,
        );
        continue;
      }
      const bytes = Buffer.byteLength(named.value, 'utf8');
      if (bytes > MAX_SECRET_BYTES) {
        issues.push(
          `${origin} is ${bytes} bytes; GitHub secrets hold at most ${MAX_SECRET_BYTES} bytes (48 KB)`,
        );
        continue;
      }
      const fingerprint = fingerprintOf(named.source, spec.nameTransformation);
      const value = named.value;
      for (const target of mapping.targets) {
        const names = byTarget.get(targetKey(target)) ?? new Map();
        byTarget.set(targetKey(target), names);
        const previous = names.get(name);
        if (previous) {
          // The same secret reached twice (a name and a prefix) is not a conflict.
          if (previous.desired.fingerprint !== fingerprint) {
            issues.push(
              `${previous.origin} and ${origin} both give ${name} in ${targetLabel(target)} (names are case-insensitive); rename one`,
            );
          }
          continue;
        }
        const desired: DesiredSecret = {
          target,
          name,
          source: named.source,
          fingerprint,
          value: () => value,
        };
        names.set(name, { desired, origin });
        out.push(desired);
      }
    }
  }
  for (const target of spec.targets) {
    const count = byTarget.get(targetKey(target))?.size ?? 0;
    if (count > secretLimit(target)) {
      issues.push(
        `${targetLabel(target)} would get ${count} secrets; GitHub allows ${secretLimit(target)}`,
      );
    }
  }
  if (issues.length > 0)
    throw new SyncConfigError('the secrets cannot be synced as configured:', issues);
  return out;
}

function describe(mapping: SecretMapping, source: SecretSource): string {
  const what = source.jsonPath
    ? `key '${source.jsonPath}' of secret '${source.secretId}'`
    : `secret '${source.secretId}'`;
  return mapping.where === 'secret-ids' ? what : `${mapping.where}: ${what}`;
}

function namesOf(
  mapping: SecretMapping,
  secrets: readonly FetchedSecret[],
  spec: SyncSpec,
  issues: string[],
): Named[] {
  const sourceOf = (s: FetchedSecret, jsonPath?: string): SecretSource => ({
    secretId: s.id,
    arn: s.arn,
    versionId: s.versionId,
    ...(jsonPath !== undefined ? { jsonPath } : {}),
  });
  if (mapping.key !== undefined) {
    const key = mapping.key;
    return secrets.flatMap((s) => {
      const leaf = jsonLeaf(s, key);
      if (typeof leaf !== 'string') {
        issues.push(`${mapping.where}: secret '${s.id}' ${leaf.problem}`);
        return [];
      }
      const name = mapping.name ?? toEnvName(key.replace(/\./g, '_'), spec.nameTransformation);
      return [{ name, value: leaf, source: sourceOf(s, key) }];
    });
  }
  const explicit = mapping.name;
  if (explicit !== undefined && !mapping.parseJson) {
    // An explicit GitHub name skips the env Action's naming (and its RUNNER_* / NODE_OPTIONS
    // reservations, which bind job variables, not GitHub secrets).
    return secrets.map((s) => ({ name: explicit, value: wholeValue(s), source: sourceOf(s) }));
  }
  const byId = new Map(secrets.map((s) => [s.id, s]));
  const renamed =
    mapping.name === undefined ? secrets : secrets.map((s) => ({ ...s, alias: mapping.name }));
  try {
    return toVariables(renamed, {
      parseJson: mapping.parseJson,
      ...(mapping.jsonKeys ? { jsonKeys: mapping.jsonKeys } : {}),
      nameTransformation: spec.nameTransformation,
      ...(spec.stripPrefix ? { stripPrefix: spec.stripPrefix } : {}),
    }).flatMap((v) => {
      const s = byId.get(v.sourceId);
      return s ? [{ name: v.name, value: v.value, source: sourceOf(s, v.jsonPath) }] : [];
    });
  } catch (error) {
    if (!(error instanceof VariableNameError)) throw error;
    const prefix = mapping.where === 'secret-ids' ? '' : `${mapping.where}: `;
    issues.push(...error.issues.map((issue) => prefix + issue));
    return [];
  }
}

/** The whole value as the env Action exports it: the text, or base64 of binary bytes. */
function wholeValue(secret: FetchedSecret): string {
  return secret.value.kind === 'binary'
    ? Buffer.from(secret.value.bytes).toString('base64')
    : secret.value.text;
}

/** The text of one JSON leaf (non-strings as JSON, as the env Action exports them), or why not. */
function jsonLeaf(secret: FetchedSecret, key: string): string | { problem: string } {
  if (secret.value.kind === 'binary') return { problem: `is binary; key: needs a JSON secret` };
  let node: unknown = parseJsonObject(secret.value.text);
  if (node === undefined) return { problem: `is not a JSON object; remove key: to sync it whole` };
  for (const part of key.split('.')) {
    const object = typeof node === 'string' ? parseJsonObject(node) : node;
    if (
      typeof object !== 'object' ||
      object === null ||
      Array.isArray(object) ||
      !(part in object)
    ) {
      return { problem: `has no JSON key '${key}'; check its spelling and case` };
    }
    node = (object as Record<string, unknown>)[part];
  }
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    return { problem: `key '${key}' is an object; use json: true with json-keys: [${key}]` };
  }
  return typeof node === 'string' ? node : JSON.stringify(node);
}
