import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, MAX_LINE_BYTES, readCsv, type CsvSource } from './csv-records';
import { IMPORT_COLUMNS, ProblemList } from './import-format';

/** Read a housing.csv text or bytes; the rows that reached the row rules and the problems. */
async function read(source: CsvSource): Promise<{ lines: number[]; problems: string[] }> {
  const problems = new ProblemList();
  const lines: number[] = [];
  await readCsv('housing.csv', source, IMPORT_COLUMNS['housing.csv'], problems, (row) => {
    lines.push(row.line);
  });
  return { lines, problems: problems.lines() };
}

const HEADER = 'person_ref,ready_on\n';

describe('file-level refusals of an import file, each with file:line', () => {
  it('refuses a NUL byte on its physical line and keeps the row from the row rules', async () => {
    const text = `${HEADER}a,2024-01-01\n"b\nb\u0000",2024-01-01\nc,2024-01-02\n`;
    for (const source of [text, Buffer.from(text, 'utf8')]) {
      expect(await read(source)).toEqual({
        lines: [2, 5],
        problems: ['housing.csv:4: row: contains a NUL character (byte 0)'],
      });
    }
  });

  it('refuses a Latin-1 file once, at its first non-UTF-8 line, and reads no row of it', async () => {
    const latin1 = Buffer.from(`${HEADER}a,2024-01-01\nJosé,2024-01-01\nRené,2024-01-02\n`, 'latin1');
    const result = await read(latin1);
    expect(result.problems).toEqual([expect.stringMatching(/^housing\.csv:3: file: not UTF-8 text/)]);
    expect(result.lines).toEqual([2]);
    // What the browser makes of such a file (U+FFFD), and a lone surrogate from JSON, likewise.
    expect((await read(`${HEADER}Ren\uFFFD,2024-01-01\n`)).problems[0]).toMatch(/^housing\.csv:2: file: not UTF-8/);
    expect((await read(`${HEADER}R\ud800,2024-01-01\n`)).problems[0]).toMatch(/^housing\.csv:2: file: not UTF-8/);
  });

  it('accepts UTF-8 with a BOM, accents and emoji', async () => {
    const text = `\uFEFF${HEADER}José 😀,2024-01-01\n`;
    expect(await read(Buffer.from(text, 'utf8'))).toEqual({ lines: [2], problems: [] });
  });

  it('refuses a quote inside an unquoted cell with its line and a way to fix it', async () => {
    for (const row of ['a"b,2024-01-01', 'x,20"24-01-01', '"a"b,2024-01-01']) {
      const result = await read(`${HEADER}ok,2024-01-01\n${row}\n`);
      expect(result.problems).toEqual([expect.stringMatching(/^housing\.csv:3: row: a quote \("\) inside a cell/)]);
    }
    expect((await read(`${HEADER}"open,2024-01-01\n`)).problems).toEqual([
      expect.stringMatching(/^housing\.csv:2: row: a quoted cell is never closed/),
    ]);
  });

  it('refuses an over-long cell under its column and a huge line without reading it whole', async () => {
    const longCell = await read(`${HEADER}${'r'.repeat(600)},2024-01-01\nok,2024-01-02\n`);
    expect(longCell).toEqual({
      lines: [3],
      problems: [`housing.csv:2: person_ref: longer than ${MAX_CELL_CHARS} characters`],
    });
    const hugeLine = await read(Buffer.from(`${HEADER}ok,2024-01-01\n${'x'.repeat(50 * 1024 * 1024)}\n`));
    expect(hugeLine.problems).toEqual([
      `housing.csv:3: row: longer than ${MAX_LINE_BYTES} bytes; the rest of the file was not read`,
    ]);
  });
});
