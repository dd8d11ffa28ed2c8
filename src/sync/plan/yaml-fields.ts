import { isMap, isSeq, type Document } from 'yaml';

/** Describes a YAML path as `file line N`, for messages. */
export type At = (path: (string | number)[]) => string;

/** Reports every key of the mapping at `path` that is not in `known` (typos fail loudly). */
export function unknownKeys(
  doc: Document,
  path: (string | number)[],
  known: string[],
  at: At,
  issues: string[],
) {
  const node = path.length === 0 ? doc.contents : doc.getIn(path);
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!known.includes(key)) {
      issues.push(
        `${at([...path, key])}: unknown key '${key}' (expected one of ${known.join(', ')})`,
      );
    }
  }
}

/** The trimmed string at `path`, undefined when absent; anything else is an issue. */
export function optionalString(
  doc: Document,
  path: (string | number)[],
  at: At,
  issues: string[],
): string | undefined {
  const value = doc.getIn(path);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  issues.push(`${at(path)}: ${String(path[path.length - 1])} must be a non-empty string`);
  return undefined;
}

/** The boolean at `path` (YAML true/false only), undefined when absent. */
export function optionalBoolean(
  doc: Document,
  path: (string | number)[],
  at: At,
  issues: string[],
): boolean | undefined {
  const value = doc.getIn(path);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  issues.push(`${at(path)}: ${String(path[path.length - 1])} must be true or false`);
  return undefined;
}

/** A non-empty list of non-empty strings at `path`, undefined when absent. */
export function stringList(
  doc: Document,
  path: (string | number)[],
  at: At,
  issues: string[],
): string[] | undefined {
  const node = doc.getIn(path);
  if (node === undefined || node === null) return undefined;
  const items = isSeq(node) ? node.items.map((i) => (i as { value?: unknown })?.value) : undefined;
  if (items && items.length > 0 && items.every((i) => typeof i === 'string' && i.trim() !== '')) {
    return (items as string[]).map((i) => i.trim());
  }
  issues.push(`${at(path)}: ${String(path[path.length - 1])} must be a non-empty list of strings`);
  return undefined;
}
