import { DEFAULT_MAX_LINE_LENGTH, SecretScanner } from '../engine.js';
import type { Detector, PatternDetector } from '../types.js';
import { DEFAULT_MAX_FILE_SIZE, type ScanConfig } from './types.js';

/**
 * Everything a scanner needs, as plain data: it crosses into worker threads by structured
 * clone, where each worker builds its own `SecretScanner` from it.
 */
export interface ScanSettings {
  /** Built-in detectors to run, by id. */
  builtinIds: string[];
  customDetectors: PatternDetector[];
  /** Regex sources from the config, or compiled regexes (a baseline's, which carry flags). */
  excludeLines: (string | RegExp)[];
  excludeSecrets: (string | RegExp)[];
  maxLineLength: number;
  maxFileSize: number;
}

/** Chooses the detectors and limits a config asks for. */
export function resolveSettings(config: ScanConfig, builtins: readonly Detector[]): ScanSettings {
  const disabled = new Set(config.disabledDetectors);
  const enabled = new Set(config.enabledDetectors);
  const isOn = (detector: Detector) =>
    !disabled.has(detector.id) && (detector.enabledByDefault !== false || enabled.has(detector.id));
  return {
    builtinIds: builtins.filter(isOn).map((detector) => detector.id),
    customDetectors: config.detectors.filter(isOn),
    excludeLines: [...config.excludeLines],
    excludeSecrets: [...config.excludeSecrets],
    maxLineLength: config.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
}

/** The detectors that settings select, built-in ones first, in registry order. */
export function selectedDetectors(
  settings: ScanSettings,
  builtins: readonly Detector[],
): Detector[] {
  const ids = new Set(settings.builtinIds);
  return [...builtins.filter((detector) => ids.has(detector.id)), ...settings.customDetectors];
}

/** Builds the pure engine for settings; regexes were validated when the config was read. */
export function createScanner(
  settings: ScanSettings,
  builtins: readonly Detector[],
): SecretScanner {
  return new SecretScanner(selectedDetectors(settings, builtins), {
    maxLineLength: settings.maxLineLength,
    // `new RegExp` of a RegExp copies it with its flags; workers receive clones of them.
    excludeLines: settings.excludeLines.map((source) => new RegExp(source)),
    excludeSecrets: settings.excludeSecrets.map((source) => new RegExp(source)),
  });
}
