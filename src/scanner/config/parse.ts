import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from '../../shared/errors.js';
import type { Detector } from '../types.js';
import { readCustomDetectors } from './custom-detectors.js';
import { readByteSize, readPositiveInteger, readStringList, readStringNodes } from './fields.js';
import { ConfigIssues } from './issues.js';
import { didYouMean } from './suggest.js';
import { emptyConfig, type ScanConfig } from './types.js';

const topLevelKeys = [
  'exclude-files',
  'exclude-lines',
  'exclude-secrets',
  'disabled-detectors',
  'enabled-detectors',
  'detectors',
  'max-line-length',
  'max-file-size',
];

/**
 * Parses and validates a config file as a whole: every problem (unknown key, bad regex, unsafe
 * regex, unknown or duplicate detector id) is reported at once, each with its line and a fix.
 * `builtins` is the detector registry the ids are checked against.
 */
export async function parseConfig(
  text: string,
  source: string,
  builtins: readonly Detector[],
): Promise<ScanConfig> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    const issues = document.errors.map((error) => {
      const line = error.linePos?.[0].line;
      return `${source}${line === undefined ? '' : `:${line}`}: ${error.message.split('\n')[0]}`;
    });
    throw new ConfigError(`${source} is not valid YAML; fix the syntax:`, issues);
  }
  const issues = new ConfigIssues(source, lineCounter);
  const config = readTopLevel(document.contents as Node | null, issues, builtins);
  await issues.checkRegexes();
  if (issues.messages.length > 0) {
    throw new ConfigError(`${source} has ${issues.messages.length} problem(s):`, issues.messages);
  }
  return config;
}

function readTopLevel(
  root: Node | null,
  issues: ConfigIssues,
  builtins: readonly Detector[],
): ScanConfig {
  const config = emptyConfig();
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) {
    issues.add(
      root,
      '(top level)',
      `expected a mapping with keys such as ${topLevelKeys.slice(0, 3).join(', ')}`,
    );
    return config;
  }
  const builtinIds = new Set(builtins.map((detector) => detector.id));
  const get = (key: string) => (root.get(key, true) ?? null) as Node | null;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!topLevelKeys.includes(key)) {
      issues.add(
        pair.key as Node,
        key,
        `unknown key${didYouMean(key, topLevelKeys)}; allowed: ${topLevelKeys.join(', ')}`,
      );
    }
  }
  if (root.has('exclude-files'))
    config.excludeFiles = readStringList(get('exclude-files'), 'exclude-files', issues);
  for (const [key, field] of [
    ['exclude-lines', 'excludeLines'],
    ['exclude-secrets', 'excludeSecrets'],
  ] as const) {
    if (!root.has(key)) continue;
    for (const [source, node] of readStringNodes(get(key), key, issues)) {
      issues.regex(node, key, source);
      config[field].push(source);
    }
  }
  if (root.has('detectors'))
    config.detectors = readCustomDetectors(get('detectors'), issues, builtinIds);
  const allIds = [...builtinIds, ...config.detectors.map((detector) => detector.id)];
  for (const [key, field] of [
    ['disabled-detectors', 'disabledDetectors'],
    ['enabled-detectors', 'enabledDetectors'],
  ] as const) {
    if (!root.has(key)) continue;
    for (const [id, node] of readStringNodes(get(key), key, issues)) {
      if (!allIds.includes(id))
        issues.add(node, key, `unknown detector id '${id}'${didYouMean(id, allIds)}`);
      config[field].push(id);
    }
  }
  for (const id of config.enabledDetectors.filter((id) => config.disabledDetectors.includes(id))) {
    issues.add(
      get('enabled-detectors'),
      'enabled-detectors',
      `'${id}' is also in disabled-detectors; keep it in one list`,
    );
  }
  if (root.has('max-line-length'))
    config.maxLineLength = readPositiveInteger(get('max-line-length'), 'max-line-length', issues);
  if (root.has('max-file-size'))
    config.maxFileSize = readByteSize(get('max-file-size'), 'max-file-size', issues);
  return config;
}
