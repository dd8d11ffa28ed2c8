import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import type { OrgVisibility, TargetRef } from '../github/types.js';
import { SecretIdsError } from '../errors.js';
import { parseSecretIds } from '../selection.js';
import type { NameTransformation, SecretSelector } from '../types.js';
import { SyncConfigError } from './errors.js';
import { targetKey } from './keys.js';
import {
  optionalBoolean,
  optionalString,
  stringList,
  unknownKeys,
  type At,
} from './yaml-fields.js';
import type { SecretMapping, SyncSpec } from './types.js';

const topKeys = [
  'version',
  'name-transformation',
  'strip-prefix',
  'create-environments',
  'targets',
  'secrets',
];
const targetKeys = [
  'repository',
  'environments',
  'org',
  'visibility',
  'selected-repositories',
  'dependabot',
];
const secretKeys = ['aws', 'name', 'key', 'json', 'json-keys', 'to'];
const repositoryPattern = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;

/** `owner/name` split in two, or undefined when it is not a repository's full name. */
export function parseRepository(text: string): { owner: string; repo: string } | undefined {
  const match = repositoryPattern.exec(text.trim());
  return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
}

/**
 * Parses and validates the YAML fan-out file as a whole (every problem reported at once, each
 * naming `file` and its line; the file holds AWS ids, never values):
 *
 * ```yaml
 * name-transformation: uppercase     # optional, as the env Action (uppercase | lowercase | none)
 * create-environments: true          # optional
 * targets:                           # labels the secrets below send to
 *   api: { repository: acme/api }                          # repository secrets
 *   api-envs: { repository: acme/api, environments: [staging, production] }
 *   api-bot: { repository: acme/api, dependabot: true }    # Dependabot secrets
 *   org: { org: acme, visibility: selected, selected-repositories: [api, web] }
 * secrets:
 *   - { aws: prod/db, key: password, name: DB_PASSWORD, to: [api, api-envs] }  # one JSON leaf
 *   - { aws: prod/app-config, json: true, json-keys: [sentry], to: org }       # flattened
 *   - { aws: 'prod/shared/*', to: [org] }                                      # prefix, named by id
 * ```
 */
export function parseSyncConfig(text: string, file = 'config'): SyncSpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const issues: string[] = [];
  const at = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? file : `${file} line ${lineCounter.linePos(offset).line}`;
  };
  for (const error of doc.errors) {
    issues.push(
      `${file} line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`,
    );
  }
  if (issues.length > 0) throw new SyncConfigError(`${file} is not valid YAML:`, issues);
  if (!isMap(doc.contents))
    throw new SyncConfigError(`${file}: expected a mapping with targets and secrets`);
  unknownKeys(doc, [], topKeys, at, issues);

  const nameTransformation = (doc.get('name-transformation') ?? 'uppercase') as NameTransformation;
  if (!['uppercase', 'lowercase', 'none'].includes(nameTransformation)) {
    issues.push(
      `${at(['name-transformation'])}: name-transformation must be uppercase, lowercase or none`,
    );
  }
  const stripPrefix = optionalString(doc, ['strip-prefix'], at, issues);
  const createEnvironments = optionalBoolean(doc, ['create-environments'], at, issues) ?? false;

  const labels = readTargets(doc, at, issues);
  const selectors: SecretSelector[] = [];
  const mappings: SecretMapping[] = [];
  const secrets = doc.get('secrets');
  if (!isSeq(secrets) || secrets.items.length === 0) {
    issues.push(`${at(['secrets'])}: secrets must be a non-empty list`);
  } else {
    secrets.items.forEach((_, index) => {
      const mapping = readSecret(doc, index, labels, at, issues, selectors);
      if (mapping) mappings.push(mapping);
    });
  }
  if (issues.length > 0)
    throw new SyncConfigError(`${file} has ${issues.length} problem(s):`, issues);
  const targets = dedupe([...labels.values()].flat());
  return { selectors, mappings, targets, createEnvironments, nameTransformation, stripPrefix };
}

