import type { Detector } from '../types.js';

/** What a filter may look at to decide whether a candidate is not a secret. */
export interface FilterInput {
  secret: string;
  /** The full line the secret starts on (without its line break). */
  line: string;
  /** Offset of the secret within `line`. */
  column: number;
  path: string;
  detector: Detector;
}

/** A named, pure predicate: `excludes` returns true when the candidate is not a real secret. */
export interface SecretFilter {
  /** Stable name, shown in reports and accepted by `disabled-filters`. */
  name: string;
  description: string;
  /** Which detectors the filter judges; a provider prefix survives heuristics meant for guesses. */
  appliesTo: (detector: Detector) => boolean;
  excludes: (input: FilterInput) => boolean;
}

/** Filters for guesses only: generic detectors (entropy, keyword). */
export const genericOnly = (detector: Detector): boolean => detector.strength === 'generic';
/** Filters for anything that is not identified by a provider prefix. */
export const unprefixed = (detector: Detector): boolean => detector.strength !== 'prefixed';
/** Filters for every detector. */
export const everyDetector = (): boolean => true;
