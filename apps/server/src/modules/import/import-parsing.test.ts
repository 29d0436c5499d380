import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-records';
import { IMPORT_COLUMNS, ProblemList } from './import-format';
import { isCalendarDate } from './row-checks';
import { StagedRows } from './staging';

async function lines(text: string): Promise<{ lines: number[]; cells: string[]; problems: string[] }> {
  const problems = new ProblemList();
  const seen: number[] = [];
  const cells: string[] = [];
  await readCsv('housing.csv', text, IMPORT_COLUMNS['housing.csv'], problems, (row) => {
    seen.push(row.line);
    cells.push(row.get('person_ref'));
  });
  return { lines: seen, cells, problems: problems.lines() };
}

describe('reading an import file', () => {
  it('numbers rows by physical line, with LF or CRLF, quoted line breaks, empty lines and a BOM', async () => {
    const lf = await lines('\uFEFFperson_ref,ready_on\n"a\nb",2024-01-01\n\nc,2024-01-02\nd,2024-01-03');
    expect(lf).toEqual({ lines: [2, 5, 6], cells: ['a\nb', 'c', 'd'], problems: [] });
    const crlf = await lines('person_ref,ready_on\r\n"a\r\nb",2024-01-01\r\n\r\nc,2024-01-02\r\nd,2024-01-03\r\n');
    expect(crlf.lines).toEqual([2, 5, 6]);
  });

  it('takes columns in any order and unquotes RFC 4180 fields', async () => {
    const read = await lines('ready_on,person_ref\n2024-01-01,"x ""y"", z"\n');
    expect(read.cells).toEqual(['x "y", z']);
  });

  it('reports a missing column once on line 1 and does not read the rows', async () => {
    expect(await lines('person_ref\nx\n')).toEqual({
      lines: [],
      cells: [],
      problems: ['housing.csv:1: ready_on: missing'],
    });
  });

  it('reports unknown and repeated columns, wrong cell counts, an empty file and broken quoting', async () => {
    expect((await lines('person_ref,ready_on,colour,ready_on\nx,2024-01-01,red,\n')).problems).toEqual([
      'housing.csv:1: colour: unknown column',
      'housing.csv:1: ready_on: repeated column',
    ]);
    expect((await lines('person_ref,ready_on\nx,2024-01-01,extra\n')).problems).toEqual([
      'housing.csv:2: row: has 3 cells, the header has 2',
    ]);
    expect((await lines('')).problems).toEqual(['housing.csv:1: header: missing (the file is empty)']);
    // csv-parse stops at broken quoting: the file is reported on that line and read no further.
    const broken = await lines('person_ref,ready_on\nx,2024-01-01\n"y"z,2024-01-02\nw,2024-01-03\n');
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatch(/^housing\.csv:3: row: a quote \("\) inside a cell that is not quoted/);
  });
});

describe('dates, problems and staged rows', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('2023-1-01')).toBe(false);
    expect(isCalendarDate('01-01-2023')).toBe(false);
    expect(isCalendarDate(' 2023-01-01')).toBe(false);
  });

  it('caps the list of problems and counts the rest', () => {
    const problems = new ProblemList(2);
    for (let line = 2; line < 7; line += 1) problems.add('stays.csv', line, 'service', 'required');
    expect(problems.count).toBe(5);
    expect(problems.lines()).toEqual([
      'stays.csv:2: service: required',
      'stays.csv:3: service: required',
      '… and 3 more',
    ]);
  });

  it('escapes tabs, line breaks and backslashes for COPY and writes null as \\N', () => {
    const staged = new StagedRows();
    staged.push(['a\tb', null, 'c\\d\r\ne']);
    expect(staged.finish()).toEqual(['a\\tb\t\\N\tc\\\\d\\r\\ne\n']);
    expect(staged.rows).toBe(1);
  });
});
