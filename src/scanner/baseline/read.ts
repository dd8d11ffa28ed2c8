import { readFile } from 'node:fs/promises';
import { BaselineError } from '../../shared/errors.js';
import { defaultFiltersUsed, EXCLUDE_FILE_FILTER, EXCLUDE_LINE_FILTER } from './defaults.js';
import { floatKeys, JsonSyntaxError, parsePythonJson, type WithFloats } from './json.js';
import type { Baseline, BaselineEntry } from './types.js';

/** The command that writes a fresh baseline, quoted in every error about one. */
export function regenerateHint(source: string): string {
  return `resolve the conflict, or delete it and run \`secrets-action scan --baseline ${source}\``;
}

/** Lines git writes around a conflict (`|||||||` with `merge.conflictStyle diff3`). */
const conflictMarker = /^(?:<{7}|={7}|>{7}|\|{7})(?: |$)/;

/**
 * Parses a baseline written by any detect-secrets from 0.11 to 1.6 (or by us) into the model;
 * 0.x layouts are upgraded as detect-secrets 1.5.0 upgrades them. Throws `BaselineError` for
 * merge-conflict markers, invalid JSON or a shape that is not a baseline.
 */
export function parseBaseline(text: string, source: string): Baseline {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const conflicts = body
    .split(/\r\n|\n|\r/)
    .flatMap((line, index) => (conflictMarker.test(line) ? [index + 1] : []));
  if (conflicts.length > 0) {
    throw new BaselineError(
      `${source} has unresolved merge-conflict markers (line ${conflicts.join(', ')}); ` +
        `${regenerateHint(source)} to regenerate it. It was left unchanged.`,
      source,
    );
  }
  let json: unknown;
  try {
    json = parsePythonJson(body);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new BaselineError(
      `${source} is not valid JSON (${error.message}); fix it, or delete it and run ` +
        `\`secrets-action scan --baseline ${source}\` to regenerate it. It was left unchanged.`,
      source,
    );
  }
  return toBaseline(json, source);
}

/** Reads and parses a baseline file; undefined when it does not exist. */
export async function readBaseline(path: string, source = path): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new BaselineError(`cannot read the baseline ${source} (${code ?? error})`, source);
  }
  return parseBaseline(text, source);
}

const knownTopKeys = new Set([
  'version',
  'plugins_used',
  'filters_used',
  'results',
  'generated_at',
]);
/** 0.x keys that the upgrade turns into `filters_used`. */
const upgradedTopKeys = new Set(['exclude', 'exclude_regex', 'custom_plugin_paths', 'word_list']);

function toBaseline(json: unknown, source: string): Baseline {
  const invalid = (what: string): never => {
    throw new BaselineError(
      `${source} is not a detect-secrets baseline: ${what}; fix it, or delete it and run ` +
        `\`secrets-action scan --baseline ${source}\` to regenerate it. It was left unchanged.`,
      source,
    );
  };
  if (!isObject(json)) return invalid('the top level is not an object');
  const version = json.version ?? '';
  if (typeof version !== 'string') return invalid('"version" is not a string');
  const old = /^0\./.test(version);
  const plugins = json.plugins_used ?? [];
  if (!Array.isArray(plugins) || !plugins.every(isObject))
    return invalid('"plugins_used" is not a list of objects');
  const filters = json.filters_used ?? (old ? undefined : []);
  if (filters !== undefined && (!Array.isArray(filters) || !filters.every(isObject)))
    return invalid('"filters_used" is not a list of objects');
  const results = json.results ?? {};
  if (!isObject(results)) return invalid('"results" is not an object');
  const generatedAt = json.generated_at;
  if (generatedAt !== undefined && typeof generatedAt !== 'string')
    return invalid('"generated_at" is not a string');

  const map = new Map<string, BaselineEntry[]>();
  for (const [file, list] of Object.entries(results)) {
    if (!Array.isArray(list)) return invalid(`the results of ${file} are not a list`);
    map.set(
      file,
      list.map((raw, index) =>
        toEntry(raw, file, (what) => invalid(`${file} #${index + 1}: ${what}`)),
      ),
    );
  }
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (knownTopKeys.has(key) || (old && upgradedTopKeys.has(key))) continue;
    extra[key] = value;
  }
  return {
    version,
    pluginsUsed: old ? plugins.map(upgradePlugin) : plugins,
    filtersUsed: filters ?? upgradeFilters(json),
    results: map,
    ...(generatedAt !== undefined && { generatedAt }),
    ...(Object.keys(extra).length > 0 && { extra }),
  };
}

