/** Prints aligned rows as they are produced, so a long bench shows each line when it is ready. */

export interface Column {
  title: string;
  width: number;
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right';
}

export class TablePrinter {
  constructor(private readonly columns: readonly Column[]) {}

  header(): void {
    this.row(this.columns.map((c) => c.title));
  }

  row(cells: readonly string[]): void {
    const line = this.columns.map((c, i) => {
      const cell = cells[i] ?? '';
      return c.align === 'right' ? cell.padStart(c.width) : cell.padEnd(c.width);
    });
    console.log(line.join('  ').trimEnd());
  }
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const formatCount = (n: number): string => grouped.format(n);
export const formatMs = (ms: number): string => ms.toFixed(1);
export const formatRatio = (r: number): string => r.toFixed(2);
