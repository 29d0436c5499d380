import { describe, expect, it } from 'vitest';
import { ProblemList } from './import-format';
import { RowChecks } from './row-checks';

function checksOf(cells: Record<string, string>) {
  const problems = new ProblemList();
  const checks = new RowChecks('stays.csv', { line: 7, get: (column) => cells[column] ?? '' }, problems);
  return { checks, problems };
}

describe('row checks (the contract primitives applied to import cells)', () => {
  it('refuses a NUL in any cell with file:line', () => {
    const { checks, problems } = checksOf({ service: 'nacht\u0000opvang' });
    expect(checks.text('service', true)).toBeNull();
    expect(problems.lines()).toEqual(['stays.csv:7: service: contains a NUL character']);
  });

  it('limits identifiers to 100 characters without control characters, in NFC', () => {
    const { checks, problems } = checksOf({ a: 'x'.repeat(101), b: 'P\u00851', c: ' Rene\u0301 ' });
    expect(checks.identifier('a', true)).toBeNull();
    expect(checks.identifier('b', true)).toBeNull();
    expect(checks.identifier('c', true)).toBe(' René ');
    expect(problems.lines()).toEqual([
      'stays.csv:7: a: longer than 100 characters (101)',
      'stays.csv:7: b: contains a control character (tab, line break …) or an invalid character',
    ]);
  });

  it('keeps dates in 1900–2100 and dates of what happened on or before today', () => {
    const { checks, problems } = checksOf({ a: '1900-01-01', b: '2100-12-31', c: '2101-01-01', d: '2030-01-01' });
    expect(checks.date('a', true)).toBe('1900-01-01');
    expect(checks.date('b', true)).toBe('2100-12-31');
    expect(checks.date('c', true)).toBeNull();
    expect(checks.pastDate('d', true, '2029-12-31')).toBeNull();
    expect(checks.pastDate('a', true, '2029-12-31')).toBe('1900-01-01');
    expect(problems.lines()).toEqual([
      'stays.csv:7: c: 2101-01-01 is outside 1900-01-01 … 2100-12-31',
      'stays.csv:7: d: 2030-01-01 is in the future',
    ]);
  });
});
