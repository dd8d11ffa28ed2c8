import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { PatternDetector } from '../types.js';
import { readNumber, readStringList } from './fields.js';
import type { ConfigIssues } from './issues.js';
import { didYouMean } from './suggest.js';

const detectorKeys = [
  'id',
  'description',
  'pattern',
  'keywords',
  'secret-type',
  'min-entropy',
  'flags',
];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads the `detectors` list: project-specific regex detectors, held to the same rules as the
 * built-in ones (stable kebab-case id, keywords for the prefilter, a linear-time pattern).
 */
export function readCustomDetectors(
  node: Node | null,
  issues: ConfigIssues,
  builtinIds: ReadonlySet<string>,
): PatternDetector[] {
  if (!isSeq(node)) {
    issues.add(node, 'detectors', 'expected a list of detectors (each with id, pattern, keywords)');
    return [];
  }
  const seen = new Set<string>();
  const detectors: PatternDetector[] = [];
  node.items.forEach((item, index) => {
    const detector = readDetector(item as Node, `detectors[${index}]`, issues, seen, builtinIds);
    if (detector) detectors.push(detector);
  });
  return detectors;
}

function readDetector(
  node: Node,
  key: string,
  issues: ConfigIssues,
  seen: Set<string>,
  builtinIds: ReadonlySet<string>,
): PatternDetector | undefined {
  if (!isMap(node)) {
    issues.add(node, key, 'expected a mapping with id, pattern and keywords');
    return undefined;
  }
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!detectorKeys.includes(name)) {
      issues.add(
        pair.key as Node,
        `${key}.${name}`,
        `unknown key${didYouMean(name, detectorKeys)}; allowed: ${detectorKeys.join(', ')}`,
      );
    }
  }
  const id = readString(node, 'id', key, issues);
  const label = id === undefined ? key : `${key} (${id})`;
  if (id !== undefined) {
    if (!idPattern.test(id))
      issues.add(
        node.get('id', true),
        `${label}.id`,
        'use kebab-case: lower-case letters, digits and dashes',
      );
    else if (builtinIds.has(id))
      issues.add(node.get('id', true), `${label}.id`, 'is a built-in detector id; choose another');
    else if (seen.has(id))
      issues.add(
        node.get('id', true),
        `${label}.id`,
        'duplicate detector id; give each detector its own id',
      );
    seen.add(id);
  }
  const pattern = readString(node, 'pattern', label, issues);
  const flags = node.has('flags') ? (readString(node, 'flags', label, issues) ?? '') : '';
  if (!/^[imsu]*$/.test(flags))
    issues.add(
      node.get('flags', true),
      `${label}.flags`,
      'only the flags i, m, s and u are allowed',
    );
  if (pattern !== undefined)
    issues.regex(node.get('pattern', true) as Node, `${label}.pattern`, pattern, `gd${flags}`);
  const keywords = node.has('keywords')
    ? readStringList(node.get('keywords', true) as Node, `${label}.keywords`, issues)
    : [];
  if (!node.has('keywords')) {
    issues.add(
      node,
      `${label}.keywords`,
      'missing; list literal text every match contains, e.g. a token prefix, so the pattern runs only near it',
    );
  }
  const minEntropy = node.has('min-entropy')
    ? readNumber(node.get('min-entropy', true) as Node, `${label}.min-entropy`, issues, [0, 8])
    : undefined;
  const description = node.has('description')
    ? readString(node, 'description', label, issues)
    : undefined;
  const secretType = node.has('secret-type')
    ? readString(node, 'secret-type', label, issues)
    : undefined;
  if (id === undefined || pattern === undefined || keywords.length === 0) return undefined;
  return {
    id,
    description: description ?? `Custom detector ${id}`,
    secretType: secretType ?? 'Custom Secret',
    provider: 'custom',
    strength: 'contextual',
    keywords: keywords.map((keyword) => keyword.toLowerCase()),
    pattern,
    ...(flags !== '' && { flags }),
    ...(minEntropy !== undefined && { minEntropy }),
    examples: { positive: [], negative: [] },
  };
}

function readString(
  map: YAMLMap,
  name: string,
  key: string,
  issues: ConfigIssues,
): string | undefined {
  const value = map.get(name, true) as Node | undefined;
  if (value === undefined) {
    issues.add(map, `${key}.${name}`, 'missing; this key is required');
    return undefined;
  }
  if (isScalar(value) && typeof value.value === 'string' && value.value.length > 0)
    return value.value;
  issues.add(value, `${key}.${name}`, 'expected a non-empty string (quote it)');
  return undefined;
}
