import { terminalText } from './terminal-text.js';

export interface Column<Row> {
  title: string;
  value: (row: Row) => string | number | undefined;
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right';
  /** Longer values are cut with an ellipsis. */
  maxWidth?: number;
}

function cut(text: string, maxWidth: number | undefined): string {
  if (maxWidth === undefined || text.length <= maxWidth) return text;
  // By code points, so that a cut never splits a surrogate pair.
  return `${[...text].slice(0, Math.max(1, maxWidth - 1)).join('')}…`;
}

/** A plain-text table with a header and a rule, columns two spaces apart; every cell is terminal-safe, one line. */
export function renderTable<Row>(columns: Column<Row>[], rows: Row[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => cut(terminalText(String(column.value(row) ?? '')), column.maxWidth)),
  );
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...cells.map((rowCells) => (rowCells[index] ?? '').length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, index) => {
        const width = widths[index] ?? 0;
        return columns[index]?.align === 'right' ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => column.title)),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.map(line),
  ].join('\n');
}

/** Key/value lines, keys aligned; keys and values terminal-safe, one line each. */
export function renderFields(fields: [string, string | number | undefined][]): string {
  const shown = fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => [terminalText(key), terminalText(String(value))] as const);
  const width = Math.max(0, ...shown.map(([key]) => key.length));
  return shown.map(([key, value]) => `${`${key}:`.padEnd(width + 1)} ${value}`).join('\n');
}
