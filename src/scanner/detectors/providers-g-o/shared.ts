import type { DetectorStrength, PatternDetector } from '../../types.js';
import { anyCase, assignedSecretPattern, prefixedTokenPattern } from '../patterns.js';

export { anyCase };

/** Fields every detector of this group spells out; the builders below fill in the rest. */
interface DetectorBase {
  id: string;
  description: string;
  secretType: string;
  provider: string;
  positive: string[];
  negative: string[];
  minEntropy?: number;
  allowlist?: string[];
}

/**
 * Regex source for a provider word in a variable name: case-insensitive, but the word must not
 * continue a longer lower-case word (`rookTable` is not `okta`, `global` is not `lob`). Used
 * without the `i` flag, so each spelling is listed.
 */
export function nameWord(word: string): string {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  return `(?:(?<![a-z])${lower}|(?<![A-Z])${upper}|${capital})`;
}

/** A token that carries its own provider prefix: `prefix` is literal regex source, `body` the rest. */
export function prefixed(
  base: DetectorBase & { prefix: string; body: string; keywords: string[]; pattern?: string },
): PatternDetector {
  return build(
    base,
    'prefixed',
    base.keywords,
    base.pattern ?? prefixedTokenPattern(base.prefix, base.body),
  );
}

/** Lookahead source rejecting a value made of words (`SoftwareEngineer`, `salesDashboard`). */
const notCamelWords =
  '(?!(?:[a-z]{2,40}|[A-Z][a-z]{2,40})(?:[A-Z][a-z]{2,40}){1,8}(?![A-Za-z0-9]))';

/**
 * A value without a prefix, recognised by the provider's name in the variable it is assigned
 * to. `name` is regex source matched in any case (with `caseSensitive`, exactly as written: use
 * {@link nameWord} then). The pattern runs without the `i` flag, so `value` spells its cases.
 * `notWords` rejects values that are camel-case words rather than random characters.
 */
export function contextual(
  base: DetectorBase & {
    name: string;
    value: string;
    keywords: string[];
    after?: string;
    caseSensitive?: boolean;
    notWords?: boolean;
    trigger?: string;
  },
): PatternDetector {
  const name = base.caseSensitive ? base.name : anyCase(base.name);
  const value = base.notWords ? `${notCamelWords}(?:${base.value})` : base.value;
  const detector = build(
    base,
    'contextual',
    base.keywords,
    assignedSecretPattern(name, value, base.after),
  );
  detector.contextLines = 1;
  if (base.trigger !== undefined) detector.trigger = base.trigger;
  return detector;
}

function build(
  base: DetectorBase,
  strength: DetectorStrength,
  keywords: string[],
  pattern: string,
): PatternDetector {
  const detector: PatternDetector = {
    id: base.id,
    description: base.description,
    secretType: base.secretType,
    provider: base.provider,
    strength,
    keywords,
    pattern,
    examples: { positive: base.positive, negative: base.negative },
  };
  if (base.minEntropy !== undefined) detector.minEntropy = base.minEntropy;
  if (base.allowlist !== undefined) detector.allowlist = base.allowlist;
  return detector;
}

/** Regex source for a UUID in either case. */
export const uuid = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
