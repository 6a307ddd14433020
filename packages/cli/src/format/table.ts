/**
 * Plain-text tables: columns padded to their widest cell, numbers right-aligned. Small enough to own;
 * every table library we looked at pulls in colours and box drawing that pipes and papers don't want.
 */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export function renderTable(columns: Column[], rows: string[][], indent = '  '): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    indent +
    cells
      .map((cell, i) => (columns[i]?.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join(
    '\n',
  );
}

export const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
export const qty = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'unlimited');
