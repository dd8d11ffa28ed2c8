/** Tag filters as users write them: `key=value`, or `key` / `key=*` for any value. */
export function parseTagFilters(
  items: readonly string[],
): { tags: Record<string, string> } | { problem: string } {
  const tags: Record<string, string> = {};
  for (const item of items) {
    const text = item.trim();
    const eq = text.indexOf('=');
    const key = (eq === -1 ? text : text.slice(0, eq)).trim();
    const value = eq === -1 ? '*' : text.slice(eq + 1).trim();
    if (key === '') return { problem: `'${item}' is not a tag filter such as env=production` };
    if (key in tags && tags[key] !== value)
      return { problem: `tag '${key}' is filtered on twice, with different values` };
    tags[key] = value === '' ? '*' : value;
  }
  return { tags };
}

// Date, or date and time with seconds optional and an explicit zone: a time without a zone
// would be read in the machine's local zone, and `--now` exists to make reports reproducible.
/** `--now`: an ISO 8601 date, or date-time with a zone. */
export const isoPattern =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO 8601 date (`2025-01-31`, midnight UTC) or date-time with a zone, or undefined. */
export function parseIsoInstant(text: string): Date | undefined {
  if (!isoPattern.test(text.trim())) return undefined;
  const [year, month, day] = text.trim().slice(0, 10).split('-').map(Number) as number[];
  // Date accepts 2025-02-30 and rolls it over to March: refuse days the month does not have.
  const calendar = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (calendar.getUTCMonth() !== (month ?? 1) - 1 || calendar.getUTCDate() !== day)
    return undefined;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}
