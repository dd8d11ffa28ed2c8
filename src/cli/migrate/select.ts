import type { ClassifiedEntry } from '../env/load.js';

/** The keys to migrate, the keys left in `.env` with why, and what stops the run. */
export interface Selection {
  readonly selected: readonly ClassifiedEntry[];
  readonly skipped: readonly { readonly key: string; readonly reason: string }[];
  /** Problems that refuse the run before any AWS call, each naming a key. */
  readonly issues: readonly string[];
  /** Remarks on selected keys (names only). */
  readonly notes: readonly string[];
}

/**
 * Picks the keys to migrate: every secret-classified key, or exactly the `--only` keys (which may
 * name configuration the classifier missed, but not empty values or pure references).
 */
export function selectEntries(
  entries: readonly ClassifiedEntry[],
  only: readonly string[] | undefined,
  file: string,
): Selection {
  const issues: string[] = [];
  const notes: string[] = [];
  const byKey = new Map(entries.map((e) => [e.entry.key, e]));
  for (const key of only ?? []) if (!byKey.has(key)) issues.push(`${key}: not a key in ${file}`);
  const wanted = only ? new Set(only) : undefined;
  const selected: ClassifiedEntry[] = [];
  const skipped: { key: string; reason: string }[] = [];
  for (const classified of entries) {
    const { entry, classification } = classified;
    if (wanted && !wanted.has(entry.key)) {
      skipped.push({ key: entry.key, reason: 'not in --only' });
      continue;
    }
    if (wanted && entry.value === '') {
      issues.push(`${entry.key}: the value is empty; there is nothing to migrate`);
      continue;
    }
    if (wanted && classification.class === 'reference') {
      issues.push(`${entry.key}: ${classification.reason}; migrate the keys it refers to`);
      continue;
    }
    if (!wanted && classification.class !== 'secret') {
      skipped.push({ key: entry.key, reason: `${classification.class}: ${classification.reason}` });
      continue;
    }
    selected.push(classified);
    if (classification.references?.length)
      notes.push(
        `${entry.key} contains ${classification.references.map((r) => `$${r}`).join(', ')}: stored as written (dotenv-expand would expand it when loading)`,
      );
  }
  const moving = new Set(selected.map((s) => s.entry.key));
  for (const { entry, classification } of entries) {
    const gone = (classification.references ?? []).filter((r) => moving.has(r));
    if (gone.length > 0 && !moving.has(entry.key))
      notes.push(
        `${entry.key} refers to ${gone.join(', ')}, which move${gone.length === 1 ? 's' : ''} to AWS: once removed from ${file}, set ${gone.length === 1 ? 'it' : 'them'} in the environment (the secret-ids block below) or the reference expands to nothing`,
      );
  }
  return { selected, skipped, issues, notes };
}
