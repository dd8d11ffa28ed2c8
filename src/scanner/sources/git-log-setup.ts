import { exclusionsFromBaseline, type Baseline } from '../baseline/index.js';
import { createFileExcluder } from '../config/exclude-files.js';
import {
  createScanner,
  resolveSettings,
  selectedDetectors,
  type ScanSettings,
} from '../config/settings.js';
import type { ScanConfig } from '../config/types.js';
import { builtinDetectors } from '../detectors/index.js';
import type { SecretScanner } from '../engine.js';
import type { Detector } from '../types.js';

/** Everything a scan of a repository needs, built from its config and baseline. */
export interface ScanSetup {
  settings: ScanSettings;
  scanner: SecretScanner;
  detectors: Detector[];
  /** Config `exclude-files`, detect-secrets' stored file filters, and the baseline itself. */
  isExcluded: (path: string) => boolean;
}

/**
 * Builds the scanner a config asks for, with detect-secrets' exclusions stored in the baseline
 * on top (as `scan` and `hook` apply them). The baseline file itself is never scanned: it holds
 * SHA-1 hashes, which look like hex secrets.
 */
export function prepareScan(
  config: ScanConfig,
  baseline?: { baseline: Baseline; shown: string; relative: string },
): ScanSetup {
  const stored =
    baseline === undefined ? undefined : exclusionsFromBaseline(baseline.baseline, baseline.shown);
  const settings = resolveSettings(config, builtinDetectors);
  settings.excludeLines.push(...(stored?.lines ?? []));
  settings.excludeSecrets.push(...(stored?.secrets ?? []));
  const byConfig = createFileExcluder(config.excludeFiles);
  return {
    settings,
    scanner: createScanner(settings, builtinDetectors),
    detectors: selectedDetectors(settings, builtinDetectors),
    isExcluded: (path) =>
      path === baseline?.relative ||
      byConfig(path) ||
      stored?.files.some((regex) => regex.test(path)) === true,
  };
}
