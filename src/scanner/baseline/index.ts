/** The `.secrets.baseline` module: read, match, update and write detect-secrets baselines. */
export type { Baseline, BaselineEntry } from './types.js';
export { parseBaseline, readBaseline, regenerateHint } from './read.js';
export {
  compareEntries,
  formatGeneratedAt,
  serializeBaseline,
  writeBaselineAtomic,
} from './write.js';
export {
  compareWithBaseline,
  entryMatches,
  isExpired,
  matchFile,
  type BaselineComparison,
  type CompareOptions,
  type MatchedFinding,
} from './match.js';
export { entryFor, updateBaseline, type BaselineUpdate, type UpdateOptions } from './update.js';
export { BASELINE_VERSION, defaultFiltersUsed, defaultPluginsUsed } from './defaults.js';
export {
  exclusionsFromBaseline,
  translatePythonRegex,
  type BaselineExclusions,
  type TranslatedRegex,
} from './exclusions.js';
export { mergeBaselines, type BaselineMerge } from './merge.js';
