import { heuristicFilters } from './heuristics.js';
import { placeholderFilters } from './placeholders.js';
import type { SecretFilter } from './types.js';

export type { FilterInput, SecretFilter } from './types.js';

/** Every built-in false-positive filter, in the order they are tried. */
export const builtinFilters: readonly SecretFilter[] = [...placeholderFilters, ...heuristicFilters];
