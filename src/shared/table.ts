/** Lays rows out in columns two spaces apart; the last column is not padded. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] as number),
      )
      .join('  ')
      .trimEnd();
  return [header, ...rows].map(line).join('\n') + '\n';
}
