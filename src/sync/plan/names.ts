import type { TargetRef } from '../github/types.js';

/** GitHub refuses secret values over 48 KB (AWS allows 64 KB). */
export const MAX_SECRET_BYTES = 48 * 1024;

const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Why GitHub would refuse `name` as a secret name, or undefined when it is fine: only
 * `[A-Za-z0-9_]`, no leading digit, no `GITHUB_` prefix (compared without case).
 */
export function githubNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (/^[0-9]/.test(name)) return 'starts with a digit';
  if (!namePattern.test(name)) return 'has characters other than letters, digits and _';
  if (name.toUpperCase().startsWith('GITHUB_')) return 'starts with GITHUB_, which GitHub reserves';
  return undefined;
}

/** How many secrets GitHub lets the target hold: 100 per repository or environment, 1,000 per org. */
export function secretLimit(target: TargetRef): number {
  return target.kind === 'organization' || target.kind === 'dependabot-organization' ? 1000 : 100;
}
