import type { PatternDetector } from '../../types.js';
import { anyCase, assignedSecretPattern } from '../patterns.js';

export { anyCase };

/** What a keyword-anchored (contextual) detector needs beyond the shared defaults. */
export interface ContextualSpec {
  id: string;
  description: string;
  provider: string;
  secretType?: string;
  /** Regex source for the provider word(s) in the variable name; build it with `anyCase`. */
  name: string;
  /** Regex source for the value. */
  value: string;
  /** Regex source that must follow the value (default: no word character). */
  after?: string;
  keywords: string[];
  minEntropy?: number;
  allowlist?: string[];
  positive: string[];
  negative: string[];
}

/** Builds a contextual detector: a value assigned to a name that mentions the provider. */
export function contextualDetector(spec: ContextualSpec): PatternDetector {
  return {
    id: spec.id,
    description: spec.description,
    secretType: spec.secretType ?? spec.description,
    provider: spec.provider,
    strength: 'contextual',
    keywords: spec.keywords,
    contextLines: 1,
    ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
    ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
    pattern: assignedSecretPattern(spec.name, spec.value, spec.after),
    examples: { positive: spec.positive, negative: spec.negative },
  };
}
