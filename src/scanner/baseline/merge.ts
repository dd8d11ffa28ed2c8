import { compareCodePoints, floatKeys, type WithFloats } from './json.js';
import type { Baseline, BaselineEntry } from './types.js';

/** The result of a three-way merge of baselines. */
export interface BaselineMerge {
  baseline: Baseline;
  /** Where both sides changed the same thing differently and ours was kept; no secret values. */
  warnings: string[];
}

/** Fields a person sets (through `audit` or by hand): a clash between the sides is warned about. */
const labelFields = ['isSecret', 'isVerified', 'reason', 'owner', 'expires'] as const;
/** Fields a scan sets: ours is kept silently when both sides moved them. */
const scanFields = ['lineNumber', 'fingerprint'] as const;

/**
 * Merges two baselines that grew from a common ancestor, entry by entry (identity = file, type
 * and hash, never the line): entries added on either side are kept, entries removed on either
 * side are dropped, and for each field a change on one side wins. Where both sides changed a
 * field differently, ours wins, with a warning for labels (is_secret, reason, owner, expires).
 * `base` is undefined when the file is new on both sides.
 */
export function mergeBaselines(
  base: Baseline | undefined,
  ours: Baseline,
  theirs: Baseline,
): BaselineMerge {
  const warnings: string[] = [];
  const files = [...new Set([...ours.results.keys(), ...theirs.results.keys()])].sort(
    compareCodePoints,
  );
  const results = new Map<string, BaselineEntry[]>();
  for (const file of files) {
    const merged = mergeFile(
      base?.results.get(file) ?? [],
      ours.results.get(file) ?? [],
      theirs.results.get(file) ?? [],
      warnings,
    );
    if (merged.length > 0) results.set(file, merged);
  }
  const pick = <T>(key: string, get: (b: Baseline) => T): T => {
    const [value, clash] = merge3(base && get(base), get(ours), get(theirs));
    if (clash) warnings.push(`"${key}" changed on both sides; ours was kept`);
    return value as T;
  };
  const generatedAt = [ours.generatedAt, theirs.generatedAt]
    .filter((value) => value !== undefined)
    .sort()
    .pop();
  const extra = mergeRecords(base?.extra, ours.extra, theirs.extra);
  return {
    baseline: {
      version: pick('version', (b) => b.version),
      pluginsUsed: pick('plugins_used', (b) => b.pluginsUsed),
      filtersUsed: pick('filters_used', (b) => b.filtersUsed),
      results,
      // Both sides stamped: the later time (the format sorts as text).
      ...(generatedAt !== undefined && { generatedAt }),
      ...(Object.keys(extra).length > 0 && { extra }),
    },
    warnings,
  };
}

/** One file's entries, merged. */
function mergeFile(
  base: readonly BaselineEntry[],
  ours: readonly BaselineEntry[],
  theirs: readonly BaselineEntry[],
  warnings: string[],
): BaselineEntry[] {
  const oursOf = pairUp(base, ours);
  const theirsOf = pairUp(base, theirs);
  const merged: BaselineEntry[] = [];
  for (const entry of base) {
    const mine = oursOf.get(entry);
    const other = theirsOf.get(entry);
    // Removed on either side: the secret is gone there, so it stays gone.
    if (mine === undefined || other === undefined) continue;
    merged.push(mergeEntry(entry, mine, other, warnings));
  }
  const keptOurs = new Set(oursOf.values());
  const keptTheirs = new Set(theirsOf.values());
  const addedOurs = ours.filter((entry) => !keptOurs.has(entry));
  const addedTheirs = theirs.filter((entry) => !keptTheirs.has(entry));
  // The same entry added on both sides (same identity and line) is one addition, not two.
  const same = pairUp(addedOurs, addedTheirs, true);
  for (const entry of addedOurs) {
    const other = same.get(entry);
    merged.push(other === undefined ? entry : mergeEntry(undefined, entry, other, warnings));
  }
  const matchedTheirs = new Set(same.values());
  merged.push(...addedTheirs.filter((entry) => !matchedTheirs.has(entry)));
  return merged;
}