function readTargets(doc: Document, at: At, issues: string[]): Map<string, TargetRef[]> {
  const labels = new Map<string, TargetRef[]>();
  const node = doc.get('targets');
  if (!isMap(node) || node.items.length === 0) {
    issues.push(`${at(['targets'])}: targets must map labels to targets`);
    return labels;
  }
  for (const pair of node.items) {
    const label = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const path = ['targets', label];
    if (!isMap(pair.value)) {
      issues.push(
        `${at(path)}: target '${label}' must be a mapping (repository: owner/name, or org: name)`,
      );
      continue;
    }
    unknownKeys(doc, path, targetKeys, at, issues);
    const repository = optionalString(doc, [...path, 'repository'], at, issues);
    const org = optionalString(doc, [...path, 'org'], at, issues);
    const environments = stringList(doc, [...path, 'environments'], at, issues);
    const dependabot = optionalBoolean(doc, [...path, 'dependabot'], at, issues) ?? false;
    const where = at(path);
    if ((repository === undefined) === (org === undefined)) {
      issues.push(`${where}: target '${label}' needs exactly one of repository or org`);
      continue;
    }
    if (repository !== undefined) {
      const parsed = parseRepository(repository);
      if (!parsed) {
        issues.push(`${at([...path, 'repository'])}: '${repository}' is not owner/name`);
        continue;
      }
      if (doc.hasIn([...path, 'visibility']) || doc.hasIn([...path, 'selected-repositories'])) {
        issues.push(`${where}: visibility and selected-repositories apply to org targets only`);
      }
      if (dependabot && environments) {
        issues.push(`${where}: Dependabot secrets have no environments; use two targets`);
        continue;
      }
      labels.set(
        label,
        environments
          ? environments.map((environment) => ({ kind: 'environment', ...parsed, environment }))
          : [{ kind: dependabot ? 'dependabot-repository' : 'repository', ...parsed }],
      );
      continue;
    }
    if (environments) issues.push(`${where}: environments need a repository target`);
    const visibility = (optionalString(doc, [...path, 'visibility'], at, issues) ??
      'private') as OrgVisibility;
    if (!['all', 'private', 'selected'].includes(visibility)) {
      issues.push(`${at([...path, 'visibility'])}: visibility must be all, private or selected`);
    }
    const selected = stringList(doc, [...path, 'selected-repositories'], at, issues);
    if (selected && visibility !== 'selected') {
      issues.push(`${where}: selected-repositories needs visibility: selected`);
    }
    const kind = dependabot ? 'dependabot-organization' : 'organization';
    labels.set(label, [
      { kind, org: org ?? '', visibility, ...(selected ? { selectedRepositories: selected } : {}) },
    ]);
  }
  return labels;
}

function readSecret(
  doc: Document,
  index: number,
  labels: Map<string, TargetRef[]>,
  at: At,
  issues: string[],
  selectors: SecretSelector[],
): SecretMapping | undefined {
  const path = ['secrets', index];
  const where = at(path);
  if (!isMap(doc.getIn(path))) {
    issues.push(`${where}: each secret must be a mapping with aws and to`);
    return undefined;
  }
  unknownKeys(doc, path, secretKeys, at, issues);
  const aws = optionalString(doc, [...path, 'aws'], at, issues);
  const name = optionalString(doc, [...path, 'name'], at, issues);
  const key = optionalString(doc, [...path, 'key'], at, issues);
  const parseJson = optionalBoolean(doc, [...path, 'json'], at, issues) ?? false;
  const jsonKeys = stringList(doc, [...path, 'json-keys'], at, issues);
  const to = doc.getIn([...path, 'to']);
  const toLabels = typeof to === 'string' ? [to] : stringList(doc, [...path, 'to'], at, issues);
  if (aws === undefined) {
    issues.push(`${where}: aws (the secret name, ARN or prefix*) is required`);
    return undefined;
  }
  let selector: SecretSelector | undefined;
  try {
    selector = parseSecretIds(aws)[0];
  } catch (error) {
    if (!(error instanceof SecretIdsError)) throw error;
    issues.push(`${where}: ${error.message.replace(/^secret-ids line \d+: /, '')}`);
    return undefined;
  }
  if (!selector || aws.includes(',')) {
    issues.push(
      `${where}: aws must be one secret name, ARN or prefix* (use name: for the GitHub name)`,
    );
    return undefined;
  }
  if (selector.kind === 'prefix' && (name !== undefined || key !== undefined)) {
    issues.push(`${where}: a prefix selects many secrets: name and key cannot be used with it`);
  }
  if (key !== undefined && (parseJson || jsonKeys)) {
    issues.push(
      `${where}: key picks one JSON leaf; json and json-keys flatten: use one or the other`,
    );
  }
  if (jsonKeys && !parseJson) issues.push(`${where}: json-keys needs json: true`);
  const targets: TargetRef[] = [];
  if (!toLabels || toLabels.length === 0)
    issues.push(`${where}: to must name at least one target label`);
  for (const label of toLabels ?? []) {
    const refs = labels.get(label);
    if (refs) targets.push(...refs);
    else issues.push(`${at([...path, 'to'])}: no target labelled '${label}' under targets`);
  }
  if (!selectors.some((s) => s.id === selector.id))
    selectors.push({ ...selector, alias: undefined });
  return {
    where,
    selectors: [selector.id],
    ...(name !== undefined ? { name } : {}),
    ...(key !== undefined ? { key } : {}),
    parseJson,
    ...(jsonKeys ? { jsonKeys } : {}),
    targets: dedupe(targets),
  };
}

function dedupe(targets: TargetRef[]): TargetRef[] {
  const seen = new Map<string, TargetRef>();
  for (const t of targets) if (!seen.has(targetKey(t))) seen.set(targetKey(t), t);
  return [...seen.values()];
}
