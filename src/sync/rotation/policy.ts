import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { stringList, unknownKeys, type At } from '../plan/yaml-fields.js';
import { parseDays } from './duration.js';
import { RotationPolicyError } from './errors.js';

/** What happens to a secret no rule matches. */
export type UnmatchedMode = 'report' | 'ignore' | 'fail';

/** One rule: which secrets it covers (name globs and/or tags) and their maximum age. */
export interface RotationRule {
  /** 1-based position in the policy: the first matching rule wins. */
  readonly index: number;
  /** The rule's `name`, else its globs and tags, for reports. */
  readonly label: string;
  /** The policy line the rule starts on, when known. */
  readonly line?: number;
  /** minimatch globs on the secret name; any one may match. Empty: every name. */
  readonly match: readonly string[];
  /** Tags the secret must carry, all of them; the value `*` accepts any value. */
  readonly tags: Readonly<Record<string, string>>;
  readonly maxAgeDays: number;
}

/** A parsed rotation policy. */
export interface RotationPolicy {
  /** Days before the due date from which a secret is `due-soon`. */
  readonly warnDays: number;
  /** `report`: unmatched secrets are listed as `unmanaged`; `fail`: and count as failures. */
  readonly unmatched: UnmatchedMode;
  readonly rules: readonly RotationRule[];
  /** Globs of secret names that are not checked at all. */
  readonly ignore: readonly string[];
}

const topKeys = ['warn-days', 'unmatched', 'rules', 'ignore'];
const ruleKeys = ['name', 'match', 'tag', 'max-age'];
const unmatchedModes: readonly UnmatchedMode[] = ['report', 'ignore', 'fail'];

/** The default warning window when the policy sets none. */
export const defaultWarnDays = 14;

/**
 * Parses and validates a rotation policy as a whole: every problem is reported at once, each
 * naming `file` and its line.
 *
 * ```yaml
 * warn-days: 14                 # optional (default 14): due-soon this many days before the due date
 * unmatched: report             # optional: report (default) | ignore | fail
 * ignore: ['legacy/**']         # optional: names not checked at all
 * rules:                        # first match wins
 *   - { name: JWT keys, match: '**\/jwt-*', max-age: 30d }
 *   - { tag: { class: database }, max-age: 90d }
 *   - { match: ['**\/api-key*', '**\/*-token'], max-age: 180d }
 *   - { match: '**', max-age: 1y }
 * ```
 */
export function parseRotationPolicy(text: string, file = 'policy'): RotationPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const at: At = (path) => {
    const line = lineOf(path);
    return line === undefined ? file : `${file} line ${line}`;
  };
  const issues = doc.errors.map(
    (error) =>
      `${file} line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`,
  );
  if (issues.length > 0) throw new RotationPolicyError(`${file} is not valid YAML:`, issues);
  if (!isMap(doc.contents))
    throw new RotationPolicyError(`${file}: expected a mapping with rules (and warn-days, ignore)`);
  unknownKeys(doc, [], topKeys, at, issues);

  const warnDays = doc.has('warn-days')
    ? days(doc, ['warn-days'], at, issues, true)
    : defaultWarnDays;
  const unmatched = (doc.get('unmatched') ?? 'report') as UnmatchedMode;
  if (!unmatchedModes.includes(unmatched))
    issues.push(`${at(['unmatched'])}: unmatched must be ${unmatchedModes.join(', ')}`);
  const ignore = stringList(doc, ['ignore'], at, issues) ?? [];
  const rules: RotationRule[] = [];
  const node = doc.get('rules', true);
  if (!isSeq(node) || node.items.length === 0) {
    issues.push(`${at(['rules'])}: rules must be a non-empty list (first match wins)`);
  } else {
    node.items.forEach((_, index) => {
      const rule = readRule(doc, index, at, lineOf(['rules', index]), issues);
      if (rule) rules.push(rule);
    });
  }
  if (issues.length > 0)
    throw new RotationPolicyError(`${file} has ${issues.length} problem(s):`, issues);
  return { warnDays: warnDays ?? defaultWarnDays, unmatched, rules, ignore };
}

function readRule(
  doc: Document,
  index: number,
  at: At,
  line: number | undefined,
  issues: string[],
): RotationRule | undefined {
  const path = ['rules', index];
  if (!isMap(doc.getIn(path))) {
    issues.push(`${at(path)}: each rule must be a mapping with match or tag, and max-age`);
    return undefined;
  }
  unknownKeys(doc, path, ruleKeys, at, issues);
  const matchValue = doc.getIn([...path, 'match']);
  const match =
    typeof matchValue === 'string' && matchValue.trim() !== ''
      ? [matchValue.trim()]
      : (stringList(doc, [...path, 'match'], at, issues) ?? []);
  const tags = readTags(doc, [...path, 'tag'], at, issues);
  const nameValue = doc.getIn([...path, 'name']);
  if (nameValue !== undefined && (typeof nameValue !== 'string' || nameValue.trim() === ''))
    issues.push(`${at([...path, 'name'])}: name must be a non-empty string`);
  const given = doc.hasIn([...path, 'match']) || doc.hasIn([...path, 'tag']);
  if (match.length === 0 && Object.keys(tags).length === 0 && !given) {
    issues.push(`${at(path)}: rule ${index + 1} needs match (name globs) or tag (key: value)`);
    return undefined;
  }
  if (!doc.hasIn([...path, 'max-age'])) {
    issues.push(`${at(path)}: rule ${index + 1} needs max-age (such as 90d)`);
    return undefined;
  }
  const maxAgeDays = days(doc, [...path, 'max-age'], at, issues, false);
  if (maxAgeDays === undefined) return undefined;
  const described = [
    ...match,
    ...Object.entries(tags).map(([key, value]) => `tag ${key}=${value}`),
  ].join(', ');
  return {
    index: index + 1,
    label: typeof nameValue === 'string' && nameValue.trim() !== '' ? nameValue.trim() : described,
    ...(line !== undefined ? { line } : {}),
    match,
    tags,
    maxAgeDays,
  };
}

/** `tag: { key: value }`: values are compared as text; `*` accepts any value. */
function readTags(
  doc: Document,
  path: (string | number)[],
  at: At,
  issues: string[],
): Record<string, string> {
  const node = doc.getIn(path, true);
  if (node === undefined || node === null) return {};
  const tags: Record<string, string> = {};
  if (isMap(node) && node.items.length > 0) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const value = isScalar(pair.value) ? pair.value.value : pair.value;
      const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
      if (!scalar(key) || !scalar(value) || String(key) === '') {
        issues.push(`${at(path)}: tag must map tag keys to values (use '*' for any value)`);
        return {};
      }
      tags[String(key)] = String(value);
    }
    return tags;
  }
  issues.push(`${at(path)}: tag must be a mapping such as { class: database }`);
  return {};
}

/** A duration at `path` in days (a number of days, or text such as 30d), or undefined. */
function days(
  doc: Document,
  path: (string | number)[],
  at: At,
  issues: string[],
  allowZero: boolean,
): number | undefined {
  const value = doc.getIn(path);
  const key = String(path[path.length - 1]);
  if (allowZero && (value === 0 || value === '0')) return 0;
  if (typeof value !== 'string' && typeof value !== 'number') {
    issues.push(`${at(path)}: ${key} must be a duration such as 30d, 12w or 1y`);
    return undefined;
  }
  const parsed = parseDays(String(value));
  if ('problem' in parsed) {
    issues.push(`${at(path)}: ${key}: ${parsed.problem}`);
    return undefined;
  }
  return parsed.days;
}
