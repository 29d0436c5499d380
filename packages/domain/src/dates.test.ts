import { describe, expect, it } from 'vitest';
import { addMonths, DAYS_PER_MONTH, isLongerThanMonths, monthsBetween } from './dates';

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
  });

  it('falls back to the last day of a shorter month (INDICATORS.md examples)', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
  });

  it('handles the leap day: to the next year, and back to it', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 1)).toBe('2024-03-29');
    expect(addMonths('2024-11-29', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-29', 3)).toBe('2024-02-29');
  });

  it('goes back for negative months, across the year boundary', () => {
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-06-01', -12)).toBe('2024-06-01');
    expect(addMonths('2026-05-20', 0)).toBe('2026-05-20');
  });

  it('refuses a non-date and fractional months', () => {
    expect(() => addMonths('2026-1-5', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('monthsBetween', () => {
  it('measures in months of 30.4375 days, unrounded', () => {
    expect(DAYS_PER_MONTH).toBe(30.4375);
    expect(monthsBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(monthsBetween('2025-01-01', '2026-01-01')).toBe(365 / 30.4375);
    expect(monthsBetween('2024-01-01', '2025-01-01')).toBe(366 / 30.4375);
    expect(monthsBetween('2026-01-31', '2026-03-01')).toBeCloseTo(29 / 30.4375, 12);
  });

  it('is negative when the end lies before the start', () => {
    expect(monthsBetween('2026-02-01', '2026-01-01')).toBe(-31 / 30.4375);
  });
});

describe('isLongerThanMonths', () => {
  it('flags only when addMonths(since, n) lies strictly before today', () => {
    expect(isLongerThanMonths('2026-01-15', '2026-04-15', 3)).toBe(false);
    expect(isLongerThanMonths('2026-01-15', '2026-04-16', 3)).toBe(true);
    // 30 Nov + 3 months = 28 Feb (2027 is no leap year): flagged from 1 March.
    expect(isLongerThanMonths('2026-11-30', '2027-02-28', 3)).toBe(false);
    expect(isLongerThanMonths('2026-11-30', '2027-03-01', 3)).toBe(true);
  });
});
