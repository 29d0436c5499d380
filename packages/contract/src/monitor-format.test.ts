import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMonitorNumber, monitorDecimals, monitorDisplayNumber } from './monitor-format';

describe('monitor number format', () => {
  it('shows persons whole, months with one decimal and shares as a percentage with one decimal', () => {
    expect(formatMonitorNumber(1234, 'count', 'nl')).toBe('1.234');
    expect(formatMonitorNumber(1234, 'count', 'nl', { grouping: false })).toBe('1234');
    expect(formatMonitorNumber(194.4, 'count', 'nl')).toBe('194,4');
    expect(formatMonitorNumber(3, 'months', 'nl')).toBe('3,0');
    expect(formatMonitorNumber(8.31234, 'months', 'en')).toBe('8.3');
    expect(formatMonitorNumber(0.584, 'share', 'nl')).toBe('58,4');
    expect(formatMonitorNumber(1 / 3, 'share', 'en')).toBe('33.3');
    expect(formatMonitorNumber(1, 'share', 'nl')).toBe('100,0');
  });

  it('never shows floating-point noise', () => {
    expect(0.29 * 100).not.toBe(29); // the noise this formatter exists to avoid
    expect(monitorDisplayNumber(0.29, 'share')).toBe(29);
    expect(formatMonitorNumber(0.29, 'share', 'nl')).toBe('29,0');
    expect(monitorDisplayNumber(0.584, 'share')).toBe(58.4);
    expect(monitorDisplayNumber(2.9999999999999996, 'months')).toBe(3);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom<'count' | 'months' | 'share'>('count', 'months', 'share'),
        (value, unit) => {
          const text = formatMonitorNumber(value, unit, 'nl', { grouping: false });
          expect(text).toMatch(/^\d+(,\d)?$/);
          const decimals = text.includes(',') ? 1 : 0;
          expect(decimals).toBe(monitorDecimals(value, unit));
          expect(String(monitorDisplayNumber(value, unit))).toMatch(/^\d+(\.\d)?$/);
        },
      ),
    );
  });
});
