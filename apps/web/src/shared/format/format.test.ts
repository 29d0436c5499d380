import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFileSize, formatMonths, formatNumber, formatPercent } from './index';

describe('formatDate', () => {
  it('writes a calendar day long in prose and short in tables, per language', () => {
    expect(formatDate('2025-11-03', 'nl')).toBe('3 november 2025');
    expect(formatDate('2025-11-03', 'en')).toBe('3 November 2025');
    expect(formatDate('2025-11-03', 'nl', 'short')).toBe('03-11-2025');
    expect(formatDate('2025-11-03', 'en', 'short')).toBe('03/11/2025');
  });

  it('never shifts a calendar day, and shows a timestamp as its day in Dutch time', () => {
    expect(formatDate('2025-01-01', 'nl', 'short')).toBe('01-01-2025');
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(formatDate('2025-12-31T23:30:00Z', 'nl')).toBe('1 januari 2026');
  });

  it('returns unreadable input unchanged', () => {
    expect(formatDate('not a date', 'nl')).toBe('not a date');
  });
});

describe('formatDateTime', () => {
  it('shows date and time in Dutch time', () => {
    expect(formatDateTime('2025-11-23T13:05:12Z', 'nl')).toBe('23-11-2025, 14:05:12');
    expect(formatDateTime('2025-07-01T08:00:00Z', 'en')).toBe('01/07/2025, 10:00:00');
  });
});

describe('numbers', () => {
  it('uses a decimal comma in Dutch and a point in English', () => {
    expect(formatNumber(12345.67, 'nl', 1)).toBe('12.345,7');
    expect(formatNumber(12345.67, 'en', 1)).toBe('12,345.7');
  });

  it('writes months always with one decimal', () => {
    expect(formatMonths(14.14, 'nl')).toBe('14,1');
    expect(formatMonths(5, 'nl')).toBe('5,0');
    expect(formatMonths(14.14, 'en')).toBe('14.1');
  });

  it('writes a share as a whole percentage', () => {
    expect(formatPercent(0.6667, 'nl')).toBe('67%');
    expect(formatPercent(1 / 3, 'en')).toBe('33%');
  });

  it('writes file sizes in kB or MB', () => {
    expect(formatFileSize(1_572_864, 'nl')).toBe('1,5 MB');
    expect(formatFileSize(200, 'en')).toBe('1 kB');
  });
});
