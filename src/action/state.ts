/**
 * What the main step tells its post step through `GITHUB_STATE`: the names it exported, so the
 * cleanup blanks exactly those (a second use of the action in the same job has its own state).
 */
export const exportedNamesKey = 'exported-variables';

/** Serialises the exported names for `core.saveState`. */
export function encodeExportedNames(names: readonly string[]): string {
  return JSON.stringify(names);
}

/** Reads the names back; anything that is not a JSON list of names reads as none. */
export function decodeExportedNames(state: string): string[] {
  if (state === '') return [];
  try {
    const parsed: unknown = JSON.parse(state);
    return Array.isArray(parsed)
      ? parsed.filter((name): name is string => typeof name === 'string' && name !== '')
      : [];
  } catch {
    return [];
  }
}
