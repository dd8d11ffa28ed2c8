import { assignedSecretPattern, prefixedTokenPattern } from '../patterns.js';
import type { DetectorExamples, PatternDetector } from '../../types.js';

/**
 * Regex source matching `word` in any letter case, at the start of a name or of a camelCase
 * part: `merakiKey`, `ciscoMerakiKey` and `MERAKI_KEY` match, `cameraKit` does not.
 */
export function nameWord(word: string): string {
  const letters = [...word]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      if (lower !== upper) return `[${lower}${upper}]`;
      return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return `(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))${letters}`;
}

/** Regex source matching any of `words` as a name part (see {@link nameWord}). */
export function nameWords(...words: string[]): string {
  return words.map(nameWord).join('|');
}

/** Default end of a value: not followed by another character of a token or base64 alphabet. */
export const valueEnd = '(?![A-Za-z0-9_+/=-])';

/** What differs between contextual detectors of this group. */
export interface ContextualSpec {
  id: string;
  description: string;
  secretType?: string;
  provider: string;
  /** Provider words, lower-case; they are both the keywords and the name to look for. */
  names: string[];
  /** Regex source for the value. */
  value: string;
  /** Regex source that must follow the value. */
  after?: string;
  minEntropy?: number;
  allowlist?: string[];
  examples: DetectorExamples;
}

/** Builds a detector for a prefix-less value assigned to a name that mentions the provider. */
export function contextual(spec: ContextualSpec): PatternDetector {
  return {
    id: spec.id,
    description: spec.description,
    secretType: spec.secretType ?? spec.description,
    provider: spec.provider,
    strength: 'contextual',
    keywords: spec.names.map((name) => name.toLowerCase()),
    contextLines: 1,
    ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
    ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
    pattern: assignedSecretPattern(nameWords(...spec.names), spec.value, spec.after ?? valueEnd),
    examples: spec.examples,
  };
}

/** What differs between prefixed detectors of this group. */
export interface PrefixedSpec {
  id: string;
  description: string;
  secretType?: string;
  provider: string;
  /** Literal prefix; the lower-cased prefix is the keyword unless `keywords` is given. */
  prefix: string;
  /** Regex source for the prefix when it is not the literal (alternatives, optional parts). */
  prefixPattern?: string;
  keywords?: string[];
  body: string;
  minEntropy?: number;
  allowlist?: string[];
  examples: DetectorExamples;
}

/** Builds a detector for a token that carries its provider prefix. */
export function prefixed(spec: PrefixedSpec): PatternDetector {
  const escaped = spec.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    id: spec.id,
    description: spec.description,
    secretType: spec.secretType ?? spec.description,
    provider: spec.provider,
    strength: 'prefixed',
    keywords: spec.keywords ?? [spec.prefix.toLowerCase()],
    ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
    ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
    pattern: prefixedTokenPattern(spec.prefixPattern ?? escaped, spec.body),
    examples: spec.examples,
  };
}

/** A pattern detector whose segments are chosen by a trigger regex instead of keywords. */
export type TriggeredSpec = Omit<PatternDetector, 'keywords'> & { trigger: string };

/**
 * A pattern detector that runs around hits of `trigger`: for formats whose only literal is too
 * short to be a prefilter keyword (`Q~`, `pat`).
 */
export function triggered(spec: TriggeredSpec): PatternDetector {
  return { ...spec, keywords: [] };
}
