import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BaselineError } from '../../shared/errors.js';
import { compareCodePoints, dumpsPython, floatKeys, type WithFloats } from './json.js';
import type { Baseline, BaselineEntry } from './types.js';

/**
 * The file's bytes as detect-secrets 1.5.0 writes them (`json.dumps(obj, indent=2)` + "\n"):
 * canonical key order, plugins and filters sorted case-insensitively, files by code point,
 * entries by (line, hash, type). Our own keys follow detect-secrets' in each entry.
 */
export function serializeBaseline(baseline: Baseline): string {
  const top = new Map<string, unknown>([
    ['version', baseline.version],
    ['plugins_used', sortedBy(baseline.pluginsUsed, 'name')],
    ['filters_used', sortedBy(baseline.filtersUsed, 'path')],
    ['results', resultsObject(baseline.results)],
  ]);
  for (const [key, value] of Object.entries(baseline.extra ?? {}))
    if (!top.has(key)) top.set(key, value);
  if (baseline.generatedAt !== undefined) top.set('generated_at', baseline.generatedAt);
  return `${dumpsPython(top)}\n`;
}

/** Entries in the order detect-secrets writes them within a file. */
export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    (a.lineNumber ?? 0) - (b.lineNumber ?? 0) ||
    compareCodePoints(a.hashedSecret, b.hashedSecret) ||
    compareCodePoints(a.type, b.type) ||
    compareCodePoints(a.fingerprint ?? '', b.fingerprint ?? '')
  );
}

/** The `generated_at` form detect-secrets writes: UTC, `%Y-%m-%dT%H:%M:%SZ`. */
export function formatGeneratedAt(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function resultsObject(results: Map<string, BaselineEntry[]>): Map<string, unknown> {
  const files = [...results.keys()].sort(compareCodePoints);
  const out = new Map<string, unknown>();
  for (const file of files) {
    const entries = results.get(file) ?? [];
    // A file with no findings is absent, never `[]`.
    if (entries.length === 0) continue;
    // A slim baseline (no line numbers) was sorted by line before they were dropped: its order
    // cannot be recomputed, so it is kept as read.
    const slim = entries.every((entry) => entry.lineNumber === undefined);
    out.set(file, (slim ? entries : [...entries].sort(compareEntries)).map(entryObject));
  }
  return out;
}

function entryObject(entry: BaselineEntry): Map<string, unknown> {
  const out = new Map<string, unknown>([
    ['type', entry.type],
    ['filename', entry.filename],
    ['hashed_secret', entry.hashedSecret],
    ['is_verified', entry.isVerified],
  ]);
  if (entry.lineNumber !== undefined && entry.lineNumber > 0)
    out.set('line_number', entry.lineNumber);
  if (entry.isSecret !== undefined) out.set('is_secret', entry.isSecret);
  if (entry.reason !== undefined) out.set('reason', entry.reason);
  if (entry.owner !== undefined) out.set('owner', entry.owner);
  if (entry.expires !== undefined) out.set('expires', entry.expires);
  if (entry.fingerprint !== undefined) out.set('fingerprint', entry.fingerprint);
  const floats = (entry.extra as WithFloats | undefined)?.[floatKeys];
  for (const [key, value] of Object.entries(entry.extra ?? {}))
    if (!out.has(key)) out.set(key, value);
  if (floats !== undefined) (out as WithFloats)[floatKeys] = floats;
  return out;
}

/** A stable sort by the lower-cased string key, as detect-secrets sorts plugins and filters. */
function sortedBy(list: Record<string, unknown>[], key: string): Record<string, unknown>[] {
  const name = (item: Record<string, unknown>) => String(item[key] ?? '').toLowerCase();
  return [...list].sort((a, b) => compareCodePoints(name(a), name(b)));
}

/**
 * Writes a baseline atomically: a temp file in the same directory, flushed to disk, then renamed
 * over the target, so that a crash or a concurrent reader never sees half a file. The target's
 * permissions are kept.
 */
export async function writeBaselineAtomic(
  path: string,
  baseline: Baseline,
  source = path,
): Promise<void> {
  const text = serializeBaseline(baseline);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    const mode = await stat(path).then(
      (info) => info.mode & 0o7777,
      () => undefined,
    );
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new BaselineError(`cannot write the baseline ${source} (${code})`, source);
  }
}
