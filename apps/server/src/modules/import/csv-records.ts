import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
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

/**
 * File-level limits, checked before any row rule. A line is refused from this many bytes on
 * (csv-parse stops there, so a 50 MB line is never held in memory), a cell from this many
 * characters on: 500 characters are at most 2,000 bytes of UTF-8, under PostgreSQL's limit for
 * an indexed value (about 2,700 bytes), and far above any real identifier, code or name.
 */
export const MAX_LINE_BYTES = 8192;
export const MAX_CELL_CHARS = 500;

/** With the u flag a surrogate pair is one code point: only a lone half matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

const NOT_UTF8 =
  'not UTF-8 text (save the file as UTF-8; the first such line is listed, the file is refused as a whole)';

/**
 * Text no row rule may see: NUL (PostgreSQL text cannot hold it; COPY used to fail on it),
 * bytes that are not UTF-8, and lone surrogates (text that came in as a JavaScript string).
 * csv-parse decodes invalid UTF-8 to U+FFFD, and a file the browser read as UTF-8 arrives with
 * U+FFFD as well, so the replacement character marks a file in another encoding (Latin-1,
 * Windows-1252, UTF-16): listed once per file, at its first line.
 */
function textIsClean(
  file: string,
  line: number,
  raw: string,
  problems: ProblemList,
  encoding: { reported: boolean },
): boolean {
  const nul = raw.indexOf('\u0000');
  if (nul !== -1) {
    problems.add(file, line + countBreaks(raw.slice(0, nul)), 'row', 'contains a NUL character (byte 0)');
    return false;
  }
  const replaced = raw.indexOf('\uFFFD');
  if (replaced !== -1 || LONE_SURROGATE.test(raw)) {
    if (!encoding.reported) {
      problems.add(file, line + (replaced === -1 ? 0 : countBreaks(raw.slice(0, replaced))), 'file', NOT_UTF8);
    }
    encoding.reported = true;
    return false;
  }
  return true;
}

/** Every cell within MAX_CELL_CHARS; an over-long cell is listed under its column. */
function cellsFit(file: string, line: number, record: string[], header: CsvHeader, problems: ProblemList): boolean {
  let fit = true;
  record.forEach((cell, index) => {
    if (cell.length <= MAX_CELL_CHARS) return;
    const column = [...header.columns].find(([, position]) => position === index)?.[0] ?? `(column ${index + 1})`;
    problems.add(file, line, column, `longer than ${MAX_CELL_CHARS} characters`);
    fit = false;
  });
  return fit;
}

/** A clear reason for what stopped csv-parse (the rest of the file is not read). */
function csvFailureReason(failure: { code?: string; message: string }): string {
  switch (failure.code) {
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote (") inside a cell that is not quoted as a whole: quote the cell and double the quote ("a ""b"" c"); the rest of the file was not read';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed (a missing "); the rest of the file was not read';
    case 'CSV_MAX_RECORD_SIZE':
      return `longer than ${MAX_LINE_BYTES} bytes; the rest of the file was not read`;
    default:
      return `cannot be read as CSV (${failure.message}); the rest of the file was not read`;
  }
}

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
  const parser = parse({
    bom: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_LINE_BYTES,
  });
  const input = typeof source === 'string' || Buffer.isBuffer(source) ? Readable.from([source]) : source;
  input.on('error', (error: Error) => parser.destroy(error));
  input.pipe(parser);
  // csv-parse's own line counter mis-counts CRLF inside quotes, so count breaks in the raw text.
  let nextLine = 1;
  let header: CsvHeader | null = null;
  let cells: string[] = [];
  const encoding = { reported: false };
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
        if (!textIsClean(file, line, raw, problems, encoding)) return;
        header = checkHeader(file, record, contract, problems);
        if (!header.readable) return;
        continue;
      }
      if (!textIsClean(file, line, raw, problems, encoding)) continue;
      if (record.length !== header.width) {
        problems.add(file, line, 'row', `has ${record.length} cells, the header has ${header.width}`);
        continue;
      }
      if (!cellsFit(file, line, record, header, problems)) continue;
      cells = record;
      row.line = line;
      // Most rows are handled synchronously; awaiting only a real promise saves a tick per row.
      const pending = onRow(row);
      if (pending) await pending;
    }
  } catch (error) {
    // csv-parse's codes mostly start with CSV_, but not all (INVALID_OPENING_QUOTE).
    if (!(error instanceof CsvError) && !(error as { code?: string }).code?.startsWith('CSV_')) throw error;
    const failure = error as { code?: string; lines?: number; message: string };
    problems.add(file, failure.lines ?? nextLine, 'row', csvFailureReason(failure));
    return;
  }
  if (!header) problems.add(file, 1, 'header', 'missing (the file is empty)');
}
