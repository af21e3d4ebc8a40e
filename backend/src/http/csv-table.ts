/**
 * A CSV upload read into rows of named cells: the header names the columns (case and spaces
 * ignored), each record keeps its spreadsheet row number (the header is row 1), and every issue
 * names a row and column (`row.3.email`, `columns.2`) so the person who wrote the file finds it.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { HttpError, describeIssues, type Issue } from './api-error';
import { unstorableText } from './unstorable';

export interface CsvTable<C extends string> {
  columns: C[];
  /** Each record with its spreadsheet row number. */
  rows: Array<{ row: number; cells: Partial<Record<C, string>> }>;
}

export const invalidCsv = (issues: Issue[]) => new HttpError(422, 'invalid_csv', `the CSV cannot be imported: ${describeIssues(issues)}`, { issues });

/** Parses `text`; 422 for a malformed file, an unknown or missing column, too many rows, or a cell the database cannot store. */
export function readCsvTable<C extends string>(text: string, known: readonly C[], required: readonly C[], maxRows: number, noun: string): CsvTable<C> {
  let records: Array<{ record: Record<string, string>; info: { records: number } }>;
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())),
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw invalidCsv([{ path: `row.${(error as CsvError & { lines?: number }).lines ?? 1}`, message: error.message }]);
  }
  const issues: Issue[] = [];
  header.forEach((name, i) => {
    const problem = unstorableText(name) ?? (known.includes(name as C) ? null : `is not a column this import knows; use ${known.join(', ')}`);
    if (problem) issues.push({ path: `columns.${i}`, message: problem });
  });
  for (const name of required) if (!header.includes(name)) issues.push({ path: `columns.${name}`, message: 'is required' });
  if (records.length > maxRows) issues.push({ path: 'row', message: `at most ${maxRows} ${noun} per import` });
  const rows = records.map(({ record, info }) => ({ row: info.records + 1, cells: record as Partial<Record<C, string>> }));
  for (const { row, cells } of rows)
    for (const [column, value] of Object.entries(cells)) {
      const problem = unstorableText((value as string | undefined) ?? '');
      if (problem) issues.push({ path: `row.${row}.${column}`, message: problem });
    }
  if (issues.length) throw invalidCsv(issues);
  return { columns: header as C[], rows };
}