const entryKeys = new Set([
  'type',
  'filename',
  'hashed_secret',
  'is_verified',
  'line_number',
  'is_secret',
  'reason',
  'owner',
  'expires',
  'fingerprint',
]);

function toEntry(raw: unknown, file: string, invalid: (what: string) => never): BaselineEntry {
  if (!isObject(raw)) return invalid('not an object');
  const { type, hashed_secret: hash, is_verified: verified, line_number: line } = raw;
  if (typeof type !== 'string') return invalid('"type" is not a string');
  if (typeof hash !== 'string') return invalid('"hashed_secret" is not a string');
  if (verified !== undefined && typeof verified !== 'boolean')
    return invalid('"is_verified" is not true or false');
  if (line !== undefined && line !== null && !(Number.isInteger(line) && (line as number) >= 0))
    return invalid('"line_number" is not a whole number');
  const isSecret = raw.is_secret;
  if (isSecret !== undefined && isSecret !== null && typeof isSecret !== 'boolean')
    return invalid('"is_secret" is not true, false or null');
  const text = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return invalid(`"${key}" is not a string`);
    return value;
  };
  const filename = text('filename') ?? file;
  const expires = text('expires');
  if (expires !== undefined && Number.isNaN(Date.parse(expires)))
    return invalid(`"expires" is not a date (YYYY-MM-DD): ${JSON.stringify(expires)}`);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!entryKeys.has(key)) extra[key] = value;
  const floats = (raw as WithFloats)[floatKeys]?.filter((key) => !entryKeys.has(key)) ?? [];
  if (floats.length > 0) (extra as WithFloats)[floatKeys] = floats;
  const reason = text('reason');
  const owner = text('owner');
  const fingerprint = text('fingerprint');
  return {
    type,
    filename,
    hashedSecret: hash,
    isVerified: verified ?? false,
    ...(typeof line === 'number' && line > 0 && { lineNumber: line }),
    ...(typeof isSecret === 'boolean' && { isSecret }),
    ...(reason !== undefined && { reason }),
    ...(owner !== undefined && { owner }),
    ...(expires !== undefined && { expires }),
    ...(fingerprint !== undefined && { fingerprint }),
    ...(Object.keys(extra).length > 0 && { extra }),
  };
}

/** 0.x plugin options as 1.x names them: `base64_limit`/`hex_limit` become `limit`, name first. */
function upgradePlugin(plugin: Record<string, unknown>): Record<string, unknown> {
  const upgraded: Record<string, unknown> = { name: plugin.name };
  const floats: string[] = [];
  const oldFloats = new Set((plugin as WithFloats)[floatKeys] ?? []);
  for (const [key, value] of Object.entries(plugin)) {
    if (key === 'name') continue;
    const renamed = key === 'base64_limit' || key === 'hex_limit' ? 'limit' : key;
    // detect-secrets 1.x writes an unset keyword exclusion as "".
    upgraded[renamed] = key === 'keyword_exclude' && value === null ? '' : value;
    if (oldFloats.has(key)) floats.push(renamed);
  }
  // 1.x always writes the keyword exclusion, "" when unset.
  if (plugin.name === 'KeywordDetector') upgraded.keyword_exclude ??= '';
  if (floats.length > 0) (upgraded as WithFloats)[floatKeys] = floats;
  return upgraded;
}

/** 0.x `exclude` / `exclude_regex` as the 1.x regex filters, after the defaults. */
function upgradeFilters(json: Record<string, unknown>): Record<string, unknown>[] {
  const filters = defaultFiltersUsed();
  const exclude = isObject(json.exclude) ? json.exclude : {};
  const files = exclude.files ?? json.exclude_regex;
  if (typeof files === 'string' && files.length > 0)
    filters.push({ path: EXCLUDE_FILE_FILTER, pattern: [files] });
  if (typeof exclude.lines === 'string' && exclude.lines.length > 0)
    filters.push({ path: EXCLUDE_LINE_FILTER, pattern: [exclude.lines] });
  return filters;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
