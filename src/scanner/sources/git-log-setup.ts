import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../shared/errors.js';
import { exclusionsFromBaseline, type Baseline } from '../baseline/index.js';
import { createFileExcluder } from '../config/exclude-files.js';
import { parseConfig } from '../config/parse.js';
import {
  createScanner,
  resolveSettings,
  selectedDetectors,
  type ScanSettings,
} from '../config/settings.js';
import { CONFIG_FILE_NAMES, emptyConfig, type ScanConfig } from '../config/types.js';
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
 * Reads the config file: `explicit` (relative to `cwd`) when given, else `.secrets-action.yaml`
 * (or `.yml`) at the root when there is one, else an empty config.
 */
export async function readScanConfig(
  root: string,
  cwd: string,
  explicit?: string,
): Promise<ScanConfig> {
  const candidates =
    explicit === undefined
      ? CONFIG_FILE_NAMES.map((name) => join(root, name))
      : [resolve(cwd, explicit)];
  for (const path of candidates) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && explicit === undefined) continue;
      throw new ConfigError(
        `cannot read the config file ${explicit ?? path} (${code ?? (error as Error).message}); check the path`,
      );
    }
    return parseConfig(text, explicit ?? path.slice(root.length + 1), builtinDetectors);
  }
  return emptyConfig();
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
