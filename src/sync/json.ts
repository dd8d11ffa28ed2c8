/**
 * JSON handling shared by naming and masking. Parse errors are swallowed on purpose: the
 * message of a `SyntaxError` quotes the input, which here is a secret.
 */

/** A JSON object (not an array, not null), as the AWS action's `isJSONString` accepts. */
export type JsonObject = Record<string, unknown>;

/** The parsed object when `text` is a JSON object, else undefined. Never throws. */
export function parseJsonObject(text: string): JsonObject | undefined {
  const parsed = parseJson(text);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as JsonObject)
    : undefined;
}

/** The parsed value when `text` is a JSON object or array, else undefined. Never throws. */
export function parseJsonContainer(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  const parsed = parseJson(text);
  return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
}

/** True when `text` starts like a JSON object but does not parse: worth a warning. */
export function looksLikeBrokenJsonObject(text: string): boolean {
  return text.trimStart().startsWith('{') && parseJson(text) === invalid;
}

const invalid = Symbol('invalid');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return invalid;
  }
}

/**
 * Every string and number leaf of a parsed JSON value, as text. Booleans and null are left out:
 * they are not secret material, and masking `true` would blank it everywhere in the log.
 */
export function jsonLeaves(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value !== '') into.push(value);
  } else if (typeof value === 'number') {
    into.push(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) jsonLeaves(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) jsonLeaves(item, into);
  }
  return into;
}
