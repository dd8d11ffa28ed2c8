import type { PatternDetector } from '../types.js';

/** What a `.secrets-action.yaml` file (or the matching command-line options) can set. */
export interface ScanConfig {
  /** minimatch globs, matched against root-relative POSIX paths. */
  excludeFiles: string[];
  /** Regex sources: a finding on a matching line is dropped. */
  excludeLines: string[];
  /** Regex sources: a finding whose secret matches is dropped. */
  excludeSecrets: string[];
  disabledDetectors: string[];
  /** Detectors that are off by default (`enabledByDefault: false`) to run anyway. */
  enabledDetectors: string[];
  /** Project-specific pattern detectors. */
  detectors: PatternDetector[];
  maxLineLength?: number;
  maxFileSize?: number;
}

/** The name a config file is looked up under at the scan root. */
export const CONFIG_FILE_NAMES = ['.secrets-action.yaml', '.secrets-action.yml'] as const;

/** Files above this many bytes are skipped and reported, unless configured otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** A config with nothing set. */
export function emptyConfig(): ScanConfig {
  return {
    excludeFiles: [],
    excludeLines: [],
    excludeSecrets: [],
    disabledDetectors: [],
    enabledDetectors: [],
    detectors: [],
  };
}
