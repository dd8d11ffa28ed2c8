import type { Baseline, BaselineEntry } from '../../scanner/baseline/types.js';

/** What an audit says about an entry: `is_secret` true, false, or absent. */
export type AuditLabel = 'real' | 'false-positive' | 'unaudited';

/** The label of an entry, from its `is_secret` field. */
export function labelOf(entry: BaselineEntry): AuditLabel {
  if (entry.isSecret === true) return 'real';
  if (entry.isSecret === false) return 'false-positive';
  return 'unaudited';
}

/** How a label reads in tables and prompts. */
export function labelText(label: AuditLabel): string {
  return label === 'false-positive' ? 'false positive' : label;
}

/**
 * Every entry of the baseline, files in code-point order (as detect-secrets sorts them) and each
 * file's entries by line, so that every listing is stable whatever order the file had.
 */
export function allEntries(baseline: Baseline): BaselineEntry[] {
  const files = [...baseline.results.keys()].sort(compareCodePoints);
  return files.flatMap((file) =>
    [...(baseline.results.get(file) ?? [])].sort(
      (a, b) => (a.lineNumber ?? 0) - (b.lineNumber ?? 0),
    ),
  );
}

/** Compares strings by Unicode code point (Python's `str` order), not UTF-16 code unit. */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = (left[i] as string).codePointAt(0) as number;
    const y = (right[i] as string).codePointAt(0) as number;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}

/** Control characters replaced, so that text from a file or baseline cannot drive the terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '?');
}