/**
 * Pairs each entry of `from` with one entry of `to` of the same identity: the same type and
 * hash, and fingerprints that agree (a detect-secrets entry has none and gains one when we
 * rescan). Exact fingerprints first, then the closest lines. `sameLine` pairs equal lines only.
 */
function pairUp(
  from: readonly BaselineEntry[],
  to: readonly BaselineEntry[],
  sameLine = false,
): Map<BaselineEntry, BaselineEntry> {
  const candidates: { a: BaselineEntry; b: BaselineEntry; cost: number }[] = [];
  for (const a of from)
    for (const b of to) {
      if (a.type !== b.type || a.hashedSecret !== b.hashedSecret) continue;
      if (a.fingerprint !== undefined && b.fingerprint !== undefined) {
        if (a.fingerprint !== b.fingerprint) continue;
      }
      const lines =
        a.lineNumber === undefined || b.lineNumber === undefined
          ? 0
          : Math.abs(a.lineNumber - b.lineNumber);
      if (sameLine && (lines !== 0 || a.lineNumber !== b.lineNumber)) continue;
      const exact = a.fingerprint !== undefined && a.fingerprint === b.fingerprint;
      candidates.push({ a, b, cost: (exact ? 0 : 2 ** 32) + lines });
    }
  candidates.sort((x, y) => x.cost - y.cost);
  const pairs = new Map<BaselineEntry, BaselineEntry>();
  const taken = new Set<BaselineEntry>();
  for (const { a, b } of candidates) {
    if (pairs.has(a) || taken.has(b)) continue;
    pairs.set(a, b);
    taken.add(b);
  }
  return pairs;
}

/** One entry present on both sides, field by field. */
function mergeEntry(
  base: BaselineEntry | undefined,
  ours: BaselineEntry,
  theirs: BaselineEntry,
  warnings: string[],
): BaselineEntry {
  const result: BaselineEntry = { ...ours };
  const set = (field: keyof BaselineEntry, value: unknown) => {
    if (value === undefined) delete result[field];
    else (result as unknown as Record<string, unknown>)[field] = value;
  };
  for (const field of [...labelFields, ...scanFields]) {
    const [value, clash] = merge3(base?.[field], ours[field], theirs[field]);
    set(field, value);
    if (clash && (labelFields as readonly string[]).includes(field))
      warnings.push(
        `${ours.filename}: ${ours.type} ${ours.hashedSecret.slice(0, 12)}…: ` +
          `"${snake(field)}" was changed on both sides; ours was kept`,
      );
  }
  const extra = mergeRecords(base?.extra, ours.extra, theirs.extra);
  set('extra', Object.keys(extra).length > 0 ? extra : undefined);
  return result;
}

/** Unknown keys merged one by one: a change on one side wins, ours on a clash. */
function mergeRecords(
  base: Record<string, unknown> | undefined,
  ours: Record<string, unknown> | undefined,
  theirs: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(ours ?? {}), ...Object.keys(theirs ?? {})])) {
    const [value] = merge3(base?.[key], ours?.[key], theirs?.[key]);
    if (value !== undefined) out[key] = value;
  }
  // Which numbers are Python floats (`3.0`) rides along on a symbol, so that they stay floats.
  const floats = [ours, theirs].flatMap((record) => (record as WithFloats)?.[floatKeys] ?? []);
  const kept = [...new Set(floats)].filter((key) => key in out);
  if (kept.length > 0) (out as WithFloats)[floatKeys] = kept;
  return out;
}

/** The three-way rule for one value: [merged, whether both sides changed it differently]. */
function merge3<T>(base: T | undefined, ours: T, theirs: T): [T, boolean] {
  if (same(ours, theirs) || same(base, theirs)) return [ours, false];
  if (same(base, ours)) return [theirs, false];
  return [ours, true];
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
