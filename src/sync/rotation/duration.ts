/**
 * Maximum ages and warning windows in whole days. `30d`, `12w`, `1y` (365 days) or a bare number
 * of days; months are refused because their length varies and `m` reads as minutes to many.
 */

/** A duration: a count and an optional unit. */
export const durationPattern = /^(\d{1,5})\s*([dwy]?)$/;
/** What someone meaning months writes. */
export const monthsPattern = /^\d+\s*(m|mo|months?)$/;
const daysPerUnit: Record<string, number> = { '': 1, d: 1, w: 7, y: 365 };

/** Milliseconds in one day. */
export const dayMs = 86_400_000;

/**
 * The number of days `text` stands for, or an explanation of why it is not a duration. Zero is
 * refused: a maximum age of zero days would make every secret overdue.
 */
export function parseDays(text: string): { days: number } | { problem: string } {
  const trimmed = text.trim().toLowerCase();
  const match = durationPattern.exec(trimmed);
  if (!match) {
    const hint = monthsPattern.test(trimmed)
      ? ' (months vary in length: write 30d, 90d or 180d)'
      : '';
    return { problem: `'${text}' is not a duration such as 30d, 12w or 1y${hint}` };
  }
  const days = Number(match[1]) * (daysPerUnit[match[2] ?? ''] ?? 1);
  if (days === 0) return { problem: `'${text}' is zero days` };
  return { days };
}
