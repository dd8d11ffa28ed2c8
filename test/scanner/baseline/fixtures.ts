import type { Baseline, BaselineEntry } from '../../../src/scanner/baseline/index.js';
import type { Finding } from '../../../src/scanner/types.js';

/** A finding with defaults; only what matching looks at needs to be given. */
export function finding(over: Partial<Finding> & Pick<Finding, 'file' | 'line'>): Finding {
  return {
    detectorId: 'stripe-live-key',
    secretType: 'Stripe Access Key',
    provider: 'Stripe',
    column: 1,
    endLine: over.line,
    endColumn: 10,
    redacted: 'sk_l…',
    hashedSecret: 'a'.repeat(40),
    fingerprint: 'a'.repeat(40),
    ...over,
  };
}

/** An entry with defaults. */
export function entry(
  over: Partial<BaselineEntry> & Pick<BaselineEntry, 'filename'>,
): BaselineEntry {
  return { type: 'Stripe Access Key', hashedSecret: 'a'.repeat(40), isVerified: false, ...over };
}

/** A baseline holding `entries`, grouped by file. */
export function baselineOf(entries: BaselineEntry[]): Baseline {
  const results = new Map<string, BaselineEntry[]>();
  for (const item of entries)
    results.set(item.filename, [...(results.get(item.filename) ?? []), item]);
  return { version: '1.5.0', pluginsUsed: [], filtersUsed: [], results };
}
