import { isScalar, isSeq, type Node } from 'yaml';
import type { ConfigIssues } from './issues.js';

/** A string or a list of strings (one pattern may be written without brackets). */
export function readStringList(node: Node | null, key: string, issues: ConfigIssues): string[] {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) {
    issues.add(node, key, 'expected a string or a list of strings');
    return [];
  }
  const values: string[] = [];
  node.items.forEach((item, index) => {
    if (isScalar(item) && typeof item.value === 'string' && item.value.length > 0)
      values.push(item.value);
    else issues.add(item as Node, `${key}[${index}]`, 'expected a non-empty string (quote it)');
  });
  return values;
}

/** Each string of a list, paired with its node for precise messages. */
export function readStringNodes(
  node: Node | null,
  key: string,
  issues: ConfigIssues,
): [string, Node][] {
  const list = isSeq(node) ? node.items : [node];
  const values = readStringList(node, key, issues);
  return values.map((value, index) => [value, (list[index] ?? node) as Node]);
}

const sizeUnits: Record<string, number> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** A positive whole number. */
export function readPositiveInteger(
  node: Node | null,
  key: string,
  issues: ConfigIssues,
): number | undefined {
  if (
    isScalar(node) &&
    typeof node.value === 'number' &&
    Number.isInteger(node.value) &&
    node.value > 0
  ) {
    return node.value;
  }
  issues.add(node, key, 'expected a positive whole number');
  return undefined;
}

/** A byte count: a positive whole number, or a number with a unit such as `512KiB` or `5 MB`. */
export function readByteSize(
  node: Node | null,
  key: string,
  issues: ConfigIssues,
): number | undefined {
  if (isScalar(node) && typeof node.value === 'string') {
    const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)$/i.exec(node.value.trim());
    const unit = match ? sizeUnits[(match[2] as string).toLowerCase()] : undefined;
    if (match && unit !== undefined) {
      const bytes = Math.floor(Number(match[1]) * unit);
      if (bytes > 0) return bytes;
    }
    issues.add(node, key, "expected a size such as 1048576, '512KiB' or '5MB'");
    return undefined;
  }
  return readPositiveInteger(node, key, issues);
}

/** A number within bounds. */
export function readNumber(
  node: Node | null,
  key: string,
  issues: ConfigIssues,
  [min, max]: [number, number],
): number | undefined {
  if (isScalar(node) && typeof node.value === 'number' && node.value >= min && node.value <= max) {
    return node.value;
  }
  issues.add(node, key, `expected a number from ${min} to ${max}`);
  return undefined;
}
