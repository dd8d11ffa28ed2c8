/** The width of each column: its widest cell, header included. */
export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): number[] {
  return header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
}

/** One row laid out in columns two spaces apart; the last column is not padded. */
export function alignRow(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
    .join('  ')
    .trimEnd();
}

/** Lays rows out in columns two spaces apart under their header; ends with a newline. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columnWidths(header, rows);
  return [header, ...rows].map((row) => alignRow(row, widths)).join('\n') + '\n';
}
