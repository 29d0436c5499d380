/**
 * Formula neutralisation for every CSV the service produces (OWASP "CSV injection"): a text
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula
 * when a spreadsheet opens the file, so it gets a leading apostrophe, which spreadsheets show
 * as text. Numbers are never touched: a numeric cell of -3 must stay the number -3, so the
 * writer marks which cells are numbers (a JavaScript number, or `numericCell` for a number it
 * already formatted, e.g. "-3,5" with a Dutch decimal comma).
 */

/** The first characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** A number the CSV writer formatted itself: written as is, never prefixed. */
export interface NumericCell {
  readonly numeric: string;
}

/** One CSV cell: text (neutralised), a number or a formatted number (kept), or nothing. */
export type SpreadsheetCell = string | number | NumericCell | null | undefined;

/** Marks an already formatted number (e.g. "-3,5") so that it stays a number in the file. */
export function numericCell(formatted: string): NumericCell {
  return { numeric: formatted };
}

/** A text cell made safe to open in a spreadsheet: a leading apostrophe before a formula trigger. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]!) ? `'${text}` : text;
}

/** One cell as CSV text: numbers as they are, text neutralised, nothing as an empty cell. */
export function spreadsheetSafeCell(cell: SpreadsheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return neutraliseFormula(cell);
  return cell.numeric;
}

/** A whole CSV line made safe: see `spreadsheetSafeCell`. */
export function spreadsheetSafeRow(cells: readonly SpreadsheetCell[]): string[] {
  return cells.map(spreadsheetSafeCell);
}
