import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ProblemList } from './import-format';

/** One data row: its physical line number (the header is line 1) and its cells by column. */
export interface CsvRow {
  line: number;
  get(column: string): string;
}

/** What the header check found: the column positions, and whether the rows can be read. */
export interface CsvHeader {
  columns: Map<string, number>;
  /** How many cells the header has; every row must have as many. */
  width: number;
  readable: boolean;
}

/** Where a file's text comes from: the text itself or a byte stream (a file on disk). */
export type CsvSource = string | Buffer | NodeJS.ReadableStream;

const LINE_BREAK = /\r\n|\n|\r/g;
const LEADING_BREAKS = /^(?:\r\n|\n|\r)+/;

function countBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/**
 * Check a header row against the contract: every required column present (else
 * `file:1: column: missing`, and the rows are not read), no unknown or repeated columns.
 */
export function checkHeader(
  file: string,
  cells: string[],
  contract: { required: readonly string[]; optional: readonly string[] },
  problems: ProblemList,
): CsvHeader {
  const known = new Set([...contract.required, ...contract.optional]);
  const columns = new Map<string, number>();
  cells.forEach((raw, index) => {
    const name = raw.trim();
    if (!known.has(name)) problems.add(file, 1, name || `(column ${index + 1})`, 'unknown column');
    else if (columns.has(name)) problems.add(file, 1, name, 'repeated column');
    else columns.set(name, index);
  });
  let readable = true;
  for (const name of contract.required) {
    if (!columns.has(name)) {
      problems.add(file, 1, name, 'missing');
      readable = false;
    }
  }
  return { columns, width: cells.length, readable };
}

/**
 * Stream a CSV file (UTF-8, optional BOM, RFC 4180 quoting) row by row with physical line
 * numbers. A row with the wrong number of cells and broken quoting are problems; empty
 * lines are skipped. Returns without calling `onRow` when the header is unusable.
 */
export async function readCsv(
  file: string,
  source: CsvSource,
  contract: { required: readonly string[]; optional: readonly string[] },
  problems: ProblemList,
  onRow: (row: CsvRow) => void | Promise<void>,
): Promise<void> {
  const parser = parse({ bom: true, raw: true, relax_column_count: true, skip_empty_lines: true });
  const input = typeof source === 'string' || Buffer.isBuffer(source) ? Readable.from([source]) : source;
  input.on('error', (error: Error) => parser.destroy(error));
  input.pipe(parser);
  // csv-parse's own line counter mis-counts CRLF inside quotes, so count breaks in the raw text.
  let nextLine = 1;
  let header: CsvHeader | null = null;
  let cells: string[] = [];
  const row: CsvRow = {
    line: 0,
    get: (column) => {
      const index = header?.columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    },
  };
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = nextLine + (LEADING_BREAKS.exec(raw)?.[0].match(LINE_BREAK)?.length ?? 0);
      nextLine += countBreaks(raw);
      if (!header) {
        header = checkHeader(file, record, contract, problems);
        if (!header.readable) return;
        continue;
      }
      if (record.length !== header.width) {
        problems.add(file, line, 'row', `has ${record.length} cells, the header has ${header.width}`);
        continue;
      }
      cells = record;
      row.line = line;
      // Most rows are handled synchronously; awaiting only a real promise saves a tick per row.
      const pending = onRow(row);
      if (pending) await pending;
    }
  } catch (error) {
    const failure = error as { code?: string; lines?: number; message: string };
    if (!failure.code?.startsWith('CSV_')) throw error;
    problems.add(file, failure.lines ?? nextLine, 'row', `cannot be read as CSV (${failure.message})`);
    return;
  }
  if (!header) problems.add(file, 1, 'header', 'missing (the file is empty)');
}
