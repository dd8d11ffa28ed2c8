import { markFloats } from './json.js';

/** The detect-secrets release whose layout the writer reproduces. */
export const BASELINE_VERSION = '1.5.0';

const defaultPlugins = [
  'ArtifactoryDetector',
  'AWSKeyDetector',
  'AzureStorageKeyDetector',
  'Base64HighEntropyString',
  'BasicAuthDetector',
  'CloudantDetector',
  'DiscordBotTokenDetector',
  'GitHubTokenDetector',
  'GitLabTokenDetector',
  'HexHighEntropyString',
  'IbmCloudIamDetector',
  'IbmCosHmacDetector',
  'IPPublicDetector',
  'JwtTokenDetector',
  'KeywordDetector',
  'MailchimpDetector',
  'NpmDetector',
  'OpenAIDetector',
  'PrivateKeyDetector',
  'PypiTokenDetector',
  'SendGridDetector',
  'SlackDetector',
  'SoftlayerDetector',
  'SquareOAuthDetector',
  'StripeDetector',
  'TelegramBotTokenDetector',
  'TwilioKeyDetector',
];

/**
 * detect-secrets 1.5.0's default `plugins_used`: a baseline we create lists them, so that
 * detect-secrets (still run by some of a team) scans with its full plugin set.
 */
export function defaultPluginsUsed(): Record<string, unknown>[] {
  return defaultPlugins.map((name) => {
    if (name === 'Base64HighEntropyString') return markFloats({ name, limit: 4.5 }, 'limit');
    if (name === 'HexHighEntropyString') return markFloats({ name, limit: 3 }, 'limit');
    if (name === 'KeywordDetector') return { name, keyword_exclude: '' };
    return { name };
  });
}

const filterPrefix = 'detect_secrets.filters.';

/** The filters detect-secrets 1.5.0 always runs and writes (0.x baselines upgrade to these). */
const defaultFilterPaths = [
  'allowlist.is_line_allowlisted',
  'common.is_ignored_due_to_verification_policies',
  'heuristic.is_indirect_reference',
  'heuristic.is_likely_id_string',
  'heuristic.is_lock_file',
  'heuristic.is_not_alphanumeric_string',
  'heuristic.is_potential_uuid',
  'heuristic.is_prefixed_with_dollar_sign',
  'heuristic.is_sequential_string',
  'heuristic.is_swagger_file',
  'heuristic.is_templated_secret',
];

/** The `path` of detect-secrets' filter that skips the baseline file itself. */
export const BASELINE_FILE_FILTER = `${filterPrefix}common.is_baseline_file`;
/** detect-secrets' regex filters, as `--exclude-files/lines/secrets` store them. */
export const EXCLUDE_FILE_FILTER = `${filterPrefix}regex.should_exclude_file`;
export const EXCLUDE_LINE_FILTER = `${filterPrefix}regex.should_exclude_line`;
export const EXCLUDE_SECRET_FILTER = `${filterPrefix}regex.should_exclude_secret`;

/**
 * detect-secrets 1.5.0's default `filters_used`, with `is_baseline_file` naming `baselineFile`
 * (POSIX, relative to the root) when given, as `scan --baseline` writes it.
 */
export function defaultFiltersUsed(baselineFile?: string): Record<string, unknown>[] {
  const filters: Record<string, unknown>[] = defaultFilterPaths.map((path) =>
    path.endsWith('verification_policies')
      ? { path: filterPrefix + path, min_level: 2 }
      : { path: filterPrefix + path },
  );
  if (baselineFile !== undefined)
    filters.splice(1, 0, { path: BASELINE_FILE_FILTER, filename: baselineFile });
  return filters;
}
